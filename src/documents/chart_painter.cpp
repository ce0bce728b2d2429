#include "chart_painter.h"

#include "font_resolver.h"
#include "page_layout.h"
#include "vietnamese_format.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <array>
#include <cmath>

namespace thidua::documents {

namespace {

// Muted, and still told apart when printed in black and white.
constexpr std::array<QRgb, 5> kSeriesColours{0x4a6f96, 0xa6a6a6, 0x2f3e4e, 0x9db9d3, 0x6b6b6b};
constexpr QRgb kGridColour = 0xd9d9d9;
constexpr QRgb kAxisColour = 0x404040;

// Millimetres.
constexpr double kPadding = 2.0;
constexpr double kGap = 1.5;
constexpr double kBandPerSeries = 5.0; // A bar of a unit, and the room around it.
constexpr double kMinimumBand = 9.0;   // Two lines of a unit's name.
constexpr double kBarsFixed = 16.0;    // The axis, its labels and the unit under them.
constexpr double kLegend = 7.0;
constexpr double kColumnsHeight = 85.0;
constexpr double kMinimumHeight = 40.0;
constexpr double kMaximumShare = 0.8; // Of the text area's height: the caption fits under it.
constexpr double kThickestBar = 7.0;
constexpr double kWidestColumn = 14.0;

constexpr double kLabelPoints = 10.0;
constexpr double kValuePoints = 9.5;
constexpr double kAxisPoints = 9.0;
constexpr int kTicks = 5;

QColor seriesColour(qsizetype index) {
    return QColor(kSeriesColours.at(size_t(index) % kSeriesColours.size()));
}

double largestValue(const Chart& chart) {
    double largest = 0;
    for (const ChartSeries& series : chart.series) {
        for (const double value : series.values) {
            largest = std::max(largest, value);
        }
    }
    return largest;
}

// A round step that gives about kTicks gridlines up to `largest`: 1, 2, 2.5
// or 5 times a power of ten.
double niceStep(double largest) {
    if (largest <= 0) {
        return 1;
    }
    const double rough = largest / kTicks;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor * power >= rough) {
            return factor * power;
        }
    }
    return 10 * power;
}

// Everything both kinds of chart draw with: the painter, fonts and the scale.
struct Canvas {
    Canvas(QPainter& painter, const QString& family, double dotsPerInch, const Chart& chart)
        : painter(painter)
        , chart(chart)
        , label(documentFont(family, FontSpec{kLabelPoints, false, false}))
        , value(documentFont(family, FontSpec{kValuePoints, false, false}))
        , axis(documentFont(family, FontSpec{kAxisPoints, false, false}))
        , dotsPerInch(dotsPerInch)
        , step(niceStep(largestValue(chart)))
        , top(step * std::max(1.0, std::ceil(largestValue(chart) / step))) {}

    double dots(double millimetres) const { return millimetresToDots(millimetres, dotsPerInch); }
    QFontMetricsF metrics(const QFont& font) const { return QFontMetricsF(font, painter.device()); }
    double lineHeight(const QFont& font) const { return metrics(font).height(); }
    double width(const QFont& font, const QString& text) const {
        return metrics(font).horizontalAdvance(text);
    }

