#include "title_repository.h"

#include "query.h"

namespace thidua::storage {

namespace {

constexpr std::string_view TitleColumns = "code, name, abbreviation, subject, level, precedence,"
                                          " legal_basis, valid_from, valid_to";

domain::Title readTitle(const Statement& row) {
    domain::Title title;
    title.code = row.text(0);
    title.name = row.text(1);
    title.abbreviation = row.text(2);
    title.subject = row.text(3) == QStringLiteral("collective") ? domain::TitleSubject::Collective
                                                                : domain::TitleSubject::Individual;
    title.level = row.text(4);
    title.precedence = static_cast<int>(row.int64(5));
    title.legalBasis = row.text(6);
    title.validFrom = row.date(7);
    title.validTo = row.date(8);
    return title;
}

} // namespace

Result<std::vector<domain::Title>> TitleRepository::inForce(QDate date) {
    return selectAll<domain::Title>(
        db_,
        "SELECT " + std::string(TitleColumns) +
            " FROM title WHERE valid_from <= ?1 AND (valid_to IS NULL OR valid_to >= ?1)"
            " ORDER BY subject DESC, precedence",
        readTitle, date);
}

Result<std::vector<domain::Title>> TitleRepository::all() {
    return selectAll<domain::Title>(db_,
                                    "SELECT " + std::string(TitleColumns) +
                                        " FROM title ORDER BY subject DESC, precedence",
                                    readTitle);
}

} // namespace thidua::storage
