#include "people_listing.h"

#include "person_list_query.h"
#include "segment_walk.h"
#include "service_context.h"
#include "unit_tree.h"

namespace thidua::services {

struct PeopleListing::State {
    ServiceContext& context;
    std::shared_ptr<const UnitTree> units;
    QString search;
    SegmentWalk<storage::ListScope> walk;
};

namespace {

std::vector<storage::ListScope> segments(const UnitTree& units, const ListFilter& filter) {
    if (filter.order == ListOrder::Name)
        return {nameOrderScope(filter.unitId)};
    return unitOrderScopes(units, filter.unitId);
}

} // namespace

PeopleListing::PeopleListing(ServiceContext& context, std::shared_ptr<const UnitTree> units,
                             const ListFilter& filter)
    : d_(std::make_unique<State>(
          State{context, units, filter.search, SegmentWalk(segments(*units, filter))})) {}
PeopleListing::PeopleListing(PeopleListing&&) noexcept = default;
PeopleListing& PeopleListing::operator=(PeopleListing&&) noexcept = default;
PeopleListing::~PeopleListing() = default;

bool PeopleListing::atEnd() const {
    return d_->walk.atEnd();
}

Result<std::vector<ListedPerson>> PeopleListing::fetch(int limit) {
    storage::PersonListQuery query(d_->context.db);
    auto entries = d_->walk.fetch<storage::PersonListEntry>(
        limit,
        [&](const storage::ListScope& scope, const storage::ListPosition& after, int wanted) {
            return query.page({d_->search, scope, after, wanted});
        },
        [](const storage::PersonListEntry& entry) {
            return storage::ListPosition{entry.sortKey, entry.person.id, {}};
        });
    if (!entries)
        return std::unexpected(entries.error());
    std::vector<ListedPerson> rows;
    rows.reserve(entries->size());
    for (const storage::PersonListEntry& entry : *entries) {
        const domain::Person& person = entry.person;
        rows.push_back(ListedPerson{person.id, person.uuid, person.name.fullName(), person.gender,
                                    person.birthDate, person.position, person.unitId,
                                    d_->units->displayName(person.unitId)});
    }
    return rows;
}

} // namespace thidua::services
