#include "awards_import.h"

#include "award_amount.h"
#include "award_repository.h"
#include "clock.h"
#include "import_subjects.h"
#include "import_year.h"
#include "service_context.h"
#include "service_text.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QHash>

#include <set>

namespace thidua::services::importing {

namespace {

enum Field {
    FullName,
    BirthDate,
    Unit,
    Collective,
    AwardName,
    Year,
    FirstYear,
    Kind,
    DecisionNumber,
    DecisionDate,
    Issuer,
    GoldenBook,
    Amount,
    Note
};

// Keys are stable: saved mappings name fields by them. Required groups: 1
// someone, 2 the award, 3–5 the decision's number, date and issuer.
constexpr std::array<FieldSpec, 14> fields{{
    fullNameField,
    birthDateField,
    inGroup(unitField, 1),
    collectiveField,
    {"award",
     QT_TRANSLATE_NOOP("thidua::services", "Title or form"),
     {"danh hieu", "hinh thuc khen thuong", "danh hieu hinh thuc", "danh hieu thi dua", "hinh thuc",
      "award"},
     2},
    {"year",
     QT_TRANSLATE_NOOP("thidua::services", "Year"),
     {"nam", "nam khen thuong", "nam dat", "den nam", "year"}},
    {"first_year",
     QT_TRANSLATE_NOOP("thidua::services", "First year"),
     {"tu nam", "nam bat dau", "giai doan tu nam", "first year"}},
    {"kind",
     QT_TRANSLATE_NOOP("thidua::services", "Kind"),
     {"loai hinh", "loai hinh khen thuong", "loai khen thuong", "kind"}},
    {"decision_number",
     QT_TRANSLATE_NOOP("thidua::services", "Decision number"),
     {"so quyet dinh", "quyet dinh so", "so qd", "quyet dinh", "decision number", "decision"},
     3},
    {"decision_date",
     QT_TRANSLATE_NOOP("thidua::services", "Decision date"),
     {"ngay quyet dinh", "ngay ky", "ngay ky quyet dinh", "ngay qd", "decision date"},
     4},
    {"issuer",
     QT_TRANSLATE_NOOP("thidua::services", "Issued by"),
     {"co quan ban hanh", "cap quyet dinh", "cap khen thuong", "nguoi ky", "issued by", "issuer"},
     5},
    {"golden_book_number",
     QT_TRANSLATE_NOOP("thidua::services", "Golden book number"),
     {"so vao so vang", "so so vang", "so vang", "golden book number"}},
    {"amount",
     QT_TRANSLATE_NOOP("thidua::services", "Amount"),
     {"so tien", "tien thuong", "muc thuong", "so tien thuong", "amount"}},
    {"note", QT_TRANSLATE_NOOP("thidua::services", "Note"), {"ghi chu", "note"}},
}};

// The catalogue's titles and forms by what offices write for them: the code
// (CSTDCS), the abbreviation (CSTĐCS) or the name, without diacritics or case.
class AwardNames {
public:
    explicit AwardNames(const std::vector<domain::AwardType>& catalogue) {
        for (const domain::AwardType& type : catalogue)
            for (const QString& name : {type.code, type.abbreviation, type.name})
                if (!name.isEmpty())
                    byKey_.insert(domain::vn::searchKey(name), type);
    }

    std::optional<domain::AwardType> find(ImportRow& row) const {
        const QString text = row.required(AwardName);
        if (text.isEmpty())
            return std::nullopt;
        const auto found = byKey_.constFind(domain::vn::searchKey(text));
        if (found != byKey_.cend())
            return *found;
        row.problem(AwardName, Text::tr("\"%1\" is not a title or form of the catalogue; write its "
                                        "name or abbreviation, e.g. LĐTT, CSTĐCS, Bằng khen của "
                                        "Bộ, ban, ngành, tỉnh.")
                                   .arg(text));
        return std::nullopt;
    }

private:
    QHash<QString, domain::AwardType> byKey_;
};

// The standing merit awards stored for the file's years: one per subject,
// code and year.
class AwardBook {
public:
    explicit AwardBook(storage::Database& db)
        : db_(db) {}

