#include "cluster_service.h"

#include "audit_json.h"
#include "ballot_session_repository.h"
#include "cluster_rules.h"
#include "cluster_year_repository.h"
#include "covenant_repository.h"
#include "period_opening.h"
#include "service_context.h"
#include "service_text.h"
#include "unit_names.h"
#include "unit_repository.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <algorithm>

namespace thidua::services {

namespace {

Status audit(ServiceContext& context, const QString& uuid, storage::AuditAction action,
             QJsonObject before, QJsonObject after) {
    return storage::AuditLog(context.db)
        .record(context.audit(QStringLiteral("cluster"), uuid, action, std::move(before),
                              std::move(after)));
}

std::vector<domain::RowId> unitsNamedBy(const domain::ClusterYear& cluster) {
    std::vector<domain::RowId> ids = cluster.memberIds();
    ids.push_back(cluster.cluster.organiserId);
    if (cluster.decision)
        ids.push_back(cluster.decision->issuerId);
    return ids;
}

// Everything a stored cluster-year keeps: the domain's rules, units that
// exist, and one cluster per organiser, kind, number (or name) and year.
Status checkCluster(storage::Database& db, const domain::ClusterYear& cluster) {
    const auto names = unitNames(db);
    if (auto refusal = domain::clusterRefusal(cluster, names))
        return fail(ErrorCode::InvalidInput, *refusal);
    if (auto exist = requireUnits(db, unitsNamedBy(cluster)); !exist)
        return exist;
    auto clash = storage::ClusterYearRepository(db).findClash(cluster.cluster);
    if (!clash)
        return std::unexpected(clash.error());
    if (*clash != domain::NoId)
        return fail(ErrorCode::Conflict, Text::tr("%1 of %2 already exists.")
                                             .arg(domain::clusterYearName(cluster.cluster),
                                                  names(cluster.cluster.organiserId)));
    return {};
}

// A changed cluster must still hold the units that signed its covenant, and
// the covenant must still fall in its year.
Status checkAgainstCovenant(storage::Database& db, const domain::ClusterYear& cluster) {
    auto covenant = storage::CovenantRepository(db).forCluster(cluster.cluster.id);
    if (!covenant)
        return std::unexpected(covenant.error());
    if (!*covenant)
        return {};
    const auto names = unitNames(db);
    if (auto refusal = domain::memberRemovalRefusal(cluster, **covenant, names))
        return fail(ErrorCode::Conflict, *refusal);
    if (auto refusal = domain::covenantRefusal(**covenant, cluster, names))
        return fail(ErrorCode::Conflict, *refusal);
    return {};
}

// A candidate of the cluster's ballot session stays a member: the minutes
// name it among the cluster's units.
Status checkAgainstBallots(storage::Database& db, const domain::ClusterYear& cluster) {
    auto session = storage::BallotSessionRepository(db).forCluster(cluster.cluster.id);
    if (!session)
        return std::unexpected(session.error());
    if (!*session)
        return {};
    for (const domain::Ballot& ballot : (*session)->ballots)
        if (!cluster.hasMember(ballot.unitId))
            return fail(
                ErrorCode::Conflict,
                Text::tr("%1 was voted on at the ballot session of %2, so it stays a "
                         "member.")
                    .arg(unitNames(db)(ballot.unitId), domain::clusterYearName(cluster.cluster)));
    return {};
}

Result<bool> existsIn(storage::Database& db, domain::RowId unitId, int year) {
    auto unit = storage::UnitRepository(db).find(unitId);
    if (!unit)
        return std::unexpected(unit.error());
    return !unit->activeTo.isValid() || unit->activeTo >= QDate(year, 1, 1);
}

} // namespace

Result<std::vector<domain::ClusterYear>> ClusterService::clusters(int year) {
    return storage::ClusterYearRepository(context_.db).forYear(year);
}

Result<domain::ClusterYear> ClusterService::cluster(domain::RowId clusterId) {
    return storage::ClusterYearRepository(context_.db).find(clusterId);
}

Result<domain::ClusterYear> ClusterService::find(int year, const QString& typed) {
    auto clusters = this->clusters(year);
    if (!clusters)
        return std::unexpected(clusters.error());
    std::vector<domain::ClusterYear> matching;
    QStringList all;
    for (domain::ClusterYear& cluster : *clusters) {
        all << domain::clusterDisplayName(cluster.cluster);
        if (domain::clusterMatches(cluster.cluster, typed))
            matching.push_back(std::move(cluster));
    }
    if (matching.size() == 1)
        return std::move(matching.front());
    if (matching.empty())
        return fail(ErrorCode::NotFound,
                    all.isEmpty()
                        ? Text::tr("There are no clusters or blocks in %1.").arg(year)
                        : Text::tr("No cluster or block of %1 is called \"%2\"; the year has: %3.")
                              .arg(QString::number(year), typed, all.join(QStringLiteral("; "))));
    QStringList names;
    for (const domain::ClusterYear& cluster : matching)
        names << domain::clusterDisplayName(cluster.cluster);
    return fail(ErrorCode::InvalidInput, Text::tr("\"%1\" could be any of: %2. Say which.")
                                             .arg(typed, names.join(QStringLiteral("; "))));
}

Result<domain::ClusterYear> ClusterService::create(domain::ClusterYear cluster) {
    cluster.cluster.id = domain::NoId;
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            if (auto checked = checkCluster(context_.db, cluster); !checked)
                return checked;
            if (auto inserted = storage::ClusterYearRepository(context_.db).insert(cluster);
                !inserted)
                return inserted;
            return audit(context_, cluster.cluster.uuid, storage::AuditAction::Create, {},
                         toJson(cluster));
        },
        [&] {
            return ClusterChanged{cluster.cluster.year, cluster.cluster.id};
        });
    if (!ok)
        return std::unexpected(ok.error());
    return cluster;
}

