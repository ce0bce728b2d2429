#include "voting_service.h"

#include "audit_json.h"
#include "ballot_session_repository.h"
#include "cluster_year_repository.h"
#include "import_table.h"
#include "log.h"
#include "service_context.h"
#include "service_text.h"
#include "title_names.h"
#include "title_repository.h"
#include "unit_names.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"
#include "vote_rule_repository.h"
#include "votes_import.h"

#include <algorithm>

namespace thidua::services {

namespace {

Status audit(ServiceContext& context, const QString& uuid, storage::AuditAction action,
             QJsonObject before, QJsonObject after) {
    return storage::AuditLog(context.db)
        .record(context.audit(QStringLiteral("ballot_session"), uuid, action, std::move(before),
                              std::move(after)));
}

Result<domain::VoteRules> rulesFor(storage::Database& db, const domain::Cluster& cluster,
                                   QDate heldOn) {
    return storage::VoteRuleRepository(db).rulesOn(heldOn.isValid() ? heldOn
                                                                    : QDate(cluster.year, 12, 31));
}

// Tidies the session as it will be stored, checks it against its cluster-year
// and gives the rules it was checked by.
Result<domain::VoteRules> prepare(storage::Database& db, domain::BallotSession& session) {
    session.place = domain::vn::normalized(session.place);
    session.chair = domain::vn::normalized(session.chair);
    session.secretary = domain::vn::normalized(session.secretary);
    auto cluster = storage::ClusterYearRepository(db).find(session.clusterId);
    if (!cluster)
        return std::unexpected(cluster.error());
    auto rules = rulesFor(db, cluster->cluster, session.heldOn);
    auto titles = titleNames(db);
    if (!rules || !titles)
        return std::unexpected(!rules ? rules.error() : titles.error());
    if (auto refusal =
            domain::ballotSessionRefusal(session, *cluster, unitNames(db), *titles, *rules))
        return fail(ErrorCode::InvalidInput, *refusal);
    return rules;
}

// Writes the checked session (insert when it has no id) and the proposals its
// vote carries.
Status store(storage::Database& db, domain::BallotSession& session,
             const domain::VoteRules& rules) {
    storage::BallotSessionRepository sessions(db);
    if (auto written =
            session.id == domain::NoId ? sessions.insert(session) : sessions.update(session);
        !written)
        return written;
    return sessions.writeProposals(session, domain::carriedBallots(session, rules));
}

} // namespace

Result<std::optional<domain::BallotSession>> VotingService::forCluster(domain::RowId clusterId) {
    return storage::BallotSessionRepository(context_.db).forCluster(clusterId);
}

Result<domain::VoteRules> VotingService::rules(domain::RowId clusterId, QDate heldOn) {
    auto cluster = storage::ClusterYearRepository(context_.db).find(clusterId);
    if (!cluster)
        return std::unexpected(cluster.error());
    return rulesFor(context_.db, cluster->cluster, heldOn);
}

Result<std::vector<domain::Title>> VotingService::votableTitles(domain::RowId clusterId,
                                                                QDate heldOn) {
    auto rules = this->rules(clusterId, heldOn);
    if (!rules)
        return std::unexpected(rules.error());
    auto titles = storage::TitleRepository(context_.db).all();
    if (!titles)
        return std::unexpected(titles.error());
    std::erase_if(*titles, [&](const domain::Title& title) {
        return title.subject != domain::TitleSubject::Collective ||
               !rules->thresholds.contains(title.code);
    });
    std::ranges::stable_sort(*titles, {}, &domain::Title::precedence);
    return titles;
}

Result<domain::BallotSession> VotingService::create(domain::BallotSession session) {
    session.id = domain::NoId;
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            auto rules = prepare(context_.db, session);
            if (!rules)
                return std::unexpected(rules.error());
            auto existing =
                storage::BallotSessionRepository(context_.db).forCluster(session.clusterId);
            if (!existing)
                return std::unexpected(existing.error());
            if (*existing) {
                auto cluster = storage::ClusterYearRepository(context_.db).find(session.clusterId);
                return fail(ErrorCode::Conflict,
                            Text::tr("%1 already has a ballot session.")
                                .arg(cluster ? domain::clusterYearName(cluster->cluster)
                                             : QString::number(session.clusterId)));
            }
            if (auto stored = store(context_.db, session, *rules); !stored)
                return stored;
            return audit(context_, session.uuid, storage::AuditAction::Create, {}, toJson(session));
        },
        [&] { return BallotChanged{session.clusterId}; });
    if (!ok)
        return std::unexpected(ok.error());
    return session;
}

