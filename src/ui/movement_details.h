#pragma once

#include <QString>

namespace thidua::ui {

class UnitCatalogue;
struct ListedMovement;

// The movement in full as rich text for the page's detail pane: kind,
// period, who launched it, when and by which document, the targets
// numbered, every review date, then the units taking part (the long part).
QString movementDetailsHtml(const ListedMovement& listed, const UnitCatalogue& units);

} // namespace thidua::ui
