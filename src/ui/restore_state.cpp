#include "restore_state.h"

#include "catalogue_service.h"
#include "cluster_service.h"
#include "covenant_service.h"
#include "movement_service.h"
#include "voting_service.h"

#include <QCoreApplication>

#include <functional>

namespace thidua::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::UndoSteps)
};

template <typename T>
struct Writer {
    std::function<domain::RowId&(T&)> id;
    std::function<Status(T)> create;
    std::function<Status(T)> update;
    std::function<Status(domain::RowId)> remove;
};

// Makes the row found (NoId: none) hold `state`.
template <typename T>
Status restore(domain::RowId found, std::optional<T> state, const Writer<T>& writer) {
    if (!state)
        return found == domain::NoId ? Status{} : writer.remove(found);
    writer.id(*state) = found;
    return found == domain::NoId ? writer.create(std::move(*state))
                                 : writer.update(std::move(*state));
}

template <typename T>
Status done(const Result<T>& result) {
    return result ? Status{} : Status(std::unexpected(result.error()));
}

Result<domain::RowId> findCluster(services::ClusterService& clusters, int year,
                                  const QString& uuid) {
    auto all = clusters.clusters(year);
    if (!all)
        return std::unexpected(all.error());
    for (const domain::ClusterYear& cluster : *all)
        if (cluster.cluster.uuid == uuid)
            return cluster.cluster.id;
    return domain::NoId;
}

} // namespace

Status restoreCluster(services::ClusterService& clusters, int year, const QString& uuid,
                      std::optional<domain::ClusterYear> state) {
    auto found = findCluster(clusters, year, uuid);
    if (!found)
        return std::unexpected(found.error());
    return restore<domain::ClusterYear>(
        *found, std::move(state),
        {[](domain::ClusterYear& cluster) -> domain::RowId& { return cluster.cluster.id; },
         [&](domain::ClusterYear cluster) { return done(clusters.create(std::move(cluster))); },
         [&](domain::ClusterYear cluster) { return clusters.update(std::move(cluster)); },
         [&](domain::RowId id) {
             return clusters.remove(id);
         }});
}

Status restoreCovenant(services::ClusterService& clusters, services::CovenantService& covenants,
                       int year, const QString& clusterUuid,
                       std::optional<domain::Covenant> state) {
    auto cluster = findCluster(clusters, year, clusterUuid);
    if (!cluster)
        return std::unexpected(cluster.error());
    if (*cluster == domain::NoId)
        return fail(ErrorCode::NotFound,
                    Text::tr("The cluster of this covenant was deleted; the step cannot be "
                             "repeated."));
    auto current = covenants.forCluster(*cluster);
    if (!current)
        return std::unexpected(current.error());
    if (state)
        state->clusterId = *cluster;
    return restore<domain::Covenant>(
        *current ? (*current)->id : domain::NoId, std::move(state),
        {[](domain::Covenant& covenant) -> domain::RowId& { return covenant.id; },
         [&](domain::Covenant covenant) { return done(covenants.create(std::move(covenant))); },
         [&](domain::Covenant covenant) { return covenants.update(std::move(covenant)); },
         [&](domain::RowId id) {
             return covenants.remove(id);
         }});
}

Status restoreMovement(services::MovementService& movements, const QString& uuid,
                       std::optional<domain::Movement> state) {
    auto all = movements.movements();
    if (!all)
        return std::unexpected(all.error());
    domain::RowId found = domain::NoId;
    for (const domain::Movement& movement : *all)
        if (movement.uuid == uuid)
            found = movement.id;
    return restore<domain::Movement>(
        found, std::move(state),
        {[](domain::Movement& movement) -> domain::RowId& { return movement.id; },
         [&](domain::Movement movement) { return done(movements.create(std::move(movement))); },
         [&](domain::Movement movement) { return movements.update(std::move(movement)); },
         [&](domain::RowId id) {
             return movements.remove(id);
         }});
}

Status restoreBallotSession(services::VotingService& voting, domain::RowId clusterId,
                            std::optional<domain::BallotSession> state) {
    auto current = voting.forCluster(clusterId);
    if (!current)
        return std::unexpected(current.error());
    if (state)
        state->clusterId = clusterId;
    return restore<domain::BallotSession>(
        *current ? (*current)->id : domain::NoId, std::move(state),
        {[](domain::BallotSession& session) -> domain::RowId& { return session.id; },
         [&](domain::BallotSession session) { return done(voting.create(std::move(session))); },
         [&](domain::BallotSession session) { return voting.update(std::move(session)); },
         [&](domain::RowId id) {
             return voting.remove(id);
         }});
}

Status restoreUnit(services::CatalogueService& catalogue, const QString& uuid,
                   std::optional<UnitState> state) {
    auto units = catalogue.units();
    if (!units)
        return std::unexpected(units.error());
    const auto idOf = [&](const QString& wanted) {
        for (const domain::Unit& unit : *units)
            if (unit.uuid == wanted)
                return unit.id;
        return domain::NoId;
    };
    if (state) {
        state->unit.uuid = uuid;
        state->unit.parentId = state->parentUuid.isEmpty() ? domain::NoId : idOf(state->parentUuid);
        if (!state->parentUuid.isEmpty() && state->unit.parentId == domain::NoId)
            return fail(ErrorCode::NotFound,
                        Text::tr("The unit above %1 no longer exists.").arg(state->unit.name));
    }
    return restore<UnitState>(
        idOf(uuid), std::move(state),
        {[](UnitState& state) -> domain::RowId& { return state.unit.id; },
         [&](UnitState state) { return done(catalogue.createUnit(state.unit)); },
         [&](UnitState state) { return catalogue.updateUnit(state.unit); },
         [&](domain::RowId id) {
             return catalogue.removeUnit(id);
         }});
}

Status restorePerson(services::CatalogueService& catalogue, const QString& uuid,
                     std::optional<domain::Person> state) {
    auto found = catalogue.personWithUuid(uuid);
    if (!found)
        return std::unexpected(found.error());
    if (state)
        state->uuid = uuid;
    return restore<domain::Person>(
        *found, std::move(state),
        {[](domain::Person& person) -> domain::RowId& { return person.id; },
         [&](domain::Person person) { return done(catalogue.createPerson(std::move(person))); },
         [&](domain::Person person) { return catalogue.updatePerson(std::move(person)); },
         [&](domain::RowId id) {
             return catalogue.removePerson(id);
         }});
}

} // namespace thidua::ui
