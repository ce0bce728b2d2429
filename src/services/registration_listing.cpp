#include "registration_listing.h"

#include "registration_list_query.h"
#include "segment_walk.h"
#include "service_context.h"
#include "unit_tree.h"

namespace thidua::services {

namespace {

struct Segment {
    storage::ListScope scope;
    storage::Subjects subjects = storage::Subjects::People;
};

std::vector<Segment> segments(const UnitTree& units, const ListFilter& filter) {
    if (filter.order == ListOrder::Name) {
        const storage::ListScope scope = nameOrderScope(filter.unitId);
        return {{scope, storage::Subjects::People}, {scope, storage::Subjects::Units}};
    }
    std::vector<Segment> result;
    for (const storage::ListScope& scope : unitOrderScopes(units, filter.unitId)) {
        if (scope.kind == storage::ListScope::Kind::Unit)
            result.push_back({scope, storage::Subjects::Units});
        result.push_back({scope, storage::Subjects::People});
    }
    return result;
}

} // namespace

struct RegistrationListing::State {
    ServiceContext& context;
    std::shared_ptr<const UnitTree> units;
    domain::RowId periodId;
    QString search;
    SegmentWalk<Segment> walk;
};

RegistrationListing::RegistrationListing(ServiceContext& context,
                                         std::shared_ptr<const UnitTree> units,
                                         domain::RowId periodId, const ListFilter& filter)
    : d_(std::make_unique<State>(
          State{context, units, periodId, filter.search, SegmentWalk(segments(*units, filter))})) {}
RegistrationListing::RegistrationListing(RegistrationListing&&) noexcept = default;
RegistrationListing& RegistrationListing::operator=(RegistrationListing&&) noexcept = default;
RegistrationListing::~RegistrationListing() = default;

bool RegistrationListing::atEnd() const {
    return d_->walk.atEnd();
}

Result<std::vector<ListedRegistration>> RegistrationListing::fetch(int limit) {
    storage::RegistrationListQuery query(d_->context.db);
    auto entries = d_->walk.fetch<storage::RegistrationListEntry>(
        limit,
        [&](const Segment& segment, const storage::ListPosition& after, int wanted) {
            return query.page(
                {d_->periodId, segment.subjects, d_->search, segment.scope, after, wanted});
        },
        [](const storage::RegistrationListEntry& entry) {
            const domain::Registration& registration = entry.registration;
            return storage::ListPosition{
                entry.sortKey,
                registration.personId != domain::NoId ? registration.personId : registration.unitId,
                registration.titleCode};
        });
    if (!entries)
        return std::unexpected(entries.error());
    // A unit made after this listing is not in its tree: shown by its own name.
    const auto unitName = [this](domain::RowId id, const QString& stored) {
        const QString name = d_->units->displayName(id);
        return name.isEmpty() ? stored : name;
    };
    std::vector<ListedRegistration> rows;
    rows.reserve(entries->size());
    for (const storage::RegistrationListEntry& entry : *entries) {
        const domain::Registration& registration = entry.registration;
        const bool person = registration.personId != domain::NoId;
        rows.push_back(ListedRegistration{
            registration.id, registration.uuid, person ? SubjectKind::Person : SubjectKind::Unit,
            person ? registration.personId : registration.unitId,
            person ? entry.subjectName : unitName(registration.unitId, entry.subjectName),
            entry.subjectUnitId, unitName(entry.subjectUnitId, {}), registration.titleCode,
            entry.titleName, registration.status, registration.registeredOn, entry.position,
            registration.returnReason});
    }
    return rows;
}

} // namespace thidua::services
