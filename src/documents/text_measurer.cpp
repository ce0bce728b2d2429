#include "text_measurer.h"

#include "font_resolver.h"
#include "page_layout.h"

#include <QTextBoundaryFinder>

#include <utility>

namespace thidua::documents {

namespace {

constexpr double kMeasureDpi = 300.0;
constexpr int kDotsPerMetre = 11811; // 300 dpi

} // namespace

struct TextMeasurer::Face {
    Face(const QFont& font, const QPaintDevice* device, FontSpec spec)
        : spec(spec)
        , metrics(font, device)
        , space(dotsToMillimetres(metrics.horizontalAdvance(QLatin1Char(' ')), kMeasureDpi)) {}

    double width(const QString& text) const {
        return dotsToMillimetres(metrics.horizontalAdvance(text), kMeasureDpi);
    }

    FontSpec spec;
    QFontMetricsF metrics;
    double space;
};

TextMeasurer::TextMeasurer(QString family)
    : m_family(std::move(family))
    , m_device(8, 8, QImage::Format_RGB32) {
    m_device.setDotsPerMeterX(kDotsPerMetre);
    m_device.setDotsPerMeterY(kDotsPerMetre);
}

TextMeasurer::~TextMeasurer() = default;

TextMeasurer::Face& TextMeasurer::face(const FontSpec& font) {
    for (const auto& existing : m_faces) {
        if (existing->spec == font) {
            return *existing;
        }
    }
    m_faces.push_back(std::make_unique<Face>(documentFont(m_family, font), &m_device, font));
    return *m_faces.back();
}

double TextMeasurer::width(const QString& text, const FontSpec& font) {
    return face(font).width(text);
}

double TextMeasurer::lineHeight(const FontSpec& font) {
    return dotsToMillimetres(face(font).metrics.lineSpacing(), kMeasureDpi);
}

double TextMeasurer::ascent(const FontSpec& font) {
    return dotsToMillimetres(face(font).metrics.ascent(), kMeasureDpi);
}

double TextMeasurer::descent(const FontSpec& font) {
    return dotsToMillimetres(face(font).metrics.descent(), kMeasureDpi);
}

QList<WrappedLine> TextMeasurer::wrap(const QString& text, const FontSpec& font, double lineWidth,
                                      double firstLineWidth) {
    if (firstLineWidth < 0) {
        firstLineWidth = lineWidth;
    }
    WrapKey key{text, font, lineWidth, firstLineWidth};
    if (const auto found = m_wrapped.constFind(key); found != m_wrapped.cend()) {
        return *found;
    }
    QList<WrappedLine> lines;
    Face& f = face(font);
    // Text typed with combining marks (NFD) is shaped and stored as NFC.
    const QStringList hardLines =
        text.normalized(QString::NormalizationForm_C).split(QLatin1Char('\n'));
    for (const QString& hardLine : hardLines) {
        wrapHardLine(hardLine, f, lineWidth, lines.isEmpty() ? firstLineWidth : lineWidth, lines);
    }
    // A text that was only blanks gives no lines at all.
    while (!lines.isEmpty() && lines.constLast().text.isEmpty()) {
        lines.removeLast();
    }
    if (!lines.isEmpty()) {
        lines.last().endsParagraph = true;
    }
    m_wrapped.insert(std::move(key), lines);
    return lines;
}

void TextMeasurer::wrapHardLine(const QString& line, Face& f, double lineWidth,
                                double firstLineWidth, QList<WrappedLine>& out) {
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        out.append(WrappedLine{{}, 0, 0, true});
        return;
    }
    // Most cells fit on one line: one measurement instead of one per word.
    const QString joined = words.join(QLatin1Char(' '));
    if (const double whole = f.width(joined); whole <= firstLineWidth) {
        out.append(WrappedLine{joined, whole, int(words.size()) - 1, true});
        return;
    }

    WrappedLine current;
    double available = firstLineWidth;
    auto flush = [&] {
        out.append(current);
        current = WrappedLine{};
        available = lineWidth;
    };
    for (const QString& word : words) {
        const double wordWidth = f.width(word);
        if (!current.text.isEmpty()) {
            if (current.width + f.space + wordWidth <= available) {
                current.text += QLatin1Char(' ') + word;
                current.width += f.space + wordWidth;
                ++current.spaces;
                continue;
            }
            flush();
        }
        if (wordWidth <= available) {
            current.text = word;
            current.width = wordWidth;
            continue;
        }
        // A word wider than a whole line: break it between graphemes.
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, word);
        qsizetype start = 0;
        qsizetype lastFit = 0;
        for (qsizetype end = graphemes.toNextBoundary(); end != -1;
             end = graphemes.toNextBoundary()) {
            if (f.width(word.mid(start, end - start)) > available && lastFit > start) {
                current.text = word.mid(start, lastFit - start);
                current.width = f.width(current.text);
                flush();
                start = lastFit;
            }
            lastFit = end;
        }
        current.text = word.mid(start);
        current.width = f.width(current.text);
    }
    current.endsParagraph = true;
    out.append(current);
}

} // namespace thidua::documents