Status ClusterService::update(domain::ClusterYear cluster) {
    return change(cluster.cluster.id, [&](domain::ClusterYear& stored) -> Status {
        cluster.cluster.uuid = stored.cluster.uuid;
        stored = std::move(cluster);
        return {};
    });
}

Status ClusterService::remove(domain::RowId clusterId) {
    int year = 0;
    return inTransaction(
        context_,
        [&]() -> Status {
            auto before = storage::ClusterYearRepository(context_.db).find(clusterId);
            if (!before)
                return std::unexpected(before.error());
            year = before->cluster.year;
            auto covenant = storage::CovenantRepository(context_.db).forCluster(clusterId);
            if (!covenant)
                return std::unexpected(covenant.error());
            if (*covenant)
                return fail(ErrorCode::Conflict,
                            Text::tr("%1 has a covenant; delete the covenant before the cluster.")
                                .arg(domain::clusterYearName(before->cluster)));
            auto session = storage::BallotSessionRepository(context_.db).forCluster(clusterId);
            if (!session)
                return std::unexpected(session.error());
            if (*session)
                return fail(ErrorCode::Conflict,
                            Text::tr("%1 has a ballot session; delete the session before the "
                                     "cluster.")
                                .arg(domain::clusterYearName(before->cluster)));
            if (auto removed = storage::ClusterYearRepository(context_.db).remove(clusterId);
                !removed)
                return removed;
            return audit(context_, before->cluster.uuid, storage::AuditAction::Delete,
                         toJson(*before), {});
        },
        [&] {
            return ClusterChanged{year, clusterId};
        });
}

Status ClusterService::addMember(domain::RowId clusterId, domain::RowId unitId) {
    return change(clusterId, [&](domain::ClusterYear& cluster) -> Status {
        if (cluster.hasMember(unitId))
            return fail(ErrorCode::Conflict, Text::tr("%1 is already a member of %2.")
                                                 .arg(unitNames(context_.db)(unitId),
                                                      domain::clusterYearName(cluster.cluster)));
        cluster.members.push_back({unitId, domain::ClusterRole::Member});
        return {};
    });
}

