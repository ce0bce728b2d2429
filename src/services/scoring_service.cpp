#include "scoring_service.h"

#include "cluster_year_repository.h"
#include "criteria_table_repository.h"
#include "import_table.h"
#include "log.h"
#include "score_repository.h"
#include "scores_import.h"
#include "scoring_audit.h"
#include "scoring_round_repository.h"
#include "service_text.h"
#include "unit_names.h"
#include "unit_staffing.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace thidua::services {

namespace {

const QString RoundEntity = QStringLiteral("scoring_round");

QString roundLabel(const ScoringSheet& sheet) {
    return domain::roundName(sheet.round.kind, sheet.cluster.cluster);
}

Result<domain::CriteriaTable> tableFor(storage::Database& db, const domain::Cluster& cluster) {
    auto table =
        storage::CriteriaTableRepository(db).forOrganiser(cluster.organiserId, cluster.year);
    if (!table)
        return std::unexpected(table.error());
    if (!*table)
        return fail(ErrorCode::NotFound,
                    Text::tr("%1 has no criteria table for %2: make one on the Scoring page "
                             "first.")
                        .arg(unitNames(db)(cluster.organiserId))
                        .arg(cluster.year));
    return std::move(**table);
}

// The sheet of the round, which may not be stored yet (and then has no points).
Result<ScoringSheet> sheetOf(storage::Database& db, domain::ScoringRound round) {
    ScoringSheet sheet;
    sheet.round = std::move(round);
    auto cluster = storage::ClusterYearRepository(db).find(sheet.round.clusterId);
    if (!cluster)
        return std::unexpected(cluster.error());
    sheet.cluster = std::move(*cluster);
    auto table = tableFor(db, sheet.cluster.cluster);
    if (!table)
        return std::unexpected(table.error());
    sheet.table = std::move(*table);
    if (sheet.round.id != domain::NoId) {
        storage::ScoreRepository repository(db);
        auto scores = repository.forRound(sheet.round.id);
        auto evidence = repository.evidence(sheet.round.id);
        if (!scores || !evidence)
            return std::unexpected(!scores ? scores.error() : evidence.error());
        sheet.scores = std::move(*scores);
        sheet.evidence = std::move(*evidence);
    }
    sheet.unitIds = sheet.cluster.memberIds();
    const domain::UnitNames names = unitNames(db);
    for (domain::RowId unitId : sheet.unitIds)
        sheet.unitNames.push_back(names(unitId));
    return sheet;
}

// The sheet of the cluster's round of that kind, or of that round not opened yet.
Result<ScoringSheet> sheetOfKind(storage::Database& db, domain::RowId clusterId,
                                 domain::RoundKind kind) {
    auto stored = storage::ScoringRoundRepository(db).forCluster(clusterId, kind);
    if (!stored)
        return std::unexpected(stored.error());
    return sheetOf(db, stored->value_or(
                           domain::ScoringRound{domain::NoId, {}, clusterId, kind, false, {}, {}}));
}

Result<ScoringSheet> loadSheet(storage::Database& db, domain::RowId roundId) {
    auto round = storage::ScoringRoundRepository(db).find(roundId);
    if (!round)
        return std::unexpected(round.error());
    return sheetOf(db, std::move(*round));
}

const domain::Score* findScore(const ScoringSheet& sheet, domain::RowId unitId, int criterion,
                               domain::RowId scorerId) {
    for (const domain::Score& score : sheet.scores)
        if (score.unitId == unitId && score.criterion == criterion && score.scorerId == scorerId)
            return &score;
    return nullptr;
}

// Why nobody can give the unit points on the item in this round now.
std::optional<QString> itemRefusal(const ScoringSheet& sheet, const domain::UnitNames& names,
                                   domain::RowId unitId, int criterion) {
    if (sheet.round.closedOn)
        return Text::tr("%1 is closed: reopen it to change its points.").arg(roundLabel(sheet));
    if (!sheet.cluster.hasMember(unitId))
        return Text::tr("%1 is not a member of %2.")
            .arg(names(unitId), domain::clusterYearName(sheet.cluster.cluster));
    if (criterion < 0 || criterion >= static_cast<int>(sheet.table.criteria.size()))
        return Text::tr("The criteria table has no criterion %1.").arg(criterion + 1);
    return std::nullopt;
}

std::optional<QString> pointsRefusal(const ScoringSheet& sheet, const domain::UnitNames& names,
                                     domain::RowId unitId, int criterion, double points) {
    if (auto refusal = itemRefusal(sheet, names, unitId, criterion))
        return refusal;
    if (auto refusal = domain::pointsRefusal(sheet.table, criterion, points))
        return Text::tr("%1: %2").arg(names(unitId), *refusal);
    return std::nullopt;
}

std::optional<QString> selfScoringRefusal(const domain::UnitNames& names, domain::RowId unitId,
                                          domain::RowId scorerId) {
    if (scorerId != unitId)
        return std::nullopt;
    return Text::tr("%1 cannot score itself: the points it gives itself are its "
                    "self-score.")
        .arg(names(unitId));
}

// Why the unit may not score anybody in this round.
std::optional<QString> scorerRoleRefusal(const ScoringSheet& sheet, const domain::UnitNames& names,
                                         domain::RowId scorerId) {
    const bool member = sheet.cluster.hasMember(scorerId);
    if (!member)
        return Text::tr("%1 is not a member of %2.")
            .arg(names(scorerId), domain::clusterYearName(sheet.cluster.cluster));
    const domain::RowId head = sheet.cluster.head();
    const domain::RowId deputy = sheet.cluster.deputy();
    if (sheet.round.membersScore || scorerId == head || scorerId == deputy)
        return std::nullopt;
    QStringList leaders;
    for (domain::RowId leader : {head, deputy})
        if (leader != domain::NoId)
            leaders << names(leader);
    if (leaders.isEmpty())
        return Text::tr("%1 has no head or deputy unit to score: name them on the Clusters "
                        "page, or let every member score.")
            .arg(domain::clusterYearName(sheet.cluster.cluster));
    return Text::tr("In %1 the head and deputy units (%2) score; let every member score to give "
                    "%3's points.")
        .arg(roundLabel(sheet), leaders.join(QStringLiteral(", ")), names(scorerId));
}

// Why the scorer may not score the unit in this round.
std::optional<QString> scorerRefusal(const ScoringSheet& sheet, const domain::UnitNames& names,
                                     domain::RowId unitId, domain::RowId scorerId) {
    if (auto refusal = selfScoringRefusal(names, unitId, scorerId))
        return refusal;
    return scorerRoleRefusal(sheet, names, scorerId);
}

// A scorer who departs from the self-score says why.
std::optional<QString> noteRefusal(const ScoringSheet& sheet, const domain::UnitNames& names,
                                   const domain::Score& score) {
    const domain::Score* self = findScore(sheet, score.unitId, score.criterion, score.unitId);
    if (!self || std::abs(self->points - score.points) < 0.005 ||
        !domain::vn::normalized(score.note).isEmpty())
        return std::nullopt;
    return Text::tr("%1 gave itself %2 on %3: say why %4 gives %5.")
        .arg(
            names(score.unitId), domain::vn::formatDecimal(self->points),
            domain::criterionLabel(sheet.table.criteria[static_cast<std::size_t>(score.criterion)]),
            names(score.scorerId), domain::vn::formatDecimal(score.points));
}

Status refuse(const std::optional<QString>& refusal) {
    return refusal ? fail(ErrorCode::InvalidInput, *refusal) : Status{};
}

Status auditScore(ServiceContext& context, const ScoringSheet& sheet, const domain::Score* before,
                  const domain::Score* after) {
    return auditScoring(context, RoundEntity, sheet.round.uuid,
                        !before ? storage::AuditAction::Create
                        : after ? storage::AuditAction::Update
                                : storage::AuditAction::Delete,
                        before ? toJson(*before) : QJsonObject(),
                        after ? toJson(*after) : QJsonObject());
}

Status insertRound(ServiceContext& context, domain::ScoringRound& round) {
    if (auto inserted = storage::ScoringRoundRepository(context.db).insert(round); !inserted)
        return inserted;
    return auditScoring(context, RoundEntity, round.uuid, storage::AuditAction::Create, {},
                        toJson(round));
}

// The first item of a unit without any scorer's points, and how many there are.
struct Missing {
    int count = 0;
    domain::RowId unitId = domain::NoId;
    int criterion = -1;
};

Missing missingPoints(const ScoringSheet& sheet) {
    const domain::PointsGrid grid =
        domain::pointsGridOf(sheet.table, {sheet.unitIds, sheet.scores, domain::NoId});
    Missing missing;
    for (std::size_t row = 0; row < sheet.unitIds.size(); ++row)
        for (std::size_t column = 0; column < sheet.table.criteria.size(); ++column) {
            if (grid.final[row][column] || domain::isGroup(sheet.table, static_cast<int>(column)))
                continue;
            if (missing.count++ == 0) {
                missing.unitId = sheet.unitIds[row];
                missing.criterion = static_cast<int>(column);
            }
        }
    return missing;
}

// The file's points with every refusal of the round heard; the problems
// added in line order. Nothing when the file cannot be read at all.
std::optional<importing::ScoreRows> checkScores(const ScoringSheet& sheet,
                                                const domain::UnitNames& names,
                                                const interchange::SourceTable& table,
                                                domain::RowId scorerId,
                                                std::vector<ImportProblem>& problems) {
    if (sheet.round.closedOn) {
        problems.push_back(
            {0,
             {},
             Text::tr("%1 is closed: reopen it to change its points.").arg(roundLabel(sheet))});
        return std::nullopt;
    }
    if (scorerId != domain::NoId)
        if (auto refusal = scorerRoleRefusal(sheet, names, scorerId)) {
            problems.push_back({0, {}, *refusal});
            return std::nullopt;
        }
    auto read =
        importing::readScores({table, sheet.cluster, names, sheet.table, scorerId}, problems);
    if (read && scorerId != domain::NoId)
        for (const importing::ScoreRow& row : read->rows) {
            if (auto refusal = selfScoringRefusal(names, row.score.unitId, scorerId))
                problems.push_back({row.line, read->unitColumn, *refusal});
            else if (auto why = noteRefusal(sheet, names, row.score))
                problems.push_back({row.line, read->noteColumn, *why});
        }
    std::ranges::stable_sort(problems, {}, &ImportProblem::line);
    return read;
}

} // namespace

