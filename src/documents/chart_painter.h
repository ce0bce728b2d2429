#pragma once

#include "document.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

// Draws a Chart the one way every renderer shows it: as vectors on the PDF's
// page, as the picture in a DOCX or HTML file (chart_image.h). Sober, as an
// official document's figures are: black serif text, muted bars, a thin axis
// and light gridlines. Needs a QGuiApplication (fonts).
namespace thidua::documents {

// The size, in millimetres, a chart takes in a text area: its full width, and
// a height that grows with the units of a bar chart (a fixed one for columns)
// but leaves room on the page for the caption under it.
QSizeF chartSize(const Chart& chart, const QSizeF& textArea);

// Paints `chart` into `area`, in the device pixels of the painter's device,
// whose resolution must be `dotsPerInch` (text is set in points). The caption
// is not drawn: each renderer sets it as text under the picture.
void paintChart(QPainter& painter, const QRectF& area, const Chart& chart,
                const QString& fontFamily, double dotsPerInch);

// A value as the chart prints it, Vietnamese style with the chart's digits
// after the comma: "95,5", "1.250".
QString chartValue(const Chart& chart, double value);

} // namespace thidua::documents
