#include "nomination_service.h"

#include "award_amount.h"
#include "award_repository.h"
#include "ballot_session.h"
#include "ballot_session_repository.h"
#include "cluster_year_repository.h"
#include "nomination_basis.h"
#include "nomination_listing.h"
#include "nomination_repository.h"
#include "person_repository.h"
#include "service_context.h"
#include "service_text.h"
#include "unit_repository.h"
#include "vote_rule_repository.h"

#include <QJsonObject>

#include <algorithm>

namespace thidua::services {

namespace {

QJsonObject toJson(const domain::Nomination& nomination) {
    return {{QStringLiteral("year"), nomination.year},
            {QStringLiteral("award_code"), nomination.awardCode},
            {QStringLiteral("kind"), domain::awardKindCode(nomination.kind)},
            {QStringLiteral("person_id"), nomination.personId},
            {QStringLiteral("unit_id"), nomination.unitId},
            {QStringLiteral("proposing_unit_id"), nomination.proposingUnitId},
            {QStringLiteral("basis"), nomination.basis},
            {QStringLiteral("status"), domain::nominationStatusCode(nomination.status)},
            {QStringLiteral("status_reason"), nomination.statusReason},
            {QStringLiteral("ballot_session_id"), nomination.ballotSessionId},
            {QStringLiteral("award_id"), nomination.awardId}};
}

Status audit(ServiceContext& context, const domain::Nomination& nomination,
             storage::AuditAction action, QJsonObject before = {}) {
    return storage::AuditLog(context.db)
        .record(context.audit(QStringLiteral("nomination"), nomination.uuid, action,
                              std::move(before), toJson(nomination)));
}

// The candidate and the proposing unit must exist, and the award must fit.
Status nominationRefusal(storage::Database& db, const domain::Nomination& nomination) {
    auto type = storage::AwardRepository(db).type(nomination.awardCode);
    if (!type)
        return std::unexpected(type.error());
    if (!*type)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The catalogue has no title or form with the code %1.")
                        .arg(nomination.awardCode));
    if (!(*type)->fits(nomination.subject()))
        return fail(ErrorCode::InvalidInput,
                    nomination.subject() == domain::TitleSubject::Individual
                        ? Text::tr("%1 is a collective title; a person cannot be proposed for it.")
                              .arg((*type)->name)
                        : Text::tr("%1 is an individual title; a collective cannot be proposed "
                                   "for it.")
                              .arg((*type)->name));
    if (nomination.personId != domain::NoId) {
        if (auto person = storage::PersonRepository(db).find(nomination.personId); !person)
            return std::unexpected(person.error());
    } else if (auto unit = storage::UnitRepository(db).find(nomination.unitId); !unit) {
        return std::unexpected(unit.error());
    }
    if (auto proposer = storage::UnitRepository(db).find(nomination.proposingUnitId); !proposer)
        return fail(ErrorCode::InvalidInput, Text::tr("Choose the unit that proposes."));
    return {};
}

Status storeNew(ServiceContext& context, domain::Nomination& nomination) {
    if (auto stored = storage::NominationRepository(context.db).insert(nomination); !stored) {
        if (stored.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict,
                        Text::tr("The candidate is already proposed for %1 in %2.")
                            .arg(nomination.awardCode)
                            .arg(nomination.year));
        return stored;
    }
    return audit(context, nomination, storage::AuditAction::Create);
}

// Runs change(repository, stored nomination) in one transaction and
// announces the nomination's year after commit.
template <typename Change>
Status changeNomination(ServiceContext& context, domain::RowId id, Change&& change) {
    int year = 0;
    return inTransaction(
        context,
        [&]() -> Status {
            storage::NominationRepository repository(context.db);
            auto stored = repository.find(id);
            if (!stored)
                return std::unexpected(stored.error());
            year = stored->year;
            return change(repository, *stored);
        },
        [&] { return NominationChanged{year}; });
}

} // namespace

Result<std::vector<domain::NominationEntry>>
NominationService::list(const domain::NominationFilter& filter) {
    return storage::listNominations(context_.db, filter);
}

Result<domain::Nomination> NominationService::nomination(domain::RowId id) {
    return storage::NominationRepository(context_.db).find(id);
}

Result<QString> NominationService::basisFor(domain::RowId personId, domain::RowId unitId,
                                            int year) {
    storage::AwardRepository awards(context_.db);
    auto held = personId != domain::NoId ? awards.forPerson(personId) : awards.forUnit(unitId);
    if (!held)
        return std::unexpected(held.error());
    auto catalogue = awards.catalogue(QDate(year, 12, 31));
    if (!catalogue)
        return std::unexpected(catalogue.error());
    return basisText(*held, *catalogue, year);
}

Status NominationService::propose(domain::Nomination& nomination) {
    nomination.awardCode = nomination.awardCode.trimmed().toUpper();
    nomination.status = domain::NominationStatus::Draft;
    nomination.awardId = domain::NoId;
    return inTransaction(
        context_,
        [&]() -> Status {
            if (auto refused = nominationRefusal(context_.db, nomination); !refused)
                return refused;
            if (nomination.basis.trimmed().isEmpty()) {
                auto basis = basisFor(nomination.personId, nomination.unitId, nomination.year);
                if (!basis)
                    return std::unexpected(basis.error());
                nomination.basis = *basis;
            }
            return storeNew(context_, nomination);
        },
        [&] { return NominationChanged{nomination.year}; });
}

