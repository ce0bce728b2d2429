#pragma once

#include "award.h"
#include "nomination.h"
#include "nomination_entry.h"
#include "record_change.h"
#include "result.h"

#include <QByteArray>
#include <QDate>

#include <optional>
#include <vector>

namespace thidua::services {

struct ServiceContext;

// A dossier beside the papers its award needs.
struct Dossier {
    std::vector<domain::DossierPaper> required;
    std::vector<domain::DossierFile> files;
    std::vector<domain::DossierPaper> missing; // required and without a file
};

// The decision that settles accepted nominations (quyết định khen thưởng).
struct AwardDecision {
    QString number; // "125/QĐ-BTP"
    QDate date;
    QString issuer; // "Bộ trưởng Bộ Tư pháp"
};

// Đề nghị khen thưởng from draft to decision (domain/nomination.h). Every
// change is audited ("nomination") and announced (NominationChanged; a
// decision also AwardChanged) after commit.
class NominationService {
public:
    explicit NominationService(ServiceContext& context)
        : context_(context) {}

    Result<std::vector<domain::NominationEntry>> list(const domain::NominationFilter& filter);
    Result<domain::Nomination> nomination(domain::RowId id);
    // Every change to the nomination and its dossier, oldest first, from the
    // audit log.
    Result<std::vector<domain::RecordChange>> trail(domain::RowId id);
    // Refused for an award the catalogue lacks or that does not fit the
    // candidate, an unknown candidate or proposing unit, and a candidate
    // already proposed for the award and year. An empty basis is filled
    // from the candidate's award history.
    Status propose(domain::Nomination& nomination);
    // The award, kind, proposing unit and basis, while the nomination is a
    // draft or returned.
    Status edit(const domain::Nomination& nomination);
    // Refused by domain::nominationMoveRefusal; "decided" only by decide().
    Status move(domain::RowId id, domain::NominationStatus to, const QString& reason = {});
    // Records the decision once for every nomination in it, all accepted:
    // each gets its award record (sổ vàng numbers 1, 2 … in list order, cash
    // from the rule data) and becomes decided. All or nothing.
    Result<std::vector<domain::Award>> decide(const std::vector<domain::RowId>& ids,
                                              const AwardDecision& decision);
    // The units the cluster-year's vote proposed, as nominations proposed by
    // the cluster's head unit and linked to the vote; those already
    // nominated are left alone. Returns how many were created.
    Result<int> proposeFromVote(domain::RowId clusterId);

    // "LĐTT 2021–2025; CSTĐCS 2023, 2025": the candidate's standing merit
    // awards of the five years up to the year, by precedence.
    Result<QString> basisFor(domain::RowId personId, domain::RowId unitId, int year);

    Result<Dossier> dossier(domain::RowId id);
    Status attach(domain::RowId id, domain::DossierPaper paper, const QString& fileName,
                  const QByteArray& content);
    Status detach(domain::RowId id, domain::RowId fileId);
    Result<QByteArray> fileContent(domain::RowId fileId);
    // When the dossier for the award proposed for the year by the unit is
    // due, if the rule data says: the deadline of the unit's organiser, else
    // the national one.
    Result<std::optional<domain::NominationDeadline>> deadline(const QString& awardCode, int year,
                                                               domain::RowId proposingUnitId);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
