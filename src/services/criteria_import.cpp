#include "criteria_import.h"

#include "import_row.h"
#include "service_text.h"
#include "vietnamese_text.h"

#include <algorithm>
#include <map>

namespace thidua::services::importing {

namespace {

enum Field { Code, Title, Kind, MaxPoints, PointsEach };

// Keys are stable: saved mappings name fields by them.
constexpr std::array<FieldSpec, 5> fields{{
    {"code",
     QT_TRANSLATE_NOOP("thidua::services", "Code"),
     {"ma", "ma tieu chi", "so thu tu", "code"},
     1},
    {"title",
     QT_TRANSLATE_NOOP("thidua::services", "Criterion"),
     {"tieu chi", "ten tieu chi", "noi dung", "noi dung tieu chi", "criterion", "title"},
     2},
    {"kind",
     QT_TRANSLATE_NOOP("thidua::services", "Kind"),
     {"loai", "loai tieu chi", "cach cham", "kind"}},
    {"max_points",
     QT_TRANSLATE_NOOP("thidua::services", "Maximum points"),
     {"diem toi da", "diem chuan", "so diem toi da", "diem", "maximum points", "points"},
     3},
    {"points_each",
     QT_TRANSLATE_NOOP("thidua::services", "Points each time"),
     {"diem moi lan", "diem 1 lan", "points each time"}},
}};

// The words organisers write for each kind, without diacritics.
const std::map<QString, domain::CriterionKind>& kindWords() {
    using domain::CriterionKind;
    static const std::map<QString, CriterionKind> words{
        {QStringLiteral("dinh luong"), CriterionKind::Quantitative},
        {QStringLiteral("theo chi tieu"), CriterionKind::Quantitative},
        {QStringLiteral("dat khong dat"), CriterionKind::PassFail},
        {QStringLiteral("dinh tinh"), CriterionKind::PassFail},
        {QStringLiteral("theo so lan"), CriterionKind::PerOccurrence},
        {QStringLiteral("cham thang"), CriterionKind::PerOccurrence},
        {QStringLiteral("diem thuong"), CriterionKind::Bonus},
        {QStringLiteral("cong"), CriterionKind::Bonus},
        {QStringLiteral("diem tru"), CriterionKind::Penalty},
        {QStringLiteral("tru"), CriterionKind::Penalty},
    };
    return words;
}

std::optional<domain::CriterionKind> readKind(ImportRow& row) {
    const QString typed = row.text(Kind);
    QString key = domain::vn::searchKey(typed);
    key.replace(QLatin1Char('/'), QLatin1Char(' '));
    const auto found = kindWords().find(key.simplified());
    if (found != kindWords().end())
        return found->second;
    row.problem(Kind, Text::tr("\"%1\" is not a kind of criterion; write Định lượng, Đạt/không "
                               "đạt, Theo số lần, Điểm thưởng or Điểm trừ.")
                          .arg(typed));
    return std::nullopt;
}

struct ReadRow {
    int line = 0;
    domain::Criterion criterion;
    QString kindText;
};

} // namespace

std::optional<std::vector<domain::Criterion>> readCriteria(const interchange::SourceTable& table,
                                                           std::vector<ImportProblem>& problems) {
    ColumnMap columns(table.headers, fields);
    columns.requireFields();
    problems.insert(problems.end(), columns.problems().begin(), columns.problems().end());
    if (!columns.problems().empty())
        return std::nullopt;

    std::vector<ReadRow> read;
    std::map<QString, std::pair<int, int>> placeOf; // code to its index and line
    for (const interchange::SourceRow& source : table.rows) {
        ImportRow row(columns, source.line, source.cells, problems);
        domain::Criterion criterion;
        criterion.code = row.required(Code);
        criterion.title = row.text(Title);
        row.required(MaxPoints);
        const auto maxPoints = row.points(MaxPoints);
        const auto pointsEach = row.points(PointsEach);
        const QString key = codeKey(criterion.code);
        if (!criterion.code.isEmpty()) {
            const int dot = key.lastIndexOf(QLatin1Char('.'));
            if (const auto earlier = placeOf.find(key); earlier != placeOf.end())
                row.problem(Code, Text::tr("\"%1\" is on line %2 already.")
                                      .arg(criterion.code)
                                      .arg(earlier->second.second));
            else if (dot > 0) {
                const auto group = placeOf.find(key.left(dot));
                if (group == placeOf.end())
                    row.problem(Code, Text::tr("\"%1\" belongs to the group \"%2\", which is not "
                                               "on an earlier line.")
                                          .arg(criterion.code, criterion.code.left(dot)));
                else
                    criterion.parent = group->second.first;
            }
        }
        if (!row.ok())
            continue;
        criterion.maxPoints = *maxPoints;
        criterion.pointsEach = pointsEach.value_or(0);
        placeOf.emplace(key, std::pair{static_cast<int>(read.size()), row.line()});
        read.push_back({row.line(), criterion, row.text(Kind)});
    }

    // Only now is it known which rows are groups: an item says how it is
    // scored; a group only when it is a bonus or penalty group.
    std::vector<bool> group(read.size(), false);
    for (const ReadRow& row : read)
        if (row.criterion.parent >= 0)
            group[static_cast<std::size_t>(row.criterion.parent)] = true;
    std::vector<domain::Criterion> criteria;
    for (std::size_t index = 0; index < read.size(); ++index) {
        const interchange::SourceRow& source =
            *std::ranges::find(table.rows, read[index].line, &interchange::SourceRow::line);
        ImportRow row(columns, source.line, source.cells, problems);
        domain::Criterion criterion = read[index].criterion;
        const bool item = !group[index];
        if (item)
            row.required(Title);
        if (item && read[index].kindText.isEmpty())
            row.required(Kind);
        else if (!read[index].kindText.isEmpty())
            if (const auto kind = readKind(row))
                criterion.kind = *kind;
        criteria.push_back(criterion);
    }
    std::ranges::stable_sort(problems, {}, &ImportProblem::line);
    return problems.empty() ? std::optional(criteria) : std::nullopt;
}

QString codeKey(QString code) {
    while (code.endsWith(QLatin1Char('.')))
        code.chop(1);
    return domain::vn::searchKey(code);
}

double tableTotal(const std::vector<domain::Criterion>& criteria) {
    double total = 0;
    for (const domain::Criterion& criterion : criteria)
        if (criterion.parent == -1 && !domain::isOutsideTotal(criterion))
            total += criterion.maxPoints;
    return total;
}

} // namespace thidua::services::importing
