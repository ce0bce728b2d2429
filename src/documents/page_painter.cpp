#include "page_painter.h"

#include "chart_painter.h"
#include "font_resolver.h"

#include <QPainter>
#include <QPen>
#include <QTextLayout>

namespace thidua::documents {

PagePainter::PagePainter(QPainter& painter, QString fontFamily, double dotsPerInch)
    : m_painter(painter)
    , m_family(std::move(fontFamily))
    , m_dotsPerInch(dotsPerInch) {}

double PagePainter::dots(double millimetres) const {
    return millimetresToDots(millimetres, m_dotsPerInch);
}

qsizetype PagePainter::fontIndex(const FontSpec& spec) {
    for (qsizetype i = 0; i < qsizetype(m_fonts.size()); ++i) {
        if (m_fonts[size_t(i)].first == spec) {
            return i;
        }
    }
    m_fonts.emplace_back(spec, documentFont(m_family, spec));
    return qsizetype(m_fonts.size()) - 1;
}

// Shapes the run as QPainter::drawText would, on the painter's own device, with
// the glyph positions made relative to the left end of the baseline.
const QList<QGlyphRun>& PagePainter::shaped(const TextRun& run) {
    ShapedKey key{run.text, fontIndex(run.font), run.wordSpacing};
    if (const auto found = m_shaped.constFind(key); found != m_shaped.cend()) {
        return *found;
    }
    QFont font = m_fonts[size_t(key.font)].second;
    if (run.wordSpacing != 0) {
        font.setWordSpacing(dots(run.wordSpacing));
    }
    QTextLayout layout(run.text, font, m_painter.device());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    QList<QGlyphRun> glyphs = layout.glyphRuns();
    for (QGlyphRun& glyphRun : glyphs) {
        QList<QPointF> positions = glyphRun.positions();
        for (QPointF& position : positions) {
            position.ry() -= line.ascent();
        }
        glyphRun.setPositions(positions);
    }
    return *m_shaped.insert(std::move(key), std::move(glyphs));
}

void PagePainter::paint(const LaidOutPage& page) {
    m_painter.setPen(QPen(Qt::black));
    for (const TextRun& run : page.texts) {
        const QPointF baseline(dots(run.baseline.x()), dots(run.baseline.y()));
        for (const QGlyphRun& glyphRun : shaped(run)) {
            m_painter.drawGlyphRun(baseline, glyphRun);
        }
    }
    for (const Rule& rule : page.rules) {
        m_painter.setPen(QPen(Qt::black, dots(rule.thickness), Qt::SolidLine, Qt::FlatCap));
        m_painter.drawLine(QPointF(dots(rule.from.x()), dots(rule.from.y())),
                           QPointF(dots(rule.to.x()), dots(rule.to.y())));
    }
    for (const PlacedChart& placed : page.charts) {
        const QRectF& rect = placed.rect;
        paintChart(
            m_painter,
            QRectF(dots(rect.left()), dots(rect.top()), dots(rect.width()), dots(rect.height())),
            placed.chart, m_family, m_dotsPerInch);
    }
}

} // namespace thidua::documents
