#include "scores_import.h"

#include "criteria_import.h"
#include "import_members.h"
#include "score_totals.h"
#include "service_text.h"
#include "vietnamese_format.h"

#include <algorithm>
#include <map>

namespace thidua::services::importing {

namespace {

enum Field { Unit, Code, Points, Note };

// Keys are stable: saved mappings name fields by them. "Tiêu chí" and "Điểm
// tối đa" are there for whoever fills the sheet in and are not read.
constexpr std::array<FieldSpec, 4> fields{{
    {"unit",
     QT_TRANSLATE_NOOP("thidua::services", "Unit"),
     {"don vi", "ten don vi", "don vi duoc cham", "unit"},
     1},
    {"criterion_code",
     QT_TRANSLATE_NOOP("thidua::services", "Criterion code"),
     {"ma tieu chi", "ma", "so thu tu tieu chi", "criterion code", "code"},
     2},
    {"points",
     QT_TRANSLATE_NOOP("thidua::services", "Points"),
     {"diem", "diem cham", "diem tu cham", "so diem", "points"},
     3},
    {"note",
     QT_TRANSLATE_NOOP("thidua::services", "Note"),
     {"ghi chu", "minh chung", "ly do", "note", "evidence", "reason"}},
}};

// The item the cell's code names ("I.1", "i.1" and "I.1." alike).
std::optional<int> readCriterion(ImportRow& row, const domain::CriteriaTable& table) {
    const QString typed = row.required(Code);
    if (typed.isEmpty())
        return std::nullopt;
    const QString wanted = codeKey(typed);
    for (std::size_t index = 0; index < table.criteria.size(); ++index) {
        if (codeKey(table.criteria[index].code) != wanted)
            continue;
        if (!domain::isGroup(table, static_cast<int>(index)))
            return static_cast<int>(index);
        row.problem(Code, Text::tr("\"%1\" is a group: give the points of its items.").arg(typed));
        return std::nullopt;
    }
    row.problem(Code, Text::tr("The criteria table has no criterion \"%1\".").arg(typed));
    return std::nullopt;
}

} // namespace

std::optional<ScoreRows> readScores(const ScoresFile& file, std::vector<ImportProblem>& problems) {
    ColumnMap columns(file.table.headers, fields);
    columns.requireFields();
    problems.insert(problems.end(), columns.problems().begin(), columns.problems().end());
    if (!columns.problems().empty())
        return std::nullopt;

    ScoreRows read{{}, 0, columns.header(Unit), columns.header(Note)};
    std::map<std::pair<domain::RowId, int>, int> lineOf; // unit and item to the line giving it
    for (const interchange::SourceRow& source : file.table.rows) {
        ImportRow row(columns, source.line, source.cells, problems);
        const QString pointsText = row.text(Points);
        if (pointsText.isEmpty())
            continue; // not scored yet: the sheet as exported, or a row left for later
        ++read.withPoints;
        const auto unit = readMember(row, Unit, file.cluster, file.units);
        const auto criterion = readCriterion(row, file.criteria);
        auto points = row.points(Points);
        if (points)
            points = domain::hundredths(*points);
        if (criterion && points)
            if (auto refusal = domain::pointsRefusal(file.criteria, *criterion, *points))
                row.problem(Points, *refusal);
        if (!row.ok())
            continue;
        const auto [given, first] = lineOf.try_emplace({*unit, *criterion}, row.line());
        if (!first) {
            row.problem(Code,
                        Text::tr("%1 of %2 is on line %3 already.")
                            .arg(domain::criterionLabel(
                                     file.criteria.criteria[static_cast<std::size_t>(*criterion)]),
                                 file.units(*unit))
                            .arg(given->second));
            continue;
        }
        const domain::RowId scorer = file.scorerId == domain::NoId ? *unit : file.scorerId;
        read.rows.push_back({row.line(), {*unit, *criterion, scorer, *points, row.text(Note)}});
    }
    return read;
}

ScoreSheetFile scoreSheetFile(const ScoringSheet& sheet, domain::RowId unitId) {
    // The headers the import knows first, in Vietnamese whatever the
    // language of the application: the sheet goes to the units as it is.
    ScoreSheetFile file{
        QStringLiteral("PHIẾU CHẤM ĐIỂM THI ĐUA"),
        QStringLiteral("%1 — %2").arg(sheet.unitName(unitId),
                                      domain::roundName(sheet.round.kind, sheet.cluster.cluster)),
        {QStringLiteral("Đơn vị"), QStringLiteral("Mã tiêu chí"), QStringLiteral("Tiêu chí"),
         QStringLiteral("Điểm tối đa"), QStringLiteral("Điểm"), QStringLiteral("Ghi chú")},
        {}};
    for (std::size_t index = 0; index < sheet.table.criteria.size(); ++index) {
        if (domain::isGroup(sheet.table, static_cast<int>(index)))
            continue;
        const domain::Criterion& item = sheet.table.criteria[index];
        const auto self = std::ranges::find_if(sheet.scores, [&](const domain::Score& score) {
            return score.unitId == unitId && score.isSelfScore() &&
                   score.criterion == static_cast<int>(index);
        });
        const bool scored = self != sheet.scores.end();
        file.rows.push_back({sheet.unitName(unitId), item.code, item.title,
                             domain::vn::formatDecimal(item.maxPoints),
                             scored ? domain::vn::formatDecimal(self->points) : QString(),
                             scored ? self->note : QString()});
    }
    return file;
}

} // namespace thidua::services::importing
