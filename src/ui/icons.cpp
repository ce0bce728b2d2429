#include "icons.h"

namespace thidua::ui {

namespace {

QString fileName(Icon which) {
    switch (which) {
    case Icon::Application:
        return QStringLiteral("application");
    case Icon::Overview:
        return QStringLiteral("overview");
    case Icon::UnitsPeople:
        return QStringLiteral("units-people");
    case Icon::Clusters:
        return QStringLiteral("clusters");
    case Icon::Movements:
        return QStringLiteral("movements");
    case Icon::Registrations:
        return QStringLiteral("registrations");
    case Icon::Scoring:
        return QStringLiteral("scoring");
    case Icon::Voting:
        return QStringLiteral("voting");
    case Icon::Nominations:
        return QStringLiteral("nominations");
    case Icon::Awards:
        return QStringLiteral("awards");
    case Icon::Reports:
        return QStringLiteral("reports");
    case Icon::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

} // namespace

QIcon icon(Icon which) {
    return QIcon(QStringLiteral(":/icons/scalable/%1.svg").arg(fileName(which)));
}

} // namespace thidua::ui
