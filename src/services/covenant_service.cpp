#include "covenant_service.h"

#include "audit_json.h"
#include "cluster_rules.h"
#include "cluster_year_repository.h"
#include "covenant_repository.h"
#include "service_context.h"
#include "service_text.h"
#include "unit_names.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"

namespace thidua::services {

namespace {

Status audit(ServiceContext& context, const QString& uuid, storage::AuditAction action,
             QJsonObject before, QJsonObject after) {
    return storage::AuditLog(context.db)
        .record(context.audit(QStringLiteral("covenant"), uuid, action, std::move(before),
                              std::move(after)));
}

// Tidies the covenant as it will be stored and checks it against its cluster.
Status prepare(storage::Database& db, domain::Covenant& covenant) {
    covenant.place = domain::vn::normalized(covenant.place);
    covenant.targets = domain::tidyTargets(covenant.targets);
    auto cluster = storage::ClusterYearRepository(db).find(covenant.clusterId);
    if (!cluster)
        return std::unexpected(cluster.error());
    if (auto refusal = domain::covenantRefusal(covenant, *cluster, unitNames(db)))
        return fail(ErrorCode::InvalidInput, *refusal);
    return {};
}

} // namespace

Result<std::optional<domain::Covenant>> CovenantService::forCluster(domain::RowId clusterId) {
    return storage::CovenantRepository(context_.db).forCluster(clusterId);
}

Result<domain::Covenant> CovenantService::create(domain::Covenant covenant) {
    covenant.id = domain::NoId;
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            storage::CovenantRepository covenants(context_.db);
            if (auto prepared = prepare(context_.db, covenant); !prepared)
                return prepared;
            auto existing = covenants.forCluster(covenant.clusterId);
            if (!existing)
                return std::unexpected(existing.error());
            if (*existing) {
                auto cluster = storage::ClusterYearRepository(context_.db).find(covenant.clusterId);
                return fail(ErrorCode::Conflict,
                            Text::tr("%1 already has a covenant, signed on %2.")
                                .arg(cluster ? domain::clusterYearName(cluster->cluster)
                                             : QString::number(covenant.clusterId),
                                     domain::vn::formatDate((*existing)->signedOn)));
            }
            if (auto inserted = covenants.insert(covenant); !inserted)
                return inserted;
            return audit(context_, covenant.uuid, storage::AuditAction::Create, {},
                         toJson(covenant));
        },
        [&] { return CovenantChanged{covenant.clusterId}; });
    if (!ok)
        return std::unexpected(ok.error());
    return covenant;
}

Status CovenantService::update(domain::Covenant covenant) {
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::CovenantRepository covenants(context_.db);
            auto before = covenants.find(covenant.id);
            if (!before)
                return std::unexpected(before.error());
            // A covenant belongs to the cluster-year it was signed in.
            covenant.clusterId = before->clusterId;
            covenant.uuid = before->uuid;
            if (auto prepared = prepare(context_.db, covenant); !prepared)
                return prepared;
            if (auto updated = covenants.update(covenant); !updated)
                return updated;
            auto after = covenants.find(covenant.id);
            if (!after)
                return std::unexpected(after.error());
            return audit(context_, covenant.uuid, storage::AuditAction::Update, toJson(*before),
                         toJson(*after));
        },
        [&] { return CovenantChanged{covenant.clusterId}; });
}

Status CovenantService::remove(domain::RowId covenantId) {
    domain::RowId clusterId = domain::NoId;
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::CovenantRepository covenants(context_.db);
            auto before = covenants.find(covenantId);
            if (!before)
                return std::unexpected(before.error());
            clusterId = before->clusterId;
            if (auto removed = covenants.remove(covenantId); !removed)
                return removed;
            return audit(context_, before->uuid, storage::AuditAction::Delete, toJson(*before), {});
        },
        [&] { return CovenantChanged{clusterId}; });
}

} // namespace thidua::services