QString ScoringSheet::unitName(domain::RowId unitId) const {
    const auto found = std::ranges::find(unitIds, unitId);
    return found == unitIds.end() ? QString()
                                  : unitNames[static_cast<std::size_t>(found - unitIds.begin())];
}

Result<std::optional<domain::ScoringRound>> ScoringService::round(domain::RowId clusterId,
                                                                  domain::RoundKind kind) {
    return storage::ScoringRoundRepository(context_.db).forCluster(clusterId, kind);
}

Result<domain::ScoringRound> ScoringService::openRound(domain::RowId clusterId,
                                                       domain::RoundKind kind) {
    domain::ScoringRound round;
    bool opened = false;
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            storage::ScoringRoundRepository rounds(context_.db);
            auto existing = rounds.forCluster(clusterId, kind);
            if (!existing)
                return std::unexpected(existing.error());
            if (*existing) {
                round = std::move(**existing);
                return {};
            }
            auto cluster = storage::ClusterYearRepository(context_.db).find(clusterId);
            if (!cluster)
                return std::unexpected(cluster.error());
            if (auto table = tableFor(context_.db, cluster->cluster); !table)
                return std::unexpected(table.error());
            round.clusterId = clusterId;
            round.kind = kind;
            opened = true;
            return insertRound(context_, round);
        },
        [&] { return opened ? ScoringChanged{round.id} : ScoringChanged{}; });
    if (!ok)
        return std::unexpected(ok.error());
    return round;
}

