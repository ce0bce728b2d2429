#include "initiatives_import.h"

#include "clock.h"
#include "import_subjects.h"
#include "import_year.h"
#include "initiative_repository.h"
#include "service_context.h"
#include "service_text.h"
#include "vietnamese_text.h"

#include <QHash>

#include <algorithm>

namespace thidua::services::importing {

namespace {

enum Field {
    FullName,
    BirthDate,
    Unit,
    Title,
    Kind,
    Level,
    Year,
    DecisionNumber,
    DecisionDate,
    Issuer,
    Note
};

// Keys are stable: saved mappings name fields by them. Required groups: 1 the
// author, 2 the title, 3 the level.
constexpr std::array<FieldSpec, 11> fields{{
    fullNameField,
    birthDateField,
    unitField,
    {"title",
     QT_TRANSLATE_NOOP("thidua::services", "Initiative"),
     {"ten sang kien", "sang kien", "ten de tai", "de tai", "ten sang kien de tai", "initiative"},
     2},
    {"kind",
     QT_TRANSLATE_NOOP("thidua::services", "Kind"),
     {"loai", "sang kien hay de tai", "kind"}},
    {"level",
     QT_TRANSLATE_NOOP("thidua::services", "Level"),
     {"cap cong nhan", "cap", "pham vi anh huong", "pham vi", "level"},
     3},
    {"year", QT_TRANSLATE_NOOP("thidua::services", "Year"), {"nam", "nam cong nhan", "year"}},
    {"decision_number",
     QT_TRANSLATE_NOOP("thidua::services", "Decision number"),
     {"so quyet dinh", "quyet dinh so", "so qd", "quyet dinh", "decision number"}},
    {"decision_date",
     QT_TRANSLATE_NOOP("thidua::services", "Decision date"),
     {"ngay quyet dinh", "ngay ky", "ngay qd", "decision date"}},
    {"issuer",
     QT_TRANSLATE_NOOP("thidua::services", "Issued by"),
     {"co quan cong nhan", "co quan ban hanh", "cap quyet dinh", "issued by"}},
    {"note", QT_TRANSLATE_NOOP("thidua::services", "Note"), {"ghi chu", "note"}},
}};

std::optional<domain::InitiativeLevel> readLevel(ImportRow& row) {
    const QString text = row.required(Level);
    if (text.isEmpty())
        return std::nullopt;
    if (auto level = domain::initiativeLevelFromText(text))
        return level;
    row.problem(Level, Text::tr("\"%1\" is not a level of recognition; write Cấp cơ sở, Cấp Bộ, "
                                "tỉnh or Toàn quốc.")
                           .arg(text));
    return std::nullopt;
}

std::optional<domain::InitiativeKind> readKind(ImportRow& row) {
    const QString text = row.text(Kind);
    if (text.isEmpty())
        return domain::InitiativeKind::Initiative;
    if (auto kind = domain::initiativeKindFromText(text))
        return kind;
    row.problem(Kind,
                Text::tr("\"%1\" is neither an initiative nor research; write Sáng kiến or Đề tài.")
                    .arg(text));
    return std::nullopt;
}

// What an initiative is known by: its title without diacritics or case, and
// its year.
QString keyOf(const QString& title, int year) {
    return domain::vn::searchKey(title) + QLatin1Char('|') + QString::number(year);
}

// The initiatives stored for the file's authors.
class InitiativeBook {
public:
    explicit InitiativeBook(storage::Database& db)
        : db_(db) {}

    Result<bool> stored(domain::RowId personId, const QString& key) {
        auto known = keys_.constFind(personId);
        if (known == keys_.cend()) {
            auto read = storage::InitiativeRepository(db_).forPerson(personId);
            if (!read)
                return std::unexpected(read.error());
            QStringList keys;
            for (const domain::Initiative& initiative : *read)
                keys << keyOf(initiative.title, initiative.year);
            known = keys_.insert(personId, keys);
        }
        return known->contains(key);
    }

private:
    storage::Database& db_;
    QHash<domain::RowId, QStringList> keys_;
};

} // namespace

std::span<const FieldSpec> initiativeFields() {
    return fields;
}

Result<std::vector<InitiativeToImport>> checkInitiatives(const CheckInput& input,
                                                         ImportProgress& progress,
                                                         std::vector<ImportProblem>& problems) {
    const auto found = readColumns(input, fields, problems);
    if (!found)
        return std::vector<InitiativeToImport>{};
    const ColumnMap& columns = *found;
    const YearReader years(input.year, input.table.titles, input.clock.today().year());
    if (!years.checkFile(columns, Year, problems))
        return std::vector<InitiativeToImport>{};
    // Authors are people: no collective field.
    auto subjects = SubjectFinder::load(input, columns, {FullName, BirthDate, Unit, -1});
    if (!subjects)
        return std::unexpected(subjects.error());
    InitiativeBook book(input.db);
    QHash<QString, std::size_t> byKey; // the initiatives of the file so far

    std::vector<InitiativeToImport> result;
    auto ok = checkEachRow(input, columns, progress, problems, [&](ImportRow& row) -> Status {
        const auto author = subjects->find(row);
        const QString title = row.required(Title);
        const auto kind = readKind(row);
        const auto level = readLevel(row);
        const auto year = years.read(row, Year);
        const auto decided = row.date(DecisionDate);
        if (!row.ok())
            return {};
        const QString key = keyOf(title, *year);
        auto stored = book.stored(author->personId, key);
        if (!stored)
            return std::unexpected(stored.error());
        if (*stored) {
            row.problem(Title, Text::tr("%1 is already an author of \"%2\" (%3).")
                                   .arg(author->name, title)
                                   .arg(*year));
            return {};
        }
        if (const auto earlier = byKey.constFind(key); earlier != byKey.cend()) {
            domain::Initiative& initiative = *result[*earlier].initiative;
            if (std::ranges::find(initiative.authorIds, author->personId) !=
                initiative.authorIds.end()) {
                row.problem(
                    FullName,
                    Text::tr("%1 is named twice as an author of \"%2\".").arg(author->name, title));
            } else {
                initiative.authorIds.push_back(author->personId);
                result.push_back({row.line(), std::nullopt});
            }
            return {};
        }
        domain::Initiative initiative;
        initiative.title = title;
        initiative.kind = *kind;
        initiative.level = *level;
        initiative.year = *year;
        initiative.decisionNumber = row.text(DecisionNumber);
        initiative.decisionDate = decided.value_or(QDate());
        initiative.issuer = row.text(Issuer);
        initiative.authorIds = {author->personId};
        initiative.note = row.text(Note);
        byKey.insert(key, result.size());
        result.push_back({row.line(), std::move(initiative)});
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Status writeInitiatives(ServiceContext& context, std::vector<InitiativeToImport>& initiatives,
                        ImportProgress& progress, qint64 checked) {
    storage::InitiativeRepository repository(context.db);
    AuditedInserts audited(context);
    return writeEach(initiatives, progress, checked, [&](InitiativeToImport& entry) -> Status {
        return entry.initiative
                   ? audited.insert(repository, QStringLiteral("initiative"), *entry.initiative)
                   : Status{};
    });
}

} // namespace thidua::services::importing
