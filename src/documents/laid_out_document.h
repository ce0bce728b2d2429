#pragma once

#include "document.h"
#include "font_spec.h"
#include "page_layout.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

// The result of layout: every page as positioned text runs, rules and charts, in
// millimetres from the page's top-left corner. Painters draw it as it is;
// tests compare it as text (layout_dump.h).
namespace thidua::documents {

struct TextRun {
    QPointF baseline;       // Left end of the baseline.
    double width = 0;       // Natural width, without the extra word spacing.
    double wordSpacing = 0; // Extra width added to each space (justified lines).
    FontSpec font;
    QString text;
};

struct Rule {
    QPointF from;
    QPointF to;
    double thickness = 0.2;
};

// A chart drawn as it is (chart_painter.h) in `rect`; its caption is text.
struct PlacedChart {
    QRectF rect;
    Chart chart;
};

struct LaidOutPage {
    QList<TextRun> texts;
    QList<Rule> rules;
    QList<PlacedChart> charts;
};

struct LaidOutDocument {
    PageGeometry geometry;
    QString fontFamily;
    QString title; // For the PDF metadata.
    QList<LaidOutPage> pages;
};

} // namespace thidua::documents
