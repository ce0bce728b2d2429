#pragma once

#include "laid_out_document.h"

class QPainter;

// Paints laid-out pages onto any QPainter (QPdfWriter here; a QPrinter or an
// on-screen preview the same way).
namespace thidua::documents {

// `dotsPerInch` is the resolution of the painter's device; the page's top-left
// is the painter's origin (for a QPrinter: setFullPage(true), margins 0).
void paintPage(QPainter& painter, const LaidOutPage& page, const QString& fontFamily,
               double dotsPerInch);

} // namespace thidua::documents