Status NominationService::edit(const domain::Nomination& nomination) {
    return changeNomination(
        context_, nomination.id,
        [&](storage::NominationRepository& repository, const domain::Nomination& stored) -> Status {
            if (!stored.editable())
                return fail(ErrorCode::InvalidInput,
                            Text::tr("A nomination that is \"%1\" can no longer be changed.")
                                .arg(domain::nominationStatusName(stored.status)));
            domain::Nomination changed = stored;
            changed.awardCode = nomination.awardCode.trimmed().toUpper();
            changed.kind = nomination.kind;
            changed.proposingUnitId = nomination.proposingUnitId;
            changed.basis = nomination.basis.trimmed();
            if (auto refused = nominationRefusal(context_.db, changed); !refused)
                return refused;
            if (auto ok = repository.update(changed); !ok)
                return ok;
            return audit(context_, changed, storage::AuditAction::Update, toJson(stored));
        });
}

Status NominationService::move(domain::RowId id, domain::NominationStatus to,
                               const QString& reason) {
    if (to == domain::NominationStatus::Decided)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("A nomination is decided by recording the decision."));
    return changeNomination(
        context_, id,
        [&](storage::NominationRepository& repository, const domain::Nomination& stored) -> Status {
            if (auto refusal = domain::nominationMoveRefusal(stored.status, to, reason))
                return fail(ErrorCode::InvalidInput, *refusal);
            domain::Nomination moved = stored;
            moved.status = to;
            moved.statusReason = reason.trimmed();
            if (auto ok = repository.update(moved); !ok) {
                if (ok.error().code == ErrorCode::Conflict)
                    return fail(ErrorCode::Conflict,
                                Text::tr("The candidate has another live nomination for %1 in %2.")
                                    .arg(moved.awardCode)
                                    .arg(moved.year));
                return ok;
            }
            return audit(context_, moved, storage::AuditAction::Update, toJson(stored));
        });
}

Result<std::vector<domain::Award>> NominationService::decide(const std::vector<domain::RowId>& ids,
                                                             const AwardDecision& decision) {
    std::vector<domain::Award> created;
    int year = 0;
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            storage::NominationRepository nominations(context_.db);
            storage::AwardRepository awards(context_.db);
            int goldenBook = 0;
            for (domain::RowId id : ids) {
                auto stored = nominations.find(id);
                if (!stored)
                    return std::unexpected(stored.error());
                if (stored->status != domain::NominationStatus::Accepted)
                    return fail(ErrorCode::InvalidInput,
                                Text::tr("Nomination %1 is \"%2\"; a decision settles only "
                                         "accepted nominations.")
                                    .arg(id)
                                    .arg(domain::nominationStatusName(stored->status)));
                domain::Award award;
                award.awardCode = stored->awardCode;
                award.personId = stored->personId;
                award.unitId = stored->unitId;
                award.firstYear = award.year = stored->year;
                award.kind = stored->kind;
                award.decisionNumber = decision.number.trimmed();
                award.decisionDate = decision.date;
                award.issuer = decision.issuer.trimmed();
                award.goldenBookNumber = QString::number(++goldenBook);
                auto type = awards.type(award.awardCode);
                if (!type)
                    return std::unexpected(type.error());
                if (auto refusal = domain::awardRefusal(award, *type ? &**type : nullptr))
                    return fail(ErrorCode::InvalidInput, *refusal);
                auto amount =
                    awardAmountOn(context_.db, award.awardCode, award.subject(), decision.date);
                if (!amount)
                    return std::unexpected(amount.error());
                award.amount = *amount;
                if (auto inserted = awards.insert(award); !inserted)
                    return inserted;
                domain::Nomination decided = *stored;
                decided.status = domain::NominationStatus::Decided;
                decided.awardId = award.id;
                if (auto moved = nominations.update(decided); !moved)
                    return moved;
                if (auto logged =
                        audit(context_, decided, storage::AuditAction::Update, toJson(*stored));
                    !logged)
                    return logged;
                year = decided.year;
                created.push_back(award);
            }
            return {};
        },
        [&] { return NominationChanged{year}; });
    if (!ok)
        return std::unexpected(ok.error());
    for (const domain::Award& award : created)
        context_.changes.publish(AwardChanged{award.personId, award.unitId});
    return created;
}

