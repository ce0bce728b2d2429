#pragma once

#include "document.h"
#include "scoring_service.h"

namespace thidua::ui {

// A unit's score sheet as a document with one table under its title, for
// the XLSX and CSV renderers: the XLSX reader takes the table's header as the
// first row with two filled cells, and the CSV writer writes the table only,
// so the file imports back as `thidua import scores` reads it.
documents::Document scoreSheetDocument(const services::ScoreSheetFile& file);

} // namespace thidua::ui
