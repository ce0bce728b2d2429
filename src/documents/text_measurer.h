#pragma once

#include "font_spec.h"

#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

// Measures and wraps text in millimetres for one font family. Measures on a
// 300 dpi image, which gives the same advances as QPdfWriter at 300 dpi (the
// fonts are unhinted, see documentFont()). Not thread-safe; one per layout.
namespace thidua::documents {

struct WrappedLine {
    QString text;
    double width = 0;           // Natural width in millimetres.
    int spaces = 0;             // Spaces between words, for justification.
    bool endsParagraph = false; // Last line before a '\n' or the end: never justified.
};

class TextMeasurer {
public:
    explicit TextMeasurer(QString family);
    ~TextMeasurer();
    TextMeasurer(const TextMeasurer&) = delete;
    TextMeasurer& operator=(const TextMeasurer&) = delete;

    const QString& family() const { return m_family; }

    double width(const QString& text, const FontSpec& font);
    double lineHeight(const FontSpec& font);
    double ascent(const FontSpec& font);
    double descent(const FontSpec& font);

    // Greedy word wrap of the NFC form of `text`; runs of spaces collapse to one; '\n' breaks the
    // line; a word wider than the line is broken between characters. The first line may be narrower
    // (first-line indent). Empty text gives no lines. Remembered: a long list's cells repeat.
    QList<WrappedLine> wrap(const QString& text, const FontSpec& font, double lineWidth,
                            double firstLineWidth = -1);

private:
    struct WrapKey {
        QString text;
        FontSpec font;
        double lineWidth = 0;
        double firstLineWidth = 0;
        friend bool operator==(const WrapKey&, const WrapKey&) = default;
        friend size_t qHash(const WrapKey& key, size_t seed = 0) {
            return qHashMulti(seed, key.text, key.font.pointSize, key.font.bold, key.font.italic,
                              key.lineWidth, key.firstLineWidth);
        }
    };
    struct Face;
    Face& face(const FontSpec& font);
    void wrapHardLine(const QString& line, Face& face, double lineWidth, double firstLineWidth,
                      QList<WrappedLine>& out);

    QString m_family;
    QImage m_device;
    std::vector<std::unique_ptr<Face>> m_faces;
    QHash<WrapKey, QList<WrappedLine>> m_wrapped;
};

} // namespace thidua::documents