Result<int> NominationService::proposeFromVote(domain::RowId clusterId) {
    int created = 0;
    int year = 0;
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            auto cluster = storage::ClusterYearRepository(context_.db).find(clusterId);
            if (!cluster)
                return std::unexpected(cluster.error());
            year = cluster->cluster.year;
            const domain::RowId head = cluster->head();
            if (head == domain::NoId)
                return fail(ErrorCode::InvalidInput,
                            Text::tr("%1 has no head unit to propose its flags.")
                                .arg(domain::clusterYearName(cluster->cluster)));
            storage::BallotSessionRepository ballots(context_.db);
            auto session = ballots.forCluster(clusterId);
            if (!session)
                return std::unexpected(session.error());
            if (!*session)
                return fail(ErrorCode::NotFound,
                            Text::tr("%1 has not voted yet.")
                                .arg(domain::clusterYearName(cluster->cluster)));
            auto proposals = ballots.proposals(clusterId);
            if (!proposals)
                return std::unexpected(proposals.error());
            auto rules = storage::VoteRuleRepository(context_.db).rulesOn((*session)->heldOn);
            if (!rules)
                return std::unexpected(rules.error());
            auto existing = storage::NominationRepository(context_.db).inYear(year);
            if (!existing)
                return std::unexpected(existing.error());
            for (const domain::BallotProposal& proposal : *proposals) {
                const bool already = std::ranges::any_of(*existing, [&](const auto& n) {
                    return n.unitId == proposal.ballot.unitId &&
                           n.awardCode == proposal.ballot.titleCode &&
                           n.status != domain::NominationStatus::Withdrawn &&
                           n.status != domain::NominationStatus::Rejected;
                });
                if (already)
                    continue;
                const auto ballot = std::ranges::find_if((*session)->ballots, [&](const auto& b) {
                    return b.unitId == proposal.ballot.unitId &&
                           b.titleCode == proposal.ballot.titleCode &&
                           b.round == proposal.ballot.round;
                });
                domain::Nomination nomination;
                nomination.year = year;
                nomination.awardCode = proposal.ballot.titleCode;
                nomination.unitId = proposal.ballot.unitId;
                nomination.proposingUnitId = head;
                nomination.ballotSessionId = (*session)->id;
                if (ballot != (*session)->ballots.end())
                    nomination.basis = voteBasisText(
                        cluster->cluster,
                        domain::ballotOutcome(**session, *ballot, *rules).yesPercentOfMembers,
                        ballot->yes, (*session)->members);
                if (auto stored = storeNew(context_, nomination); !stored)
                    return stored;
                ++created;
            }
            return {};
        },
        [&] { return NominationChanged{year}; });
    if (!ok)
        return std::unexpected(ok.error());
    return created;
}

Result<Dossier> NominationService::dossier(domain::RowId id) {
    storage::NominationRepository repository(context_.db);
    auto nomination = repository.find(id);
    if (!nomination)
        return std::unexpected(nomination.error());
    auto files = repository.files(id);
    if (!files)
        return std::unexpected(files.error());
    auto votable =
        storage::VoteRuleRepository(context_.db).rulesOn(QDate(nomination->year, 12, 31));
    if (!votable)
        return std::unexpected(votable.error());
    Dossier dossier;
    dossier.required = domain::requiredPapers(nomination->awardCode,
                                              votable->thresholds.contains(nomination->awardCode));
    dossier.files = std::move(*files);
    for (domain::DossierPaper paper : dossier.required)
        if (std::ranges::find(dossier.files, paper, &domain::DossierFile::paper) ==
            dossier.files.end())
            dossier.missing.push_back(paper);
    return dossier;
}

Status NominationService::attach(domain::RowId id, domain::DossierPaper paper,
                                 const QString& fileName, const QByteArray& content) {
    return changeNomination(
        context_, id,
        [&](storage::NominationRepository& repository, const domain::Nomination& stored) -> Status {
            auto added = repository.addFile(id, paper, fileName, content, context_.clock.today());
            if (!added)
                return std::unexpected(added.error());
            return storage::AuditLog(context_.db)
                .record(context_.audit(
                    QStringLiteral("nomination"), stored.uuid, storage::AuditAction::Update, {},
                    {{QStringLiteral("file_added"), fileName},
                     {QStringLiteral("paper"), domain::dossierPaperCode(paper)}}));
        });
}

Status NominationService::detach(domain::RowId id, domain::RowId fileId) {
    return changeNomination(
        context_, id,
        [&](storage::NominationRepository& repository, const domain::Nomination& stored) -> Status {
            auto files = repository.files(id);
            if (!files)
                return std::unexpected(files.error());
            const auto file = std::ranges::find(*files, fileId, &domain::DossierFile::id);
            if (file == files->end())
                return fail(ErrorCode::NotFound,
                            Text::tr("The dossier has no such file; it may have been removed."));
            if (auto removed = repository.removeFile(fileId); !removed)
                return removed;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("nomination"), stored.uuid,
                                       storage::AuditAction::Update,
                                       {{QStringLiteral("file_removed"), file->fileName}}, {}));
        });
}

Result<QByteArray> NominationService::fileContent(domain::RowId fileId) {
    return storage::NominationRepository(context_.db).fileContent(fileId);
}

Result<std::optional<domain::NominationDeadline>>
NominationService::deadline(const QString& awardCode, int year, domain::RowId proposingUnitId) {
    return storage::NominationRepository(context_.db).deadline(awardCode, year, proposingUnitId);
}

} // namespace thidua::services
