#include "import_members.h"

#include "service_text.h"
#include "vietnamese_text.h"

namespace thidua::services::importing {

std::optional<domain::RowId> readMember(ImportRow& row, int field,
                                        const domain::ClusterYear& cluster,
                                        const domain::UnitNames& units) {
    const QString name = row.required(field);
    if (name.isEmpty())
        return std::nullopt;
    const QString key = domain::vn::searchKey(name);
    for (domain::RowId member : cluster.memberIds())
        if (domain::vn::searchKey(units(member)) == key)
            return member;
    row.problem(field, Text::tr("\"%1\" is not a member of %2.")
                           .arg(name, domain::clusterYearName(cluster.cluster)));
    return std::nullopt;
}

} // namespace thidua::services::importing
