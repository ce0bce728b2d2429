#include "layout_dump.h"

#include <QTextStream>

#include <cmath>

namespace thidua::documents {

namespace {

QString mm(double value) {
    const double rounded = std::round(value * 10) / 10;
    return QString::number(rounded == 0 ? 0.0 : rounded, 'f', 1);
}

QString point(QPointF p) {
    return mm(p.x()) + QLatin1Char(',') + mm(p.y());
}

QString font(const FontSpec& spec) {
    QString text = QString::number(spec.pointSize, 'g', 4) + QStringLiteral("pt");
    if (spec.bold) {
        text += QStringLiteral(" bold");
    }
    if (spec.italic) {
        text += QStringLiteral(" italic");
    }
    return text;
}

} // namespace

QString dumpLayout(const LaidOutDocument& document) {
    QString out;
    QTextStream stream(&out);
    const PageGeometry& geometry = document.geometry;
    stream << "layout " << mm(geometry.pageSize.width()) << " x " << mm(geometry.pageSize.height())
           << " mm, text area " << point(geometry.textArea().topLeft()) << " -> "
           << point(geometry.textArea().bottomRight()) << ", " << document.pages.size()
           << " page(s)\n";
    for (qsizetype i = 0; i < document.pages.size(); ++i) {
        const LaidOutPage& page = document.pages.at(i);
        stream << "page " << (i + 1) << '\n';
        for (const TextRun& run : page.texts) {
            stream << "  text " << point(run.baseline) << " w=" << mm(run.width);
            if (run.wordSpacing != 0) {
                stream << " ws=" << QString::number(run.wordSpacing, 'f', 2);
            }
            stream << ' ' << font(run.font) << " \"" << run.text << "\"\n";
        }
        for (const Rule& rule : page.rules) {
            stream << "  rule " << point(rule.from) << " -> " << point(rule.to)
                   << " t=" << QString::number(rule.thickness, 'f', 2) << '\n';
        }
        for (const PlacedChart& placed : page.charts) {
            stream << "  chart " << (placed.chart.kind == Chart::Kind::Bars ? "bars" : "columns")
                   << ' ' << placed.chart.categories.size() << " categories x "
                   << placed.chart.series.size() << " series " << point(placed.rect.topLeft())
                   << " -> " << point(placed.rect.bottomRight()) << '\n';
        }
    }
    return out;
}

} // namespace thidua::documents
