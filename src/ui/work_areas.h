#pragma once

#include <QString>

#include <span>

namespace thidua::ui {

// The work areas of the navigation, in the order a clerk meets them over an
// emulation year.
enum class Area {
    Overview,
    UnitsPeople,
    Clusters,
    Movements,
    Registrations,
    Scoring,
    Voting,
    Nominations,
    Awards,
    Reports,
    Settings,
};

struct WorkArea {
    Area area;
    const char* key;         // names the page ("overview" -> overviewPage) and screenshot files
    const char* title;       // untranslated; see areaTitle()
    const char* description; // one sentence on what the area is for; see areaDescription()
    const char* icon;        // resources/icons/scalable/<icon>.svg
};

// Every area in navigation order.
std::span<const WorkArea> workAreas();
const WorkArea& workArea(Area area);

QString areaTitle(const WorkArea& area);
QString areaDescription(const WorkArea& area);
// "overviewPage": the objectName of the area's page.
QString pageObjectName(const WorkArea& area);

} // namespace thidua::ui