    void text(const QFont& font, const QRectF& box, int flags, const QString& text) {
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(box, flags, text);
    }
    void line(QPointF from, QPointF to, QRgb colour, double thicknessMm) {
        painter.setPen(QPen(QColor(colour), dots(thicknessMm), Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(from, to);
    }
    void bar(const QRectF& box, qsizetype series) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(seriesColour(series));
        painter.drawRect(box);
    }

    // `text` in lines no wider than `width`, at most `maxLines`, the last one
    // elided when the text is longer: a unit's name never runs into its
    // neighbour's.
    QStringList wrapped(const QFont& font, const QString& text, double width, int maxLines) const {
        const QFontMetricsF fm = metrics(font);
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList lines;
        QString current;
        for (const QString& word : words) {
            const QString candidate = current.isEmpty() ? word : current + u' ' + word;
            if (current.isEmpty() || fm.horizontalAdvance(candidate) <= width) {
                current = candidate;
            } else if (lines.size() + 1 < maxLines) {
                lines.append(current);
                current = word;
            } else {
                current = candidate; // The last line takes the rest, elided.
            }
        }
        if (!current.isEmpty()) {
            lines.append(current);
        }
        for (QString& line : lines) {
            line = fm.elidedText(line, Qt::ElideRight, width);
        }
        return lines;
    }

    // The series' names in a row, centred over the chart; returns its height.
    double legend(const QRectF& area) {
        if (chart.series.size() < 2) {
            return 0;
        }
        const double swatch = dots(3.5);
        const double spacing = dots(5);
        double total = 0;
        for (const ChartSeries& series : chart.series) {
            total += swatch + dots(kGap) + width(label, series.name) + spacing;
        }
        total -= spacing;
        double x = area.left() + std::max(0.0, (area.width() - total) / 2);
        const double height = lineHeight(label);
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            const QString& name = chart.series.at(s).name;
            bar(QRectF(x, area.top() + (height - swatch) / 2, swatch, swatch), s);
            x += swatch + dots(kGap);
            text(label, QRectF(x, area.top(), width(label, name) + 1, height), Qt::AlignLeft, name);
            x += width(label, name) + spacing;
        }
        return dots(kLegend);
    }

    QString tick(int index) const { return domain::vn::formatDecimal(step * index, 2); }
    int ticks() const { return int(std::lround(top / step)); }
    double share(double value) const { return std::clamp(value / top, 0.0, 1.0); }

    QPainter& painter;
    const Chart& chart;
    QFont label;
    QFont value;
    QFont axis;
    const double dotsPerInch;
    const double step; // Between gridlines.
    const double top;  // The value at the end of the axis.
};