Result<ScoringSheet> ScoringService::sheet(domain::RowId roundId) {
    return loadSheet(context_.db, roundId);
}

Result<ScoreSheetFile> ScoringService::scoreSheetFile(domain::RowId clusterId,
                                                      domain::RoundKind kind,
                                                      domain::RowId unitId) {
    auto sheet = sheetOfKind(context_.db, clusterId, kind);
    if (!sheet)
        return std::unexpected(sheet.error());
    const QString unit = sheet->unitName(unitId);
    if (unit.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("%1 is not a member of %2.")
                        .arg(unitNames(context_.db)(unitId),
                             domain::clusterYearName(sheet->cluster.cluster)));
    return importing::scoreSheetFile(*sheet, unitId);
}

Status ScoringService::setMembersScore(domain::RowId roundId, bool membersScore) {
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::ScoringRoundRepository rounds(context_.db);
            auto before = rounds.find(roundId);
            if (!before)
                return std::unexpected(before.error());
            domain::ScoringRound after = *before;
            after.membersScore = membersScore;
            if (auto updated = rounds.update(after); !updated)
                return updated;
            return auditScoring(context_, RoundEntity, after.uuid, storage::AuditAction::Update,
                                toJson(*before), toJson(after));
        },
        [&] { return ScoringChanged{roundId}; });
}

