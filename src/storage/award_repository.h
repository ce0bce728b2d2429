#pragma once

#include "award.h"
#include "result.h"

#include <QDate>

#include <optional>
#include <vector>

namespace thidua::storage {

class Database;

// Award records and the rule data they are read against: the catalogue of
// titles and forms, the reward coefficients and the base salary.
class AwardRepository {
public:
    explicit AwardRepository(Database& db)
        : db_(db) {}

    // A second standing merit award of the same code for the same subject and
    // year is refused as a conflict.
    Status insert(domain::Award& award);
    // Everything but the uuid and the subject.
    Status update(const domain::Award& award);
    // An award entered by mistake; the initiatives it used are freed.
    Status remove(domain::RowId id);
    // The number of nominations whose decision created the award.
    Result<qint64> decidingNominations(domain::RowId id);
    Result<domain::Award> find(domain::RowId id);
    // NoId when no award has the uuid (an undone record, say).
    Result<domain::RowId> idOf(const QString& uuid);
    // Oldest year first, then by precedence.
    Result<std::vector<domain::Award>> forPerson(domain::RowId personId);
    Result<std::vector<domain::Award>> forUnit(domain::RowId unitId);
    Result<std::vector<domain::Award>> inYear(int year);

    // Titles and forms in force on the date, highest precedence first.
    Result<std::vector<domain::AwardType>> catalogue(QDate on);
    // By code, whatever its dates.
    Result<std::optional<domain::AwardType>> type(const QString& code);
    // The coefficient in hundredths in force on the date; none when the rule
    // data has no row for the award and subject.
    Result<std::optional<int>> coefficient(const QString& awardCode, domain::TitleSubject subject,
                                           QDate on);
    Result<std::optional<qint64>> baseSalary(QDate on);

private:
    Database& db_;
};

} // namespace thidua::storage