// One horizontal bar per unit, best first from the top; names on the left,
// values after the bars, the scale under them.
void paintBars(Canvas& canvas, QRectF area) {
    const Chart& chart = canvas.chart;
    area.setTop(area.top() + canvas.legend(area));
    const double axisText = canvas.lineHeight(canvas.axis);
    const double unitText = chart.valueLabel.isEmpty() ? 0 : canvas.lineHeight(canvas.label);
    const QRectF plotRows(area.left(), area.top(), area.width(),
                          area.height() - axisText - unitText - canvas.dots(kGap));
    const qsizetype count = chart.categories.size();
    const double band = plotRows.height() / double(count);
    // So many units that a line of a name is taller than a unit's band: smaller
    // names and values, however small, rather than one over the next.
    QFont names = canvas.label;
    QFont values = canvas.value;
    for (QFont* font : {&names, &values}) {
        const double fits = band * 0.95 / canvas.lineHeight(*font);
        if (fits < 1) {
            font->setPointSizeF(font->pointSizeF() * fits);
        }
    }
    const int maxLines = std::max(1, int(std::floor(band * 0.95 / canvas.lineHeight(names))));

    // Names take what they need, up to 38 % of the width.
    QList<QStringList> nameLines;
    double namesWidth = 0;
    for (const QString& category : chart.categories) {
        nameLines.append(canvas.wrapped(names, category.normalized(QString::NormalizationForm_C),
                                        area.width() * 0.38, maxLines));
        for (const QString& line : nameLines.last()) {
            namesWidth = std::max(namesWidth, canvas.width(names, line));
        }
    }
    double valuesWidth = 0;
    for (const ChartSeries& series : chart.series) {
        for (const double value : series.values) {
            valuesWidth = std::max(valuesWidth, canvas.width(values, chartValue(chart, value)));
        }
    }
    const double left = area.left() + namesWidth + canvas.dots(2 * kGap);
    const double right = area.right() - valuesWidth - canvas.dots(2 * kGap);
    const double length = right - left;

    // Gridlines and the scale under them.
    for (int t = 0; t <= canvas.ticks(); ++t) {
        const double x = left + length * canvas.share(canvas.step * t);
        if (t > 0) {
            canvas.line({x, plotRows.top()}, {x, plotRows.bottom()}, kGridColour, 0.15);
        }
        const QString tick = canvas.tick(t);
        const double w = canvas.width(canvas.axis, tick) + 2;
        canvas.text(canvas.axis,
                    QRectF(x - w / 2, plotRows.bottom() + canvas.dots(0.8), w, axisText),
                    Qt::AlignHCenter | Qt::AlignTop, tick);
    }
    if (unitText > 0) {
        canvas.text(
            canvas.label,
            QRectF(left, plotRows.bottom() + axisText + canvas.dots(kGap), length, unitText),
            Qt::AlignHCenter | Qt::AlignTop, chart.valueLabel);
    }

    const qsizetype seriesCount = chart.series.size();
    const double thickness = std::min(band * 0.7 / double(seriesCount), canvas.dots(kThickestBar));
    const double lineHeight = canvas.lineHeight(names);
    for (qsizetype c = 0; c < count; ++c) {
        const double bandTop = plotRows.top() + band * double(c);
        const QStringList& lines = nameLines.at(c);
        const double namesTop = bandTop + (band - lineHeight * double(lines.size())) / 2;
        for (qsizetype l = 0; l < lines.size(); ++l) {
            canvas.text(
                names,
                QRectF(area.left(), namesTop + lineHeight * double(l), namesWidth + 1, lineHeight),
                Qt::AlignRight | Qt::AlignVCenter, lines.at(l));
        }
        const double barsTop = bandTop + (band - thickness * double(seriesCount)) / 2;
        for (qsizetype s = 0; s < seriesCount; ++s) {
            const double value = chart.series.at(s).values.value(c);
            const QRectF bar(left, barsTop + thickness * double(s), length * canvas.share(value),
                             thickness);
            canvas.bar(bar, s);
            canvas.text(
                values,
                QRectF(bar.right() + canvas.dots(kGap), bar.top(), valuesWidth + 1, bar.height()),
                Qt::AlignLeft | Qt::AlignVCenter, chartValue(chart, value));
        }
    }
    canvas.line({left, plotRows.top()}, {left, plotRows.bottom()}, kAxisColour, 0.25);
    canvas.line({left, plotRows.bottom()}, {right, plotRows.bottom()}, kAxisColour, 0.25);
}

