#pragma once

#include "font_spec.h"
#include "result.h"

#include <QFont>
#include <QString>

// Chooses the document font: Times New Roman when the system has it, otherwise
// the bundled Liberation Serif (metric-compatible with Times New Roman and
// complete for Vietnamese), embedded as Qt resources under :/fonts/.
//
// Needs a QGuiApplication (QFontDatabase does): the functions return an error
// value when none exists. Call them from the GUI thread.
namespace thidua::documents {

enum class FontChoice {
    PreferTimesNewRoman, // Printing: use the real font when installed.
    BundledOnly,         // Reproducible layouts (golden tests): always the bundled font.
};

// Registers the four bundled faces with QFontDatabase on first use and returns
// their family name ("Liberation Serif").
Result<QString> bundledFontFamily();

Result<QString> resolveDocumentFontFamily(FontChoice choice = FontChoice::PreferTimesNewRoman);

// `given` when set (a family resolved earlier on the GUI thread, for a
// renderer running on a worker), otherwise resolved by `choice`. Fails without
// a QGuiApplication either way: text can be measured and drawn only with one.
Result<QString> documentFontFamily(const QString& given, FontChoice choice);

// The QFont used to measure and paint a run: point size, no kerning and no
// hinting, so widths depend only on the font's advance widths (identical for
// Times New Roman and Liberation Serif) and not on the device.
QFont documentFont(const QString& family, const FontSpec& spec);

} // namespace thidua::documents
