#include "work_areas.h"

#include <QCoreApplication>

#include <array>

namespace thidua::ui {

namespace {

// Translated where shown, so a language switch renames everything at once.
constexpr const char* Context = "thidua::ui::WorkArea";

constexpr std::array<WorkArea, 11> areas{{
    {Area::Overview, "overview", QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Overview"),
     QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Key figures of the selected emulation year."),
     "overview"},
    {Area::UnitsPeople, "people", QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Units & people"),
     QT_TRANSLATE_NOOP("thidua::ui::WorkArea",
                       "The units and the officials, civil servants and employees who work in "
                       "them."),
     "units-people"},
    {Area::Clusters, "clusters", QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Clusters & blocks"),
     QT_TRANSLATE_NOOP("thidua::ui::WorkArea",
                       "Set up each year's emulation clusters and blocks, their member units and "
                       "their head and deputy head units."),
     "clusters"},
    {Area::Movements, "movements", QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Emulation movements"),
     QT_TRANSLATE_NOOP("thidua::ui::WorkArea",
                       "Launch and follow regular, periodic and thematic emulation movements with "
                       "their goals, deadlines and results."),
     "movements"},
    {Area::Registrations, "registrations",
     QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Registrations"),
     QT_TRANSLATE_NOOP("thidua::ui::WorkArea",
                       "Collect the emulation registrations of individuals and collectives at the "
                       "start of the year and follow the titles they register for."),
     "registrations"},
    {Area::Scoring, "scoring", QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Scoring & ranking"),
     QT_TRANSLATE_NOOP("thidua::ui::WorkArea",
                       "Score units against their cluster's criteria table and rank them within "
                       "the cluster or block."),
     "scoring"},
    {Area::Voting, "voting", QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Voting"),
     QT_TRANSLATE_NOOP("thidua::ui::WorkArea",
                       "Hold the emulation and commendation council's votes on titles and awards, "
                       "with quorum, vote thresholds and minutes."),
     "voting"},
    {Area::Nominations, "nominations", QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Nominations"),
     QT_TRANSLATE_NOOP("thidua::ui::WorkArea",
                       "Prepare nomination files for higher-level awards, check the criteria and "
                       "print the lists and forms."),
     "nominations"},
    {Area::Awards, "awards", QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Awards"),
     QT_TRANSLATE_NOOP("thidua::ui::WorkArea",
                       "Record award decisions and bonuses and look up the award history of every "
                       "person and collective."),
     "awards"},
    {Area::Reports, "reports", QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Reports"),
     QT_TRANSLATE_NOOP("thidua::ui::WorkArea",
                       "Produce the summary reports and statistics on emulation and commendation "
                       "work that superiors ask for."),
     "reports"},
    {Area::Settings, "settings", QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Settings"),
     QT_TRANSLATE_NOOP("thidua::ui::WorkArea", "Preferences of this application on this computer."),
     "settings"},
}};

// workArea() indexes by the enum.
static_assert([] {
    for (std::size_t i = 0; i < areas.size(); ++i)
        if (areas[i].area != static_cast<Area>(i))
            return false;
    return true;
}());

} // namespace

std::span<const WorkArea> workAreas() {
    return areas;
}

const WorkArea& workArea(Area area) {
    return areas.at(static_cast<std::size_t>(area));
}

QString areaTitle(const WorkArea& area) {
    return QCoreApplication::translate(Context, area.title);
}

QString areaDescription(const WorkArea& area) {
    return QCoreApplication::translate(Context, area.description);
}

QString pageObjectName(const WorkArea& area) {
    return QLatin1String(area.key) + QStringLiteral("Page");
}

} // namespace thidua::ui
