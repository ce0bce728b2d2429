#pragma once

#include "award.h"
#include "award_entry.h"
#include "initiative.h"
#include "nomination.h"
#include "record_change.h"
#include "result.h"

#include <QDate>

#include <functional>
#include <vector>

namespace thidua::services {

struct ServiceContext;

// A person's or a unit's record in one view: the awards received (revoked
// ones included, marked), the initiatives written and the nominations made.
struct AwardHistory {
    std::vector<domain::Award> awards;
    std::vector<domain::Initiative> initiatives;
    std::vector<domain::Nomination> nominations;
    std::vector<domain::AwardType> catalogue; // to name the codes above
};

// Award records and initiatives (domain brief §1, §2.1). Every change is
// audited ("award", "initiative") and announced (AwardChanged) after commit.
class AwardService {
public:
    explicit AwardService(ServiceContext& context)
        : context_(context) {}

    // Titles and forms in force on the date, highest first.
    Result<std::vector<domain::AwardType>> catalogue(QDate on);
    // The cash for the award to the subject decided on the date: the
    // coefficient times the base salary then in force, rounded up to
    // 10.000 đ; 0 when the rule data has no coefficient for it.
    Result<qint64> amountFor(const QString& awardCode, domain::TitleSubject subject,
                             QDate decisionDate);
    // Refused by domain::awardRefusal, for a candidate that does not exist
    // and for a second standing merit award of the same code and year. An
    // amount of 0 is filled from the rule data. With an initiative, the award
    // rests on it (see useInitiative); both are stored or neither.
    Status record(domain::Award& award, domain::RowId initiativeId = domain::NoId);
    // Keeps the row, with the revoking decision (Luật, Điều 93).
    Status revoke(domain::RowId awardId, const QString& decision, QDate on, const QString& reason);
    // Undoes a revocation entered by mistake.
    Status reinstate(domain::RowId awardId);
    // Deletes an award entered by mistake, freeing the initiative it used.
    // Refused for an award a nomination's decision created: that one is
    // revoked, not deleted.
    Status remove(domain::RowId awardId);
    // The award's row id now; NoId when none has the uuid. An award deleted
    // and recorded again by undo keeps its uuid, not its id.
    Result<domain::RowId> idOf(const QString& uuid);
    // The year's awards and initiatives as the awards page lists them.
    Result<std::vector<domain::AwardEntry>> awardsOf(int year);
    // The year's awards of these collectives and of the people working in them.
    Result<std::vector<domain::AwardEntry>> awardsOf(int year,
                                                     const std::vector<domain::RowId>& holders);
    Result<std::vector<domain::InitiativeEntry>> initiativesOf(int year);
    // Every change to the award, oldest first.
    Result<std::vector<domain::RecordChange>> trail(domain::RowId awardId);
    Result<AwardHistory> historyOfPerson(domain::RowId personId);
    Result<AwardHistory> historyOfUnit(domain::RowId unitId);
    // The person's history when personId is set, else the unit's.
    Result<AwardHistory> historyOf(domain::RowId personId, domain::RowId unitId);

    Status recordInitiative(domain::Initiative& initiative);
    // Marks the initiative as the ground of the award; refused when another
    // award already used it (it counts once: Công văn 5007/BNV-TĐKT).
    Status useInitiative(domain::RowId initiativeId, domain::RowId awardId);

private:
    // The steps of record() and useInitiative(), inside the caller's
    // transaction.
    Status insertAward(domain::Award& award);
    Status linkInitiative(domain::RowId initiativeId, domain::RowId awardId);
    // Finds the award, lets `change` refuse or change it, stores and audits it.
    Status amend(domain::RowId awardId, const std::function<Status(domain::Award&)>& change);

    ServiceContext& context_;
};

} // namespace thidua::services
