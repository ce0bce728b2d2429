#include "registrations_import.h"

#include "clock.h"
#include "import_subjects.h"
#include "import_year.h"
#include "lost_letters.h"
#include "period_opening.h"
#include "period_repository.h"
#include "registration_refusals.h"
#include "registration_repository.h"
#include "registration_rules.h"
#include "service_context.h"
#include "service_text.h"
#include "title_lookup.h"
#include "title_repository.h"

#include <QHash>

#include <map>

namespace thidua::services::importing {

namespace {

enum Field { FullName, BirthDate, Unit, Collective, Year, Title, RegisteredOn };

// Keys are stable: saved mappings name fields by them. Required groups: 1
// someone (see fullNameField), 2 the title.
constexpr std::array<FieldSpec, 7> fields{{
    fullNameField,
    birthDateField,
    inGroup(unitField, 1),
    collectiveField,
    {"year",
     QT_TRANSLATE_NOOP("thidua::services", "Year"),
     {"nam", "nam thi dua", "nam dang ky", "year"}},
    {"title",
     QT_TRANSLATE_NOOP("thidua::services", "Title"),
     {"danh hieu", "danh hieu dang ky", "danh hieu thi dua", "dang ky danh hieu", "ma danh hieu",
      "title"},
     2},
    {"registered_on",
     QT_TRANSLATE_NOOP("thidua::services", "Date registered"),
     {"ngay dang ky", "date registered", "registered on"}},
}};

// The registration screens' words (lupdate misreads them inside the class below);
// "L?TT" is LĐTT in a file that lost its letters, which must be said instead.
QString noSuchTitle(const QString& typed) {
    return valueLostLetters(typed) ? lostLettersMessage(typed)
                                   : Text::tr("There is no title \"%1\".").arg(typed);
}

// A title as the row writes it: its code, the clerks' abbreviation or its
// name, resolved as the registration sheet resolves what is typed into it.
class TitleFinder {
public:
    explicit TitleFinder(std::vector<domain::Title> titles)
        : titles_(std::move(titles)) {}

    const domain::Title* find(ImportRow& row) {
        const QString typed = row.required(Title);
        if (typed.isEmpty())
            return nullptr;
        auto title = byTyped_.constFind(typed);
        if (title == byTyped_.cend())
            title = byTyped_.insert(typed, domain::findTitle(titles_, typed));
        if (!*title)
            row.problem(Title, noSuchTitle(typed));
        return *title;
    }

private:
    std::vector<domain::Title> titles_;
    QHash<QString, const domain::Title*> byTyped_;
};

// The periods of the file's years and what is registered in them already: one
// registration per subject, title and period.
class RegistrationBook {
public:
    RegistrationBook(storage::Database& db, std::vector<domain::Period> periods)
        : db_(db)
        , periods_(std::move(periods)) {}

    // The year's period as recorded, or as the import will open it. Reads
    // the period's registrations the first time.
    Result<domain::Period> period(int year) {
        if (const auto known = byYear_.find(year); known != byYear_.end())
            return known->second;
        domain::Period period = domain::calendarYear(year);
        if (auto stored = storedPeriod(periods_, period)) {
            period = *stored;
            auto registrations = storage::RegistrationRepository(db_).inPeriod(period.id);
            if (!registrations)
                return std::unexpected(registrations.error());
            for (const domain::Registration& registration : *registrations)
                stored_.insert(
                    {year, registration.personId, registration.unitId, registration.titleCode},
                    registration.registeredOn);
        }
        byYear_.emplace(year, period);
        return period;
    }