Status ScoringService::changeRound(domain::RowId roundId,
                                   const std::function<Status(const ScoringSheet&)>& change) {
    return inTransaction(
        context_,
        [&]() -> Status {
            auto sheet = loadSheet(context_.db, roundId);
            if (!sheet)
                return std::unexpected(sheet.error());
            return change(*sheet);
        },
        [&] { return ScoringChanged{roundId}; });
}

Status ScoringService::setSelfScore(domain::RowId roundId, domain::RowId unitId, int criterion,
                                    double points, const QString& evidence) {
    return changeRound(roundId, [&](const ScoringSheet& sheet) -> Status {
        const domain::UnitNames names = unitNames(context_.db);
        if (auto refused = refuse(pointsRefusal(sheet, names, unitId, criterion, points)); !refused)
            return refused;
        const domain::Score score{unitId, criterion, unitId, domain::hundredths(points),
                                  domain::vn::normalized(evidence)};
        if (auto stored = storage::ScoreRepository(context_.db).put(roundId, score); !stored)
            return stored;
        return auditScore(context_, sheet, findScore(sheet, unitId, criterion, unitId), &score);
    });
}

Status ScoringService::setScore(domain::RowId roundId, const domain::Score& given) {
    return changeRound(roundId, [&](const ScoringSheet& sheet) -> Status {
        const domain::UnitNames names = unitNames(context_.db);
        domain::Score score = given;
        score.points = domain::hundredths(given.points);
        score.note = domain::vn::normalized(given.note);
        if (auto refused =
                refuse(pointsRefusal(sheet, names, score.unitId, score.criterion, score.points));
            !refused)
            return refused;
        if (auto refused = refuse(scorerRefusal(sheet, names, score.unitId, score.scorerId));
            !refused)
            return refused;
        if (auto refused = refuse(noteRefusal(sheet, names, score)); !refused)
            return refused;
        if (auto stored = storage::ScoreRepository(context_.db).put(roundId, score); !stored)
            return stored;
        return auditScore(context_, sheet,
                          findScore(sheet, score.unitId, score.criterion, score.scorerId), &score);
    });
}

Status ScoringService::clearScore(domain::RowId roundId, domain::RowId unitId, int criterion,
                                  domain::RowId scorerId) {
    return changeRound(roundId, [&](const ScoringSheet& sheet) -> Status {
        const domain::UnitNames names = unitNames(context_.db);
        if (auto refused = refuse(itemRefusal(sheet, names, unitId, criterion)); !refused)
            return refused;
        const domain::Score* before = findScore(sheet, unitId, criterion, scorerId);
        if (!before)
            return {};
        if (auto removed =
                storage::ScoreRepository(context_.db).remove(roundId, unitId, criterion, scorerId);
            !removed)
            return removed;
        return auditScore(context_, sheet, before, nullptr);
    });
}

Status ScoringService::attachEvidence(domain::RowId roundId, domain::RowId unitId, int criterion,
                                      const QString& name, const QByteArray& content) {
    return changeRound(roundId, [&](const ScoringSheet& sheet) -> Status {
        const domain::UnitNames names = unitNames(context_.db);
        if (auto refused = refuse(itemRefusal(sheet, names, unitId, criterion)); !refused)
            return refused;
        const QString fileName = domain::vn::normalized(name);
        if (auto stored = storage::ScoreRepository(context_.db)
                              .attachEvidence(roundId, unitId, criterion, fileName, content);
            !stored)
            return stored;
        return auditScoring(context_, RoundEntity, sheet.round.uuid, storage::AuditAction::Update,
                            {},
                            {{QStringLiteral("unit_id"), unitId},
                             {QStringLiteral("criterion"), criterion},
                             {QStringLiteral("evidence"), fileName},
                             {QStringLiteral("bytes"), content.size()}});
    });
}

Result<QByteArray> ScoringService::evidenceContent(domain::RowId roundId,
                                                   const domain::Evidence& evidence) {
    return storage::ScoreRepository(context_.db).evidenceContent(roundId, evidence);
}