// Categories along the bottom, a column per series in each, side by side, the
// value over each column; the unit over the scale on the left.
void paintColumns(Canvas& canvas, QRectF area) {
    const Chart& chart = canvas.chart;
    area.setTop(area.top() + canvas.legend(area));
    const double unitText = chart.valueLabel.isEmpty() ? 0 : canvas.lineHeight(canvas.label);
    if (unitText > 0) {
        canvas.text(canvas.label, QRectF(area.left(), area.top(), area.width() / 2, unitText),
                    Qt::AlignLeft | Qt::AlignTop, chart.valueLabel);
    }
    double ticksWidth = 0;
    for (int t = 0; t <= canvas.ticks(); ++t) {
        ticksWidth = std::max(ticksWidth, canvas.width(canvas.axis, canvas.tick(t)));
    }
    const qsizetype count = chart.categories.size();
    const double left = area.left() + ticksWidth + canvas.dots(2 * kGap);
    const double groupWidth = (area.right() - left) / double(count);
    const double labelHeight = 2 * canvas.lineHeight(canvas.label);
    const double bottom = area.bottom() - labelHeight - canvas.dots(kGap);
    // Room over the tallest column for its value.
    const double plotTop = area.top() + unitText + canvas.lineHeight(canvas.value);
    const double height = bottom - plotTop;

    const double axisText = canvas.lineHeight(canvas.axis);
    for (int t = 0; t <= canvas.ticks(); ++t) {
        const double y = bottom - height * canvas.share(canvas.step * t);
        if (t > 0) {
            canvas.line({left, y}, {area.right(), y}, kGridColour, 0.15);
        }
        canvas.text(canvas.axis, QRectF(area.left(), y - axisText / 2, ticksWidth, axisText),
                    Qt::AlignRight | Qt::AlignVCenter, canvas.tick(t));
    }

    const qsizetype seriesCount = chart.series.size();
    const double columnWidth =
        std::min(groupWidth * 0.75 / double(seriesCount), canvas.dots(kWidestColumn));
    const double valueHeight = canvas.lineHeight(canvas.value);
    for (qsizetype c = 0; c < count; ++c) {
        const double groupLeft = left + groupWidth * double(c);
        const QStringList lines = canvas.wrapped(
            canvas.label, chart.categories.at(c).normalized(QString::NormalizationForm_C),
            groupWidth - canvas.dots(kGap), 2);
        const double lineHeight = canvas.lineHeight(canvas.label);
        for (qsizetype l = 0; l < lines.size(); ++l) {
            canvas.text(canvas.label,
                        QRectF(groupLeft, bottom + canvas.dots(0.8) + lineHeight * double(l),
                               groupWidth, lineHeight),
                        Qt::AlignHCenter | Qt::AlignTop, lines.at(l));
        }
        const double columnsLeft = groupLeft + (groupWidth - columnWidth * double(seriesCount)) / 2;
        for (qsizetype s = 0; s < seriesCount; ++s) {
            const double value = chart.series.at(s).values.value(c);
            const double columnHeight = height * canvas.share(value);
            const QRectF column(columnsLeft + columnWidth * double(s), bottom - columnHeight,
                                columnWidth, columnHeight);
            canvas.bar(column, s);
            // As wide as the group allows, so that "1.250" over a thin column stays whole.
            const double textWidth = groupWidth / double(seriesCount);
            canvas.text(canvas.value,
                        QRectF(column.center().x() - textWidth / 2, column.top() - valueHeight,
                               textWidth, valueHeight),
                        Qt::AlignHCenter | Qt::AlignBottom, chartValue(chart, value));
        }
    }
    canvas.line({left, plotTop}, {left, bottom}, kAxisColour, 0.25);
    canvas.line({left, bottom}, {area.right(), bottom}, kAxisColour, 0.25);
}

} // namespace

QSizeF chartSize(const Chart& chart, const QSizeF& textArea) {
    double height = kColumnsHeight;
    if (chart.kind == Chart::Kind::Bars) {
        const double band = std::max(
            kMinimumBand, kBandPerSeries * double(std::max<qsizetype>(1, chart.series.size())));
        height = kBarsFixed + band * double(chart.categories.size());
    }
    if (chart.series.size() > 1) {
        height += kLegend;
    }
    const double highest = textArea.height() * kMaximumShare;
    return {textArea.width(), std::clamp(height, std::min(kMinimumHeight, highest), highest)};
}

void paintChart(QPainter& painter, const QRectF& area, const Chart& chart,
                const QString& fontFamily, double dotsPerInch) {
    if (chart.categories.isEmpty() || chart.series.isEmpty()) {
        return; // Nothing to show; the caption still says what was meant.
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    Canvas canvas(painter, fontFamily, dotsPerInch, chart);
    const double padding = canvas.dots(kPadding);
    const QRectF inner = area.adjusted(padding, padding, -padding, -padding);
    if (chart.kind == Chart::Kind::Bars) {
        paintBars(canvas, inner);
    } else {
        paintColumns(canvas, inner);
    }
    painter.restore();
}

QString chartValue(const Chart& chart, double value) {
    const int decimals = std::max(0, chart.valueDecimals);
    QString text = domain::vn::formatDecimal(value, decimals);
    if (decimals > 0) {
        // formatDecimal drops trailing zeros; a chart's values line up with them.
        qsizetype comma = text.indexOf(QLatin1Char(','));
        if (comma < 0) {
            text += QLatin1Char(',');
            comma = text.size() - 1;
        }
        text += QString(decimals - (text.size() - comma - 1), QLatin1Char('0'));
    }
    return text;
}

} // namespace thidua::documents
