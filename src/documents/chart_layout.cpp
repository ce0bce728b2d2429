#include "chart_painter.h"
#include "layout_parts.h"

// A chart: the picture at the text width, its caption centred in italics
// under it, both on one page.
namespace thidua::documents::detail {

void layoutChart(LayoutContext& context, const Chart& chart) {
    const Typography& type = context.type;
    const QRectF area = context.pages.textArea();
    const QSizeF size = chartSize(chart, area.size());
    const FontSpec captionFont{type.captionPointSize, false, true};
    const QList<WrappedLine> caption =
        context.measure.wrap(chart.caption, captionFont, area.width());
    const double lineHeight = context.measure.lineHeight(captionFont);
    const double captionHeight =
        caption.isEmpty() ? 0 : type.captionGapMm + lineHeight * double(caption.size());

    context.pages.addSpacing(type.paragraphSpacingMm);
    context.pages.ensureSpace(size.height() + captionHeight);
    context.pages.addChart(
        QRectF(QPointF(area.left() + (area.width() - size.width()) / 2, context.pages.y()), size),
        chart);
    context.pages.advance(size.height());
    if (!caption.isEmpty()) {
        context.pages.advance(type.captionGapMm);
        const double ascent = context.measure.ascent(captionFont);
        for (const WrappedLine& line : caption) {
            context.pages.addText(alignedRun(line, captionFont, area.left(), area.width(),
                                             Alignment::Center, context.pages.y() + ascent));
            context.pages.advance(lineHeight);
        }
    }
    context.pages.addSpacing(type.afterTableMm);
}

} // namespace thidua::documents::detail
