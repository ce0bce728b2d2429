#include "scoring_print.h"

#include "agency_header.h"
#include "catalogue_service.h"
#include "cluster.h"
#include "cluster_service.h"
#include "report_text.h"
#include "vietnamese_format.h"
#include "workspace.h"

#include <algorithm>

namespace thidua::reports {

namespace {

using documents::Alignment;
using documents::Paragraph;

QString points(double value) {
    return domain::vn::formatDecimal(value);
}

// "Tổng kết năm 2018 của Cụm thi đua số II".
QString summaryOf(const ScoringPrint& print) {
    const int year = print.sheet.cluster.cluster.year;
    return (print.sheet.round.kind == domain::RoundKind::MidYear
                ? QStringLiteral("Sơ kết 6 tháng đầu năm %1 của %2")
                : QStringLiteral("Tổng kết năm %1 của %2"))
        .arg(year)
        .arg(print.clusterName);
}

documents::Document frame(const ScoringPrint& print, const QString& type) {
    documents::Document document;
    document.orientation = documents::Orientation::Landscape;
    document.header = clusterHeader(print.organiser, print.clusterName, print.place, print.date);
    document.documentType = type;
    document.summary = summaryOf(print);
    const domain::CriteriaTable& table = print.sheet.table;
    QString basis = QStringLiteral("Căn cứ Bảng tiêu chí chấm điểm thi đua năm %1 của %2")
                        .arg(table.year)
                        .arg(print.organiser);
    if (!table.document.isEmpty())
        basis += QStringLiteral(" (ban hành kèm theo %1)").arg(table.document);
    document.add(Paragraph{basis + QStringLiteral(", tổng %1 điểm; điểm của mỗi tiêu chí là "
                                                  "trung bình điểm của các đơn vị chấm.")
                                       .arg(points(table.total))});
    return document;
}

// What each criterion comes to for each unit, by the unit's row in the sheet.
std::vector<std::vector<double>> criterionPoints(const ScoringPrint& print) {
    const services::ScoringSheet& sheet = print.sheet;
    const domain::PointsGrid grid =
        domain::pointsGridOf(sheet.table, {sheet.unitIds, sheet.scores, domain::NoId});
    const domain::TotalsCalculator calculator(sheet.table);
    std::vector<std::vector<double>> values;
    for (const auto& row : grid.final)
        values.push_back(calculator.criterionPoints(row));
    return values;
}

std::size_t rowOf(const ScoringPrint& print, domain::RowId unitId) {
    return static_cast<std::size_t>(std::ranges::find(print.sheet.unitIds, unitId) -
                                    print.sheet.unitIds.begin());
}

void addNotes(documents::Document& document, const ScoringPrint& print) {
    int missing = 0;
    for (const domain::Standing& standing : print.standings)
        missing += standing.totals.missing;
    if (missing > 0)
        document.add(Paragraph{QStringLiteral("Còn %1 tiêu chí chưa có điểm chấm, được tính 0 "
                                              "điểm.")
                                   .arg(missing)});
    if (!print.sheet.round.closeReason.isEmpty())
        document.add(Paragraph{QStringLiteral("Đợt chấm điểm được khóa khi còn thiếu điểm, lý "
                                              "do: %1.")
                                   .arg(print.sheet.round.closeReason)});
}

documents::SignatureColumns signatures(const ScoringPrint& print) {
    return {{},
            {{QStringLiteral("Người lập biểu"), {}, {}},
             {QStringLiteral("TM. %1").arg(print.clusterName),
              QStringLiteral("Trưởng ") + domain::clusterKindWord(print.clusterKind).toLower(),
              {}}},
            2};
}

bool insideTotal(const domain::Criterion& criterion) {
    return !domain::isOutsideTotal(criterion);
}

} // namespace

Result<ScoringPrint> readScoringPrint(services::Workspace& workspace, domain::RowId clusterId,
                                      domain::RoundKind kind) {
    auto cluster = workspace.clusters().cluster(clusterId);
    if (!cluster)
        return std::unexpected(cluster.error());
    auto round = workspace.scoring().round(clusterId, kind);
    if (!round)
        return std::unexpected(round.error());
    if (!*round)
        return fail(
            ErrorCode::NotFound,
            Text::tr("%1 has not been opened yet.").arg(domain::roundName(kind, cluster->cluster)));
    auto sheet = workspace.scoring().sheet((*round)->id);
    auto standings = workspace.scoring().standings((*round)->id);
    auto organiser = workspace.catalogue().unit(cluster->cluster.organiserId);
    if (!sheet || !standings || !organiser)
        return std::unexpected(!sheet       ? sheet.error()
                               : !standings ? standings.error()
                                            : organiser.error());
    ScoringPrint print;
    print.organiser = organiser->name;
    print.clusterName = domain::clusterDisplayName(cluster->cluster);
    print.clusterKind = cluster->cluster.kind;
    print.place = clusterPlace(sheet->unitName(cluster->head()), print.organiser);
    print.date = (*round)->closedOn.value_or(QDate());
    print.sheet = std::move(*sheet);
    print.standings = std::move(*standings);
    return print;
}

documents::Document rankingDocument(const ScoringPrint& print) {
    documents::Document document =
        frame(print, QStringLiteral("Bảng tổng hợp kết quả chấm điểm, xếp hạng thi đua"));
    const domain::CriteriaTable& table = print.sheet.table;
    std::vector<std::size_t> groups; // the top criteria inside the total
    QStringList legend;
    for (std::size_t index = 0; index < table.criteria.size(); ++index) {
        const domain::Criterion& criterion = table.criteria[index];
        if (criterion.parent == -1 && insideTotal(criterion)) {
            groups.push_back(index);
            legend << QStringLiteral("%1 %2 (%3 điểm)")
                          .arg(criterion.code, criterion.title, points(criterion.maxPoints));
        }
    }
    document.add(
        Paragraph{QStringLiteral("Các nhóm tiêu chí: %1.").arg(legend.join(QStringLiteral("; ")))});

    documents::Table ranking;
    ranking.fontPointSize = 11;
    ranking.columns = {{QStringLiteral("Hạng"), 0.7, Alignment::Center},
                       {QStringLiteral("Đơn vị"), 3.4, Alignment::Left}};
    for (std::size_t group : groups)
        ranking.columns.append({table.criteria[group].code, 0.8, Alignment::Center});
    ranking.columns.append({QStringLiteral("Điểm thưởng"), 0.9, Alignment::Center});
    ranking.columns.append({QStringLiteral("Điểm trừ"), 0.9, Alignment::Center});
    ranking.columns.append({QStringLiteral("Tổng điểm"), 0.9, Alignment::Center});
    ranking.columns.append({QStringLiteral("Xếp loại"), 1.0, Alignment::Center});
    const auto values = criterionPoints(print);
    for (const domain::Standing& standing : print.standings) {
        const std::vector<double>& unit = values[rowOf(print, standing.unitId)];
        QStringList cells{QString::number(standing.rank), print.sheet.unitName(standing.unitId)};
        for (std::size_t group : groups)
            cells << points(unit[group]);
        cells << points(standing.totals.bonus) << points(standing.totals.penalty)
              << points(standing.totals.total()) << standing.rating;
        ranking.rows.append(documents::TableRow::data(cells));
    }
    document.add(ranking);
    addNotes(document, print);
    document.add(signatures(print));
    return document;
}

documents::Document scoringTableDocument(const ScoringPrint& print) {
    documents::Document document = frame(print, QStringLiteral("Bảng chấm điểm thi đua"));
    const domain::CriteriaTable& table = print.sheet.table;
    const auto values = criterionPoints(print);
    const domain::PointsGrid grid =
        domain::pointsGridOf(table, {print.sheet.unitIds, print.sheet.scores, domain::NoId});

    documents::Table sheet;
    sheet.fontPointSize = 9;
    sheet.columns = {{QStringLiteral("TT"), 0.6, Alignment::Center},
                     {QStringLiteral("Tiêu chí"), 3.6, Alignment::Left},
                     {QStringLiteral("Điểm tối đa"), 0.8, Alignment::Center}};
    for (const QString& name : print.sheet.unitNames)
        sheet.columns.append({name, 1.0, Alignment::Center});
    for (std::size_t index = 0; index < table.criteria.size(); ++index) {
        const domain::Criterion& criterion = table.criteria[index];
        const QString sign = criterion.kind == domain::CriterionKind::Bonus ? QStringLiteral("+")
                             : criterion.kind == domain::CriterionKind::Penalty
                                 ? QStringLiteral("−")
                                 : QString();
        QStringList cells{criterion.code, criterion.title, sign + points(criterion.maxPoints)};
        const bool group = domain::isGroup(table, static_cast<int>(index));
        for (std::size_t row = 0; row < print.sheet.unitIds.size(); ++row)
            cells << (group || grid.final[row][index] ? points(values[row][index])
                                                      : QStringLiteral("–"));
        sheet.rows.append(documents::TableRow::data(cells));
    }
    QStringList totals{{}, QStringLiteral("Tổng điểm"), points(table.total)};
    QStringList ranks{{}, QStringLiteral("Xếp hạng"), {}};
    for (domain::RowId unitId : print.sheet.unitIds) {
        const auto standing = std::ranges::find(print.standings, unitId, &domain::Standing::unitId);
        totals << points(standing->totals.total());
        ranks << QString::number(standing->rank);
    }
    sheet.rows.append(documents::TableRow::data(totals));
    sheet.rows.append(documents::TableRow::data(ranks));
    document.add(sheet);
    addNotes(document, print);
    document.add(signatures(print));
    return document;
}

} // namespace thidua::reports
