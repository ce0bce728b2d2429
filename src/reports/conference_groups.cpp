#include "conference_groups.h"

#include "award_levels.h"
#include "person_name.h"
#include "vietnamese_text.h"

#include <QByteArray>

#include <algorithm>
#include <map>
#include <tuple>

namespace thidua::reports {

namespace {

QByteArray nameKey(const Honoree& honoree) {
    return honoree.collective ? domain::vn::sortKey(honoree.name)
                              : domain::personSortKey(domain::splitFullName(honoree.name));
}

using GroupKey = std::tuple<int, int, QByteArray, QString, bool>;

GroupKey groupKey(const Honoree& honoree) {
    return {honoree.precedence, domain::awardLevelRank(honoree.level),
            domain::vn::sortKey(honoree.awardName), honoree.level, !honoree.collective};
}

} // namespace

std::vector<HonoreeGroup> honoreeGroups(const std::vector<Honoree>& honorees) {
    std::map<GroupKey, HonoreeGroup> groups;
    for (const Honoree& honoree : honorees) {
        HonoreeGroup& group = groups[groupKey(honoree)];
        if (group.honorees.empty()) {
            group.awardName = honoree.awardName;
            group.level = honoree.level;
            group.precedence = honoree.precedence;
            group.collective = honoree.collective;
        }
        group.honorees.push_back(honoree);
    }
    std::vector<HonoreeGroup> ordered;
    ordered.reserve(groups.size());
    for (auto& [key, group] : groups) {
        // Two people of one name are told apart by their units.
        std::ranges::stable_sort(group.honorees, {}, [](const Honoree& honoree) {
            return std::pair(nameKey(honoree), domain::vn::sortKey(honoree.unit));
        });
        ordered.push_back(std::move(group));
    }
    return ordered;
}

std::vector<Batch> batches(const std::vector<HonoreeGroup>& groups, int perBatch) {
    std::vector<Batch> cut;
    int number = 0;
    for (const HonoreeGroup& group : groups) {
        const std::span<const Honoree> all(group.honorees);
        const size_t size = perBatch > 0 ? size_t(perBatch) : all.size();
        for (size_t first = 0; first < all.size(); first += size)
            cut.push_back({++number, &group, all.subspan(first, std::min(size, all.size() - first)),
                           first > 0});
    }
    return cut;
}

QString positionAndUnit(const Honoree& honoree) {
    if (honoree.collective || honoree.position.isEmpty())
        return honoree.unit;
    if (honoree.unit.isEmpty())
        return honoree.position;
    return honoree.position + QStringLiteral(", ") + honoree.unit;
}

QString headcount(qsizetype count, bool collective) {
    return QStringLiteral("%1 %2").arg(count).arg(collective ? QStringLiteral("tập thể")
                                                             : QStringLiteral("cá nhân"));
}

QString headcounts(std::span<const Honoree> honorees) {
    const auto collectives = std::ranges::count(honorees, true, &Honoree::collective);
    QStringList parts;
    if (collectives > 0)
        parts << headcount(collectives, true);
    if (qsizetype(honorees.size()) > collectives)
        parts << headcount(qsizetype(honorees.size()) - collectives, false);
    return parts.join(QStringLiteral(" và "));
}

QString conferenceTitle(const ConferencePack& pack) {
    return pack.conferenceName.isEmpty() ? QStringLiteral("Hội nghị ……………………")
                                         : pack.conferenceName;
}

QString clusterWord(const QString& hostName) {
    const QString key = domain::vn::searchKey(hostName);
    if (key.startsWith(u"cum "))
        return QStringLiteral("Cụm");
    if (key.startsWith(u"khoi "))
        return QStringLiteral("Khối");
    return {};
}

} // namespace thidua::reports
