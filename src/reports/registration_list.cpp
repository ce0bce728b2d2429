#include "registration_list.h"

#include "clock.h"
#include "listing_service.h"
#include "vietnamese_format.h"
#include "workspace.h"

#include <utility>

namespace thidua::reports {

namespace {

using documents::Alignment;
using documents::TableRow;

QList<documents::TableColumn> listColumns() {
    return {
        {QStringLiteral("STT"), 0.8, Alignment::Center},
        {QStringLiteral("Họ và tên / Tên tập thể"), 2.3, Alignment::Left},
        {QStringLiteral("Chức vụ"), 1.8, Alignment::Left},
        {QStringLiteral("Đơn vị"), 3.2, Alignment::Left},
        {QStringLiteral("Danh hiệu đăng ký"), 2.2, Alignment::Left},
        {QStringLiteral("Ghi chú"), 1.2, Alignment::Left},
    };
}

// "I. TẬP THỂ", then "1. Cờ thi đua …" over its lines, numbered on through
// the part.
void addPart(documents::Table& table, const QString& heading,
             const std::vector<TitleGroup>& groups) {
    table.rows.append(TableRow::group(heading));
    int number = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const TitleGroup& group = groups[g];
        table.rows.append(
            TableRow::group(QStringLiteral("%1. %2").arg(g + 1).arg(group.titleName)));
        for (const RegistrationLine& line : group.lines)
            table.rows.append(TableRow::data({QString::number(++number), line.name, line.position,
                                              line.unit, line.title, line.note}));
    }
}

} // namespace

documents::Document registrationListDocument(int year, documents::OfficialHeader header,
                                             const RegistrationGroups& groups) {
    documents::Document document;
    document.orientation = documents::Orientation::Landscape;
    document.header = std::move(header);
    document.documentType = QStringLiteral("Danh sách đăng ký thi đua năm %1").arg(year);
    documents::Table table;
    table.columns = listColumns();
    table.fontPointSize = 12;
    // Collectives first; a part with no line leaves no empty heading.
    int parts = 0;
    for (const auto& [name, part] : {std::pair{QStringLiteral("TẬP THỂ"), &groups.collective},
                                     std::pair{QStringLiteral("CÁ NHÂN"), &groups.individual}}) {
        if (!part->empty())
            addPart(table, domain::vn::toRoman(++parts) + QStringLiteral(". ") + name, *part);
    }
    document.add(std::move(table));
    if (groups.empty())
        document.add(documents::Paragraph{QStringLiteral("Chưa có đăng ký thi đua nào.")});
    documents::SignatureBlock signatures;
    signatures.preparer = documents::Preparer{QStringLiteral("Người lập biểu"), {}};
    signatures.position = QStringLiteral("Thủ trưởng đơn vị");
    document.add(std::move(signatures));
    return document;
}

Result<documents::Document> registrationList(services::Workspace& workspace,
                                             const RegistrationListRequest& request,
                                             const ReadProgress& progress) {
    auto units = workspace.listing().units({});
    if (!units)
        return std::unexpected(units.error());
    auto groups = readRegistrationGroups(workspace, request.year, request.unitId, *units, progress);
    if (!groups)
        return std::unexpected(groups.error());
    Issue issue = request.issue;
    if (!issue.date.isValid())
        issue.date = workspace.clock().today();
    return registrationListDocument(request.year, agencyHeader(*units, request.unitId, issue),
                                    *groups);
}

} // namespace thidua::reports
