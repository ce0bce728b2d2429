#pragma once

#include "laid_out_document.h"

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

class QPainter;

// Paints laid-out pages onto any QPainter (QPdfWriter here; a QPrinter or an
// on-screen preview the same way).
namespace thidua::documents {

// One per document and painter: it keeps every text it has shaped, because the
// same award names, units and headers recur on most lines of a long list and
// shaping them again for each drawText was most of the time spent writing a
// PDF. `dotsPerInch` is the resolution of the painter's device; the page's
// top-left is the painter's origin (for a QPrinter: setFullPage(true),
// margins 0).
class PagePainter {
public:
    PagePainter(QPainter& painter, QString fontFamily, double dotsPerInch);

    void paint(const LaidOutPage& page);

private:
    struct ShapedKey {
        QString text;
        qsizetype font = 0;
        double wordSpacing = 0;
        friend bool operator==(const ShapedKey&, const ShapedKey&) = default;
        friend size_t qHash(const ShapedKey& key, size_t seed = 0) {
            return qHashMulti(seed, key.text, key.font, key.wordSpacing);
        }
    };

    qsizetype fontIndex(const FontSpec& spec);
    const QList<QGlyphRun>& shaped(const TextRun& run);
    double dots(double millimetres) const;

    QPainter& m_painter;
    QString m_family;
    double m_dotsPerInch;
    std::vector<std::pair<FontSpec, QFont>> m_fonts; // A handful per document.
    QHash<ShapedKey, QList<QGlyphRun>> m_shaped;
};

} // namespace thidua::documents