Status VotingService::update(domain::BallotSession session) {
    return inTransaction(
        context_,
        [&]() -> Status {
            auto before = storage::BallotSessionRepository(context_.db).find(session.id);
            if (!before)
                return std::unexpected(before.error());
            // A session belongs to the cluster-year that held it.
            session.clusterId = before->clusterId;
            session.uuid = before->uuid;
            auto rules = prepare(context_.db, session);
            if (!rules)
                return std::unexpected(rules.error());
            if (auto stored = store(context_.db, session, *rules); !stored)
                return stored;
            return audit(context_, session.uuid, storage::AuditAction::Update, toJson(*before),
                         toJson(session));
        },
        [&] { return BallotChanged{session.clusterId}; });
}

Status VotingService::remove(domain::RowId sessionId) {
    domain::RowId clusterId = domain::NoId;
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::BallotSessionRepository sessions(context_.db);
            auto before = sessions.find(sessionId);
            if (!before)
                return std::unexpected(before.error());
            clusterId = before->clusterId;
            if (auto removed = sessions.remove(sessionId); !removed)
                return removed;
            return audit(context_, before->uuid, storage::AuditAction::Delete, toJson(*before), {});
        },
        [&] { return BallotChanged{clusterId}; });
}

Status VotingService::addRound(domain::RowId sessionId, domain::RowId unitId,
                               const QString& titleCode) {
    auto session = storage::BallotSessionRepository(context_.db).find(sessionId);
    if (!session)
        return std::unexpected(session.error());
    auto rules = this->rules(session->clusterId, session->heldOn);
    auto titles = titleNames(context_.db);
    if (!rules || !titles)
        return std::unexpected(!rules ? rules.error() : titles.error());
    if (auto refusal =
            domain::addRound(*session, unitId, titleCode, *rules, unitNames(context_.db), *titles))
        return fail(ErrorCode::InvalidInput, *refusal);
    return update(std::move(*session));
}

Result<ImportReport> VotingService::importVotes(const QString& path, domain::RowId clusterId,
                                                const ImportOptions& options) {
    auto file = importing::readImportTable(path, options.sheet);
    if (!file)
        return std::unexpected(file.error());
    auto cluster = storage::ClusterYearRepository(context_.db).find(clusterId);
    auto stored = forCluster(clusterId);
    if (!cluster || !stored)
        return std::unexpected(!cluster ? cluster.error() : stored.error());
    auto titles = votableTitles(clusterId, *stored ? (*stored)->heldOn : QDate());
    if (!titles)
        return std::unexpected(titles.error());
    ImportReport report = importing::reportOf(*file);
    const domain::UnitNames units = unitNames(context_.db);
    auto session =
        importing::readVotes({file->table, *cluster, units, *titles, *stored}, report.problems);
    if (!session) {
        report.rowsGood = report.rowsRead - importing::rowsWithProblems(report.problems);
    } else {
        report.rowsGood = report.rowsRead;
        if (!options.dryRun) {
            Status written = *stored ? update(*session) : Status{};
            if (!*stored)
                if (auto created = create(*session); !created)
                    written = std::unexpected(created.error());
            if (written)
                report.rowsImported = report.rowsRead;
            else if (written.error().code == ErrorCode::InvalidInput)
                report.problems.push_back({0, {}, written.error().message});
            else
                return std::unexpected(written.error());
        }
    }
    log::get("services")
        ->info("import of votes {}: {} rows read, {} imported, {} problems{}", path,
               report.rowsRead, report.rowsImported, report.problems.size(),
               options.dryRun ? " (dry run)" : "");
    return report;
}

Result<std::vector<domain::BallotProposal>> VotingService::proposals(domain::RowId clusterId) {
    return storage::BallotSessionRepository(context_.db).proposals(clusterId);
}

} // namespace thidua::services
