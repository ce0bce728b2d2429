#include "page_painter.h"

#include "font_resolver.h"

#include <QPainter>
#include <QPen>

#include <utility>
#include <vector>

namespace thidua::documents {

namespace {

// A handful of font specs per document: a linear cache is enough.
class FontCache {
public:
    explicit FontCache(QString family)
        : m_family(std::move(family)) {}

    const QFont& font(const FontSpec& spec) {
        for (const auto& [key, font] : m_fonts) {
            if (key == spec) {
                return font;
            }
        }
        m_fonts.emplace_back(spec, documentFont(m_family, spec));
        return m_fonts.back().second;
    }

private:
    QString m_family;
    std::vector<std::pair<FontSpec, QFont>> m_fonts;
};

} // namespace

void paintPage(QPainter& painter, const LaidOutPage& page, const QString& fontFamily,
               double dotsPerInch) {
    auto dots = [dotsPerInch](double millimetres) {
        return millimetresToDots(millimetres, dotsPerInch);
    };
    FontCache fonts(fontFamily);
    painter.setPen(QPen(Qt::black));
    for (const TextRun& run : page.texts) {
        if (run.wordSpacing != 0) {
            QFont font = fonts.font(run.font);
            font.setWordSpacing(dots(run.wordSpacing));
            painter.setFont(font);
        } else {
            painter.setFont(fonts.font(run.font));
        }
        painter.drawText(QPointF(dots(run.baseline.x()), dots(run.baseline.y())), run.text);
    }
    for (const Rule& rule : page.rules) {
        painter.setPen(QPen(Qt::black, dots(rule.thickness), Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(dots(rule.from.x()), dots(rule.from.y())),
                         QPointF(dots(rule.to.x()), dots(rule.to.y())));
    }
}

} // namespace thidua::documents
