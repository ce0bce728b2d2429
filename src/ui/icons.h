#pragma once

#include <QIcon>

namespace thidua::ui {

// The application's own icons (resources/icons/scalable), so the look does not
// depend on the desktop's icon theme; one enum instead of resource paths.
enum class Icon {
    Application,
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

QIcon icon(Icon which);

} // namespace thidua::ui
