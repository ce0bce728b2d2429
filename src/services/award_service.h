#pragma once

#include "award.h"
#include "initiative.h"
#include "nomination.h"
#include "result.h"

#include <QDate>

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
    // amount of 0 is filled from the rule data.
    Status record(domain::Award& award);
    // Keeps the row, with the revoking decision (Luật, Điều 93).
    Status revoke(domain::RowId awardId, const QString& decision, QDate on, const QString& reason);
    Result<AwardHistory> historyOfPerson(domain::RowId personId);
    Result<AwardHistory> historyOfUnit(domain::RowId unitId);

    Status recordInitiative(domain::Initiative& initiative);
    // Marks the initiative as the ground of the award; refused when another
    // award already used it (it counts once: Công văn 5007/BNV-TĐKT).
    Status useInitiative(domain::RowId initiativeId, domain::RowId awardId);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
