#include "blanks.h"

namespace thidua::reports {

void addTypedOrLines(documents::Document& document, const QString& typed) {
    // One printed line of dots: 32 ellipses of 14 pt fill most of the 165 mm
    // text width of a portrait page without wrapping.
    static const QString DottedLine(32, QChar(0x2026));
    QStringList paragraphs = typed.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& paragraph : paragraphs)
        paragraph = paragraph.trimmed();
    paragraphs.removeAll(QString());
    if (paragraphs.isEmpty()) {
        for (int line = 0; line < 3; ++line)
            document.add(
                documents::Paragraph{DottedLine, documents::Alignment::Left, false, false, false});
        return;
    }
    for (const QString& paragraph : paragraphs)
        document.add(documents::Paragraph{paragraph});
}

} // namespace thidua::reports