Status ClusterService::removeMember(domain::RowId clusterId, domain::RowId unitId) {
    return change(clusterId, [&](domain::ClusterYear& cluster) -> Status {
        if (!cluster.hasMember(unitId))
            return fail(ErrorCode::NotFound, Text::tr("%1 is not a member of %2.")
                                                 .arg(unitNames(context_.db)(unitId),
                                                      domain::clusterYearName(cluster.cluster)));
        std::erase_if(cluster.members,
                      [&](const domain::ClusterMember& member) { return member.unitId == unitId; });
        return {};
    });
}

Status ClusterService::setLeadership(domain::RowId clusterId, domain::RowId headId,
                                     domain::RowId deputyId,
                                     std::optional<domain::AppointingDecision> decision) {
    return change(clusterId, [&](domain::ClusterYear& cluster) -> Status {
        if (auto refusal =
                domain::leadershipRefusal(cluster, headId, deputyId, unitNames(context_.db)))
            return fail(ErrorCode::InvalidInput, *refusal);
        domain::setLeaders(cluster, headId, deputyId);
        cluster.decision = std::move(decision);
        return {};
    });
}

Result<domain::NextYearProposal> ClusterService::proposeNextYear(int year) {
    auto clusters = storage::ClusterYearRepository(context_.db).forYear(year);
    if (!clusters)
        return std::unexpected(clusters.error());
    std::optional<Error> lookupError;
    auto proposal = domain::proposeNextYear(
        year, *clusters,
        [&](domain::RowId unitId) {
            auto exists = existsIn(context_.db, unitId, year + 1);
            if (!exists && !lookupError)
                lookupError = exists.error();
            return exists.value_or(true);
        },
        unitNames(context_.db));
    if (lookupError)
        return std::unexpected(*lookupError);
    return proposal;
}

Result<std::vector<domain::RowId>>
ClusterService::applyNextYear(const domain::NextYearProposal& proposal) {
    std::vector<domain::RowId> created;
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            if (auto year = openPeriod(context_, domain::calendarYear(proposal.toYear)); !year)
                return std::unexpected(year.error());
            storage::ClusterYearRepository clusters(context_.db);
            for (const domain::ClusterCopy& copy : proposal.clusters) {
                domain::ClusterYear cluster = copy.next;
                cluster.cluster.id = domain::NoId;
                if (cluster.cluster.year != proposal.toYear)
                    return fail(ErrorCode::InvalidInput,
                                Text::tr("%1 is not a cluster of %2.")
                                    .arg(domain::clusterYearName(cluster.cluster))
                                    .arg(proposal.toYear));
                if (auto checked = checkCluster(context_.db, cluster); !checked)
                    return checked;
                if (auto inserted = clusters.insert(cluster); !inserted)
                    return inserted;
                if (auto audited = audit(context_, cluster.cluster.uuid,
                                         storage::AuditAction::Create, {}, toJson(cluster));
                    !audited)
                    return audited;
                created.push_back(cluster.cluster.id);
            }
            return {};
        },
        [&] {
            return ClusterChanged{proposal.toYear, domain::NoId};
        });
    if (!ok)
        return std::unexpected(ok.error());
    return created;
}

Status ClusterService::change(domain::RowId clusterId,
                              const std::function<Status(domain::ClusterYear&)>& edit) {
    int year = 0;
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::ClusterYearRepository clusters(context_.db);
            auto before = clusters.find(clusterId);
            if (!before)
                return std::unexpected(before.error());
            domain::ClusterYear after = *before;
            if (auto edited = edit(after); !edited)
                return edited;
            after.cluster.id = before->cluster.id;
            year = after.cluster.year;
            if (auto checked = checkCluster(context_.db, after); !checked)
                return checked;
            if (auto checked = checkAgainstCovenant(context_.db, after); !checked)
                return checked;
            if (auto checked = checkAgainstBallots(context_.db, after); !checked)
                return checked;
            if (auto updated = clusters.update(after); !updated)
                return updated;
            // Read back, so that the audit shows the members in their stored order.
            auto stored = clusters.find(clusterId);
            if (!stored)
                return std::unexpected(stored.error());
            return audit(context_, after.cluster.uuid, storage::AuditAction::Update,
                         toJson(*before), toJson(*stored));
        },
        [&] {
            return ClusterChanged{year, clusterId};
        });
}

} // namespace thidua::services