    Result<bool> stored(const SubjectKey& key) {
        if (loaded_.insert(key.year).second) {
            auto awards = storage::AwardRepository(db_).inYear(key.year);
            if (!awards)
                return std::unexpected(awards.error());
            for (const domain::Award& award : *awards)
                if (award.kind == domain::AwardKind::Merit && !award.revoked())
                    stored_.insert({award.year, award.personId, award.unitId, award.awardCode});
        }
        return stored_.contains(key);
    }

private:
    storage::Database& db_;
    std::set<int> loaded_;
    QSet<SubjectKey> stored_;
};

std::optional<domain::AwardKind> readKind(ImportRow& row) {
    const QString text = row.text(Kind);
    if (text.isEmpty())
        return domain::AwardKind::Merit;
    if (auto kind = domain::awardKindFromText(text))
        return kind;
    row.problem(Kind, Text::tr("\"%1\" is not a kind of award; write Công trạng, Đột xuất, "
                               "Chuyên đề, Cống hiến or Đối ngoại.")
                          .arg(text));
    return std::nullopt;
}

// "1.800.000", "1 800 000 đ": the sum; nothing with a problem otherwise.
std::optional<qint64> readAmount(ImportRow& row) {
    if (const auto amount = domain::vn::parseAmount(row.text(Amount)))
        return amount;
    row.problem(Amount, Text::tr("\"%1\" is not an amount in đồng.").arg(row.text(Amount)));
    return std::nullopt;
}

} // namespace

std::span<const FieldSpec> awardFields() {
    return fields;
}

Result<std::vector<AwardToImport>> checkAwards(const CheckInput& input, ImportProgress& progress,
                                               std::vector<ImportProblem>& problems) {
    const auto found = readColumns(input, fields, problems);
    if (!found)
        return std::vector<AwardToImport>{};
    const ColumnMap& columns = *found;
    const YearReader years(input.year, input.table.titles, input.clock.today().year());
    if (!years.checkFile(columns, Year, problems))
        return std::vector<AwardToImport>{};
    auto catalogue = storage::AwardRepository(input.db).catalogue(input.clock.today());
    if (!catalogue)
        return std::unexpected(catalogue.error());
    const AwardNames names(*catalogue);
    auto subjects = SubjectFinder::load(input, columns, {FullName, BirthDate, Unit, Collective});
    if (!subjects)
        return std::unexpected(subjects.error());
    AwardBook book(input.db);
    RepeatFinder repeats;

    std::vector<AwardToImport> result;
    auto ok = checkEachRow(input, columns, progress, problems, [&](ImportRow& row) -> Status {
        const auto subject = subjects->find(row);
        const auto type = names.find(row);
        const auto year = years.read(row, Year);
        const auto first = row.text(FirstYear).isEmpty() ? year : years.read(row, FirstYear);
        const auto kind = readKind(row);
        const QString number = row.required(DecisionNumber);
        const auto decided = row.date(DecisionDate);
        if (row.text(DecisionDate).isEmpty())
            row.required(DecisionDate);
        const QString issuer = row.required(Issuer);
        const auto amount = readAmount(row);
        if (!row.ok())
            return {};
        domain::Award award;
        award.awardCode = type->code;
        award.personId = subject->personId;
        award.unitId = subject->unitId;
        award.firstYear = *first;
        award.year = *year;
        award.kind = *kind;
        award.decisionNumber = number;
        award.decisionDate = *decided;
        award.issuer = issuer;
        award.goldenBookNumber = row.text(GoldenBook);
        award.amount = *amount;
        award.note = row.text(Note);
        if (auto refusal = domain::awardRefusal(award, &*type)) {
            row.problem(AwardName, *refusal);
            return {};
        }
        const SubjectKey key{award.year, award.personId, award.unitId, award.awardCode};
        if (award.kind == domain::AwardKind::Merit) {
            auto stored = book.stored(key);
            if (!stored)
                return std::unexpected(stored.error());
            if (*stored)
                row.problem(AwardName, Text::tr("%1 already has %2 for %3.")
                                           .arg(subject->name, type->name)
                                           .arg(award.year));
            else if (const int earlier = repeats.earlierLine(key, row.line()); earlier > 0)
                row.problem(AwardName, Text::tr("%1 has %2 for %3 twice in this file: on line %4 "
                                                "and on this line.")
                                           .arg(subject->name, type->name)
                                           .arg(award.year)
                                           .arg(earlier));
        }
        if (!row.ok())
            return {};
        if (award.amount == 0) {
            auto computed =
                awardAmountOn(input.db, award.awardCode, award.subject(), award.decisionDate);
            if (!computed)
                return std::unexpected(computed.error());
            award.amount = *computed;
        }
        result.push_back({row.line(), std::move(award)});
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Status writeAwards(ServiceContext& context, std::vector<AwardToImport>& awards,
                   ImportProgress& progress, qint64 checked) {
    storage::AwardRepository repository(context.db);
    AuditedInserts audited(context);
    return writeEach(awards, progress, checked, [&](AwardToImport& entry) -> Status {
        return audited.insert(repository, QStringLiteral("award"), entry.award);
    });
}

} // namespace thidua::services::importing
