#include "listing_service.h"

#include "period.h"
#include "period_repository.h"
#include "person_repository.h"
#include "service_context.h"
#include "service_text.h"
#include "unit_directory.h"
#include "unit_repository.h"
#include "unit_search.h"
#include "unit_tree.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <optional>
#include <span>

namespace thidua::services {

namespace {

Result<std::shared_ptr<const UnitTree>> loadTree(storage::Database& db) {
    auto units = storage::UnitRepository(db).all();
    if (!units)
        return std::unexpected(units.error());
    return std::make_shared<const UnitTree>(std::move(*units));
}

Status requireUnit(const UnitTree& tree, domain::RowId id) {
    if (id == domain::NoId || tree.contains(id))
        return {};
    return fail(ErrorCode::NotFound, Text::tr("Unit %1 does not exist.").arg(id));
}

// The units with these ids in tree order, where a reader looks for them.
std::vector<domain::RowId> inTreeOrder(const UnitTree& tree,
                                       const std::vector<domain::RowId>& ids) {
    const QSet<domain::RowId> wanted(ids.begin(), ids.end());
    std::vector<domain::RowId> ordered;
    for (const domain::RowId id : tree.treeOrder())
        if (wanted.contains(id))
            ordered.push_back(id);
    return ordered;
}

// "Văn phòng" repeats in every department: ten names are enough to show how
// to write one, the rest are counted.
QString candidateList(const UnitTree& tree, const std::vector<domain::RowId>& ids) {
    constexpr std::size_t Shown = 10;
    QStringList names;
    for (std::size_t i = 0; i < std::min(Shown, ids.size()); ++i)
        names << QLatin1Char('"') + tree.displayName(ids[i]) + QLatin1Char('"');
    QString list = names.join(QStringLiteral(", "));
    if (ids.size() > Shown)
        list += Text::tr(" and %n more", nullptr, static_cast<int>(ids.size() - Shown));
    return list;
}

ListedUnit listedUnit(const UnitTree& tree, const domain::Unit& unit) {
    return ListedUnit{unit.id,
                      unit.uuid,
                      unit.name,
                      unit.shortName,
                      unit.kind,
                      unit.parentId,
                      tree.displayName(unit.parentId),
                      tree.depth(unit.id)};
}

} // namespace

Result<std::vector<ListedUnit>> ListingService::units(const ListFilter& filter) {
    auto tree = loadTree(context_.db);
    if (!tree)
        return std::unexpected(tree.error());
    const UnitTree& units = **tree;
    if (auto ok = requireUnit(units, filter.unitId); !ok)
        return std::unexpected(ok.error());

    std::optional<QSet<domain::RowId>> matching;
    if (!filter.search.trimmed().isEmpty()) {
        auto ids = storage::unitIdsMatching(context_.db, filter.search);
        if (!ids)
            return std::unexpected(ids.error());
        matching.emplace(ids->begin(), ids->end());
    }
    const std::span<const domain::RowId> branch =
        filter.unitId == domain::NoId ? std::span<const domain::RowId>(units.treeOrder())
                                      : units.subtree(filter.unitId);
    const auto wanted = [&](domain::RowId id) {
        return !matching || matching->contains(id);
    };

    std::vector<ListedUnit> rows;
    if (filter.order == ListOrder::Unit) {
        for (const domain::RowId id : branch)
            if (wanted(id))
                rows.push_back(listedUnit(units, units.unit(id)));
        return rows;
    }
    const QSet<domain::RowId> inBranch(branch.begin(), branch.end());
    for (const domain::Unit& unit : units.byName())
        if (inBranch.contains(unit.id) && wanted(unit.id))
            rows.push_back(listedUnit(units, unit));
    return rows;
}

Result<domain::RowId> ListingService::findUnit(const QString& name) {
    auto tree = loadTree(context_.db);
    if (!tree)
        return std::unexpected(tree.error());
    const UnitTree& units = **tree;
    // Only here: the other lists need no name lookup and skip its cost.
    const UnitDirectory::Match match = UnitDirectory(units.byName()).find(name);
    if (match.unique())
        return match.ids.front();
    if (!match.ids.empty())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("\"%1\" is the name of %n units; write it with its parent unit: %2.",
                             nullptr, static_cast<int>(match.ids.size()))
                        .arg(name, candidateList(units, inTreeOrder(units, match.ids))));
    // What was typed may be part of a name: offer the units that contain it.
    const qsizetype slash = name.lastIndexOf(QStringLiteral(" / "));
    const QString last = (slash < 0 ? name : name.mid(slash + 3)).trimmed();
    auto similar = storage::unitIdsMatching(context_.db, last);
    if (!similar)
        return std::unexpected(similar.error());
    if (last.isEmpty() || similar->empty())
        return fail(ErrorCode::NotFound, Text::tr("No unit is named \"%1\".").arg(name));
    return fail(ErrorCode::NotFound,
                Text::tr("No unit is named \"%1\"; units whose names contain it: %2.")
                    .arg(name, candidateList(units, inTreeOrder(units, *similar))));
}

Result<PeopleListing> ListingService::people(const ListFilter& filter) {
    auto tree = loadTree(context_.db);
    if (!tree)
        return std::unexpected(tree.error());
    if (auto ok = requireUnit(**tree, filter.unitId); !ok)
        return std::unexpected(ok.error());
    return PeopleListing(context_, std::move(*tree), filter);
}

Result<qint64> ListingService::countPeople(const ListFilter& filter) {
    storage::PersonRepository people(context_.db);
    if (filter.unitId == domain::NoId)
        return people.count(filter.search, domain::NoId);
    auto tree = loadTree(context_.db);
    if (!tree)
        return std::unexpected(tree.error());
    if (auto ok = requireUnit(**tree, filter.unitId); !ok)
        return std::unexpected(ok.error());
    // One indexed count a unit: a branch holds tens of units, not thousands.
    qint64 total = 0;
    for (const domain::RowId id : (*tree)->subtree(filter.unitId)) {
        auto counted = people.count(filter.search, id);
        if (!counted)
            return counted;
        total += *counted;
    }
    return total;
}

Result<RegistrationListing> ListingService::registrations(int year, const ListFilter& filter) {
    storage::PeriodRepository periods(context_.db);
    auto stored = periods.all();
    if (!stored)
        return std::unexpected(stored.error());
    const domain::Period wanted = domain::calendarYear(year);
    const auto period = std::find_if(stored->begin(), stored->end(), [&](const auto& candidate) {
        return candidate.kind == wanted.kind && candidate.start == wanted.start;
    });
    if (period == stored->end()) {
        auto years = periods.years();
        if (!years)
            return std::unexpected(years.error());
        std::sort(years->begin(), years->end());
        QStringList recorded;
        for (const int recordedYear : *years)
            recorded << QString::number(recordedYear);
        return fail(ErrorCode::NotFound,
                    recorded.isEmpty()
                        ? Text::tr("No emulation year is recorded yet.")
                        : Text::tr("The emulation year %1 is not recorded; the recorded years "
                                   "are %2.")
                              .arg(QString::number(year), recorded.join(QStringLiteral(", "))));
    }
    auto tree = loadTree(context_.db);
    if (!tree)
        return std::unexpected(tree.error());
    if (auto ok = requireUnit(**tree, filter.unitId); !ok)
        return std::unexpected(ok.error());
    return RegistrationListing(context_, std::move(*tree), period->id, filter);
}

} // namespace thidua::services