    // The date of the same registration in the catalogue, if any.
    std::optional<QDate> stored(const SubjectKey& key) const {
        const auto found = stored_.constFind(key);
        return found == stored_.cend() ? std::nullopt : std::optional<QDate>(*found);
    }

private:
    storage::Database& db_;
    std::vector<domain::Period> periods_;
    std::map<int, domain::Period> byYear_;
    QHash<SubjectKey, QDate> stored_;
};

// Which column a refusal of the rules is about: the year of a closed period,
// the date outside its period, else the title.
int refusedField(const domain::Period& period, QDate registeredOn) {
    if (period.closed)
        return Year;
    return period.contains(registeredOn) ? Title : RegisteredOn;
}

} // namespace

std::span<const FieldSpec> registrationFields() {
    return fields;
}

Result<std::vector<RegistrationToImport>> checkRegistrations(const CheckInput& input,
                                                             ImportProgress& progress,
                                                             std::vector<ImportProblem>& problems) {
    const auto found = readColumns(input, fields, problems);
    if (!found)
        return std::vector<RegistrationToImport>{};
    const ColumnMap& columns = *found;
    const QDate today = input.clock.today();
    const YearReader years(input.year, input.table.titles, today.year() + 1);
    if (!years.checkFile(columns, Year, problems))
        return std::vector<RegistrationToImport>{};

    auto titles = storage::TitleRepository(input.db).all();
    auto periods = storage::PeriodRepository(input.db).all();
    auto subjects = SubjectFinder::load(input, columns, {FullName, BirthDate, Unit, Collective});
    if (!titles || !periods || !subjects)
        return std::unexpected(!titles    ? titles.error()
                               : !periods ? periods.error()
                                          : subjects.error());
    TitleFinder titleFinder(std::move(*titles));
    RegistrationBook book(input.db, std::move(*periods));
    RepeatFinder repeats;

    std::vector<RegistrationToImport> result;
    auto ok = checkEachRow(input, columns, progress, problems, [&](ImportRow& row) -> Status {
        const auto subject = subjects->find(row);
        const auto year = years.read(row, Year);
        const domain::Title* title = titleFinder.find(row);
        const auto registeredOn = row.date(RegisteredOn);
        if (!row.ok())
            return {};
        auto period = book.period(*year);
        if (!period)
            return std::unexpected(period.error());
        RegistrationToImport entry{row.line(), *year, {}};
        domain::Registration& registration = entry.registration;
        registration.periodId = period->id;
        registration.personId = subject->personId;
        registration.unitId = subject->unitId;
        registration.titleCode = title->code;
        registration.registeredOn =
            registeredOn.value_or(domain::defaultRegistrationDate(*period, today));
        if (auto refusal =
                domain::registrationRefusal(registration, *title, *period, subject->name)) {
            row.problem(refusedField(*period, registration.registeredOn), *refusal);
            return {};
        }
        const SubjectKey key{*year, subject->personId, subject->unitId, title->code};
        if (const auto stored = book.stored(key))
            row.problem(Title, alreadyRegistered(subject->name, *title, *period, *stored));
        else if (const int earlier = repeats.earlierLine(key, row.line()); earlier > 0)
            row.problem(Title, Text::tr("%1 is registered for %2 twice in this file: on line %3 "
                                        "and on this line.")
                                   .arg(subject->name, title->name)
                                   .arg(earlier));
        if (row.ok())
            result.push_back(std::move(entry));
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Status writeRegistrations(ServiceContext& context, std::vector<RegistrationToImport>& registrations,
                          ImportProgress& progress, qint64 checked) {
    storage::RegistrationRepository repository(context.db);
    AuditedInserts audited(context);
    std::map<int, domain::RowId> opened; // year -> the period this import opened
    return writeEach(registrations, progress, checked, [&](RegistrationToImport& entry) -> Status {
        domain::Registration& registration = entry.registration;
        if (registration.periodId == domain::NoId) {
            auto period = opened.find(entry.year);
            if (period == opened.end()) {
                auto made = openPeriod(context, domain::calendarYear(entry.year));
                if (!made)
                    return std::unexpected(made.error());
                period = opened.emplace(entry.year, made->id).first;
            }
            registration.periodId = period->second;
        }
        return audited.insert(repository, QStringLiteral("registration"), registration);
    });
}

} // namespace thidua::services::importing