Result<ImportReport> ScoringService::importScores(const QString& path, domain::RowId clusterId,
                                                  domain::RoundKind kind, domain::RowId scorerId,
                                                  const ImportOptions& options) {
    auto file = importing::readImportTable(path, options.sheet);
    if (!file)
        return std::unexpected(file.error());
    ImportReport report = importing::reportOf(*file);
    domain::RowId roundId = domain::NoId;
    // Checked and written in one transaction; a problem or a dry run ends it
    // before anything is written, and then no event follows.
    bool stopped = false;
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            auto sheet = sheetOfKind(context_.db, clusterId, kind);
            if (!sheet)
                return std::unexpected(sheet.error());
            const domain::UnitNames names = unitNames(context_.db);
            const auto rows = checkScores(*sheet, names, file->table, scorerId, report.problems);
            if (rows)
                report.rowsGood = rows->withPoints - importing::rowsWithProblems(report.problems);
            stopped = report.hasProblems() || options.dryRun;
            if (stopped)
                return fail(ErrorCode::Cancelled, {});
            if (sheet->round.id == domain::NoId)
                if (auto opened = insertRound(context_, sheet->round); !opened)
                    return opened;
            roundId = sheet->round.id;
            storage::ScoreRepository scores(context_.db);
            for (const importing::ScoreRow& row : rows->rows) {
                const domain::Score& score = row.score;
                const domain::Score* before =
                    findScore(*sheet, score.unitId, score.criterion, score.scorerId);
                // A sheet imported back as it was exported changes nothing.
                if (before && before->points == score.points && before->note == score.note)
                    continue;
                if (auto put = scores.put(roundId, score); !put)
                    return put;
                if (auto audited = auditScore(context_, *sheet, before, &score); !audited)
                    return audited;
            }
            report.rowsImported = static_cast<int>(rows->rows.size());
            return {};
        },
        [&] { return ScoringChanged{roundId}; });
    if (!ok && !stopped)
        return std::unexpected(ok.error());
    log::get("services")
        ->info("import of scores {}: {} rows read, {} imported, {} problems{}", path,
               report.rowsRead, report.rowsImported, report.problems.size(),
               options.dryRun ? " (dry run)" : "");
    return report;
}

Status ScoringService::close(domain::RowId roundId, const QString& reason) {
    return changeRound(roundId, [&](const ScoringSheet& sheet) -> Status {
        if (sheet.round.closedOn)
            return fail(ErrorCode::Conflict,
                        Text::tr("%1 is already closed.").arg(roundLabel(sheet)));
        const Missing missing = missingPoints(sheet);
        const QString why = domain::vn::normalized(reason);
        if (missing.count > 0 && why.isEmpty())
            return fail(
                ErrorCode::InvalidInput,
                Text::tr("%1 still lacks %n point(s), the first for %2 on %3: give them, or say "
                         "why the round closes without them.",
                         nullptr, missing.count)
                    .arg(roundLabel(sheet), unitNames(context_.db)(missing.unitId),
                         domain::criterionLabel(
                             sheet.table.criteria[static_cast<std::size_t>(missing.criterion)])));
        domain::ScoringRound after = sheet.round;
        after.closedOn = context_.clock.today();
        after.closeReason = missing.count > 0 ? why : QString();
        if (auto updated = storage::ScoringRoundRepository(context_.db).update(after); !updated)
            return updated;
        return auditScoring(context_, RoundEntity, after.uuid, storage::AuditAction::Update,
                            toJson(sheet.round), toJson(after));
    });
}

Status ScoringService::reopen(domain::RowId roundId) {
    return changeRound(roundId, [&](const ScoringSheet& sheet) -> Status {
        if (!sheet.round.closedOn)
            return fail(ErrorCode::Conflict, Text::tr("%1 is open.").arg(roundLabel(sheet)));
        domain::ScoringRound after = sheet.round;
        after.closedOn.reset();
        after.closeReason.clear();
        if (auto updated = storage::ScoringRoundRepository(context_.db).update(after); !updated)
            return updated;
        return auditScoring(context_, RoundEntity, after.uuid, storage::AuditAction::Update,
                            toJson(sheet.round), toJson(after));
    });
}

Result<std::vector<domain::Standing>> ScoringService::standings(domain::RowId roundId,
                                                                domain::RowId excludedScorer) {
    auto sheet = loadSheet(context_.db, roundId);
    if (!sheet)
        return std::unexpected(sheet.error());
    Status staffingRead;
    domain::RankingRules rules;
    rules.staffing = [&](domain::RowId unitId) {
        auto staffing = storage::staffingOf(context_.db, unitId);
        if (!staffing) {
            staffingRead = std::unexpected(staffing.error());
            return domain::Staffing{};
        }
        return *staffing;
    };
    auto standings =
        domain::standingsOf(sheet->table, {sheet->unitIds, sheet->scores, excludedScorer}, rules);
    if (!staffingRead)
        return std::unexpected(staffingRead.error());
    return standings;
}

} // namespace thidua::services
