#include "page_composer.h"

#include <algorithm>
#include <utility>

namespace thidua::documents {

namespace {

// Rounding in the measurements must not push a line that fits to the next page.
constexpr double kTolerance = 0.01;

} // namespace

PageComposer::PageComposer(const PageGeometry& geometry)
    : m_area(geometry.textArea()) {
    newPage();
}

bool PageComposer::fits(double height) const {
    return height <= remaining() + kTolerance;
}

void PageComposer::newPage() {
    m_pages.append(LaidOutPage{});
    m_y = m_area.top();
}

void PageComposer::ensureSpace(double height) {
    if (!fits(height) && !atPageTop()) {
        newPage();
    }
}

void PageComposer::addSpacing(double height) {
    if (!atPageTop()) {
        m_y = std::min(m_y + height, m_area.bottom());
    }
}

void PageComposer::addText(TextRun run) {
    m_pages.last().texts.append(std::move(run));
}

void PageComposer::addRule(QPointF from, QPointF to, double thickness) {
    m_pages.last().rules.append(Rule{from, to, thickness});
}

void PageComposer::addChart(const QRectF& rect, const Chart& chart) {
    m_pages.last().charts.append(PlacedChart{rect, chart});
}

QList<LaidOutPage> PageComposer::takePages() {
    return std::exchange(m_pages, {});
}

} // namespace thidua::documents
