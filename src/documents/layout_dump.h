#pragma once

#include "laid_out_document.h"

#include <QString>

// A laid-out document as stable, line-oriented text for golden tests: one line
// per page, text run, rule and chart, lengths in millimetres rounded to 0.1. The font
// family is left out on purpose: the layout depends only on the advance widths,
// which Times New Roman and Liberation Serif share.
namespace thidua::documents {

QString dumpLayout(const LaidOutDocument& document);

} // namespace thidua::documents
