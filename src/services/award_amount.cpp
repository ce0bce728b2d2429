#include "award_amount.h"

#include "award.h"
#include "award_repository.h"

namespace thidua::services {

Result<qint64> awardAmountOn(storage::Database& db, const QString& awardCode,
                             domain::TitleSubject subject, QDate decisionDate) {
    storage::AwardRepository awards(db);
    auto coefficient = awards.coefficient(awardCode, subject, decisionDate);
    if (!coefficient)
        return std::unexpected(coefficient.error());
    auto salary = awards.baseSalary(decisionDate);
    if (!salary)
        return std::unexpected(salary.error());
    if (!*coefficient || !*salary)
        return qint64{0};
    return domain::rewardAmount(**coefficient, **salary);
}

} // namespace thidua::services
