#pragma once

#include <QString>

#include <optional>

// The conference reports (domain brief §3, §4.5): which report, and whose.
namespace thidua::domain {

enum class ReportKind {
    YearEnd,         // báo cáo tổng kết: the whole year
    MidYear,         // báo cáo sơ kết: the first six months
    ModelConference, // hội nghị điển hình tiên tiến: the five years up to the year
};

enum class ReportScopeKind {
    Cluster,   // a cluster or block of one year
    Unit,      // a unit and the units below it
    Organiser, // every cluster an authority organises, and the units under it
};

// Who a report is about: a cluster-year, a unit or an organiser, by uuid so
// that what is kept with the report follows the row.
struct ReportKey {
    ReportKind kind = ReportKind::YearEnd;
    ReportScopeKind scope = ReportScopeKind::Cluster;
    QString scopeUuid;
    int year = 0;
};

// "tong-ket", "so-ket", "dien-hinh": the codes the schema and the CLI use.
QString reportKindCode(ReportKind kind);
std::optional<ReportKind> reportKindFromCode(const QString& code);
// "cluster", "unit", "organiser".
QString reportScopeCode(ReportScopeKind scope);

// The first year a five-year conference held in `year` looks back on: the
// conference of 2025 reviews 2021–2025.
constexpr int modelPeriodStart(int year) {
    return year - 4;
}

} // namespace thidua::domain
