#pragma once

#include "laid_out_document.h"

// Internal to the layout engine: the pages being filled and the cursor on the
// current one. Lengths in millimetres.
namespace thidua::documents {

class PageComposer {
public:
    explicit PageComposer(const PageGeometry& geometry);

    const QRectF& textArea() const { return m_area; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void advance(double height) { m_y += height; }
    double remaining() const { return m_area.bottom() - m_y; }
    bool fits(double height) const;
    bool atPageTop() const { return m_y <= m_area.top(); }
    // The height of a fresh page's text area.
    double pageHeight() const { return m_area.height(); }

    void newPage();
    // Starts a new page unless `height` fits below the cursor or the cursor is
    // already at the top of a page.
    void ensureSpace(double height);
    // Vertical space that disappears at the top of a page.
    void addSpacing(double height);

    void addText(TextRun run);
    void addRule(QPointF from, QPointF to, double thickness);
    void addChart(const QRectF& rect, const Chart& chart);

    QList<LaidOutPage> takePages();

private:
    QRectF m_area;
    double m_y = 0;
    QList<LaidOutPage> m_pages;
};

} // namespace thidua::documents
