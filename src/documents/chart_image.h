#pragma once

#include "document.h"
#include "page_layout.h"
#include "result.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

// A chart as a picture, for the files that carry it as one (DOCX, HTML):
// drawn by the same routine as the PDF's vectors (chart_painter.h), so all
// renderers agree. Needs a QGuiApplication.
namespace thidua::documents {

// Sharp when printed, a few tens of kilobytes a chart.
inline constexpr int kChartDotsPerInch = 200;

// A PNG of `chart` drawn at `sizeMm` on white, in `fontFamily`.
Result<QByteArray> chartPng(const Chart& chart, const QSizeF& sizeMm, const QString& fontFamily,
                            int dotsPerInch = kChartDotsPerInch);

struct ChartPicture {
    QSizeF sizeMm; // As printed: chartSize() in the text area.
    QByteArray png;
};

// The chart as a page of `geometry` prints it, drawn in `fontFamily`, which is
// resolved on the first chart when empty (documentFontFamily: on the GUI
// thread only) and kept for the next.
Result<ChartPicture> chartPicture(const Chart& chart, const PageGeometry& geometry,
                                  QString& fontFamily);

} // namespace thidua::documents
