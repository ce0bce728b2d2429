#include "report_kind.h"

#include <array>
#include <utility>

namespace thidua::domain {

namespace {

constexpr std::array<std::pair<ReportKind, const char*>, 3> KindCodes{{
    {ReportKind::YearEnd, "tong-ket"},
    {ReportKind::MidYear, "so-ket"},
    {ReportKind::ModelConference, "dien-hinh"},
}};

} // namespace

QString reportKindCode(ReportKind kind) {
    for (const auto& [each, code] : KindCodes)
        if (each == kind)
            return QString::fromLatin1(code);
    return {};
}

std::optional<ReportKind> reportKindFromCode(const QString& code) {
    for (const auto& [kind, each] : KindCodes)
        if (code.trimmed().compare(QLatin1String(each), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

QString reportScopeCode(ReportScopeKind scope) {
    switch (scope) {
    case ReportScopeKind::Cluster:
        return QStringLiteral("cluster");
    case ReportScopeKind::Unit:
        return QStringLiteral("unit");
    case ReportScopeKind::Organiser:
        return QStringLiteral("organiser");
    }
    return {};
}

} // namespace thidua::domain
