#include "docx_xml.h"

#include "page_layout.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace thidua::documents::docx {

namespace {

constexpr double kTwipsPerPoint = 20.0;
constexpr double kEighthsPerPoint = 8.0;      // Border widths.
constexpr int kThinnestBorder = 2;            // Word's minimum border width, in eighths.
constexpr double kEmuPerMillimetre = 36000.0; // DrawingML's English Metric Units.

void empty(QXmlStreamWriter& xml, const QString& name, const QString& value) {
    xml.writeEmptyElement(name);
    xml.writeAttribute(u"w:val"_s, value);
}

QString twipsText(double millimetres) {
    return QString::number(twips(millimetres));
}

QString justification(Alignment alignment) {
    switch (alignment) {
    case Alignment::Center:
        return u"center"_s;
    case Alignment::CenteredBlock:
        break;
    case Alignment::Right:
        return u"right"_s;
    case Alignment::Justify:
        return u"both"_s;
    case Alignment::Left:
        break;
    }
    return u"left"_s;
}

int borderWidth(double thicknessMm) {
    return std::max(kThinnestBorder, int(std::lround(thicknessMm / kMillimetresPerInch *
                                                     kPointsPerInch * kEighthsPerPoint)));
}

void border(QXmlStreamWriter& xml, const QString& side, int width) {
    xml.writeEmptyElement(u"w:"_s + side);
    xml.writeAttribute(u"w:val"_s, width > 0 ? u"single"_s : u"nil"_s);
    if (width > 0) {
        xml.writeAttribute(u"w:sz"_s, QString::number(width));
        xml.writeAttribute(u"w:space"_s, u"0"_s);
        xml.writeAttribute(u"w:color"_s, u"000000"_s);
    }
}

void spacing(QXmlStreamWriter& xml, double beforeMm, double afterMm) {
    xml.writeEmptyElement(u"w:spacing"_s);
    xml.writeAttribute(u"w:before"_s, twipsText(beforeMm));
    xml.writeAttribute(u"w:after"_s, twipsText(afterMm));
}

void exactLineHeight(QXmlStreamWriter& xml, double heightMm) {
    xml.writeEmptyElement(u"w:spacing"_s);
    xml.writeAttribute(u"w:before"_s, u"0"_s);
    xml.writeAttribute(u"w:after"_s, u"0"_s);
    xml.writeAttribute(u"w:line"_s, twipsText(heightMm));
    xml.writeAttribute(u"w:lineRule"_s, u"exact"_s);
}

void runProperties(QXmlStreamWriter& xml, const FontSpec& run) {
    xml.writeStartElement(u"w:rPr"_s);
    if (run.bold) {
        xml.writeEmptyElement(u"w:b"_s);
    }
    if (run.italic) {
        xml.writeEmptyElement(u"w:i"_s);
    }
    const QString halfPoints = QString::number(std::lround(run.pointSize * 2));
    empty(xml, u"w:sz"_s, halfPoints);
    empty(xml, u"w:szCs"_s, halfPoints);
    xml.writeEndElement();
}

// Characters XML 1.0 cannot carry are dropped; a tab stays a tab.
void text(QXmlStreamWriter& xml, const QString& line) {
    const QStringList pieces = line.split(QLatin1Char('\t'));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0) {
            xml.writeEmptyElement(u"w:tab"_s);
        }
        QString piece = pieces.at(i);
        piece.removeIf([](QChar c) {
            return c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF;
        });
        xml.writeStartElement(u"w:t"_s);
        xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
        xml.writeCharacters(piece);
        xml.writeEndElement();
    }
}

} // namespace

int twips(double millimetres) {
    return int(std::lround(millimetres / kMillimetresPerInch * kPointsPerInch * kTwipsPerPoint));
}

void paragraph(QXmlStreamWriter& xml, const QString& text, const ParagraphFormat& format,
               const FontSpec& run) {
    xml.writeStartElement(u"w:p"_s);
    xml.writeStartElement(u"w:pPr"_s);
    if (format.keepWithNext) {
        xml.writeEmptyElement(u"w:keepNext"_s);
    }
    spacing(xml, format.beforeMm, format.afterMm);
    if (format.firstLineIndentMm > 0 || format.leftIndentMm > 0) {
        xml.writeEmptyElement(u"w:ind"_s);
        if (format.leftIndentMm > 0) {
            xml.writeAttribute(u"w:left"_s, twipsText(format.leftIndentMm));
        }
        if (format.firstLineIndentMm > 0) {
            xml.writeAttribute(u"w:firstLine"_s, twipsText(format.firstLineIndentMm));
        }
    }
    empty(xml, u"w:jc"_s, justification(format.alignment));
    runProperties(xml, run); // The paragraph mark: an empty line keeps the run's height.
    xml.writeEndElement();
    if (!text.isEmpty()) {
        xml.writeStartElement(u"w:r"_s);
        runProperties(xml, run);
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                xml.writeEmptyElement(u"w:br"_s);
            }
            docx::text(xml, lines.at(i));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void spacer(QXmlStreamWriter& xml, double heightMm) {
    xml.writeStartElement(u"w:p"_s);
    xml.writeStartElement(u"w:pPr"_s);
    exactLineHeight(xml, heightMm);
    xml.writeEndElement();
    xml.writeEndElement();
}

void rule(QXmlStreamWriter& xml, double widthMm, double columnWidthMm, double thicknessMm,
          double gapMm) {
    const double side = std::max(0.0, (columnWidthMm - widthMm) / 2);
    xml.writeStartElement(u"w:p"_s);
    xml.writeStartElement(u"w:pPr"_s);
    xml.writeStartElement(u"w:pBdr"_s);
    border(xml, u"bottom"_s, borderWidth(thicknessMm));
    xml.writeEndElement();
    exactLineHeight(xml, gapMm);
    xml.writeEmptyElement(u"w:ind"_s);
    xml.writeAttribute(u"w:left"_s, twipsText(side));
    xml.writeAttribute(u"w:right"_s, twipsText(side));
    xml.writeEndElement();
    xml.writeEndElement();
}

void startTable(QXmlStreamWriter& xml, const QList<double>& widthsMm, const TableFormat& format) {
    double total = 0;
    for (double width : widthsMm) {
        total += width;
    }
    xml.writeStartElement(u"w:tbl"_s);
    xml.writeStartElement(u"w:tblPr"_s);
    xml.writeEmptyElement(u"w:tblW"_s);
    xml.writeAttribute(u"w:w"_s, twipsText(total));
    xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    if (format.centred) {
        empty(xml, u"w:jc"_s, u"center"_s);
    }
    xml.writeStartElement(u"w:tblBorders"_s);
    const int width = format.grid ? borderWidth(format.gridThicknessMm) : 0;
    for (const QString& side :
         {u"top"_s, u"left"_s, u"bottom"_s, u"right"_s, u"insideH"_s, u"insideV"_s}) {
        border(xml, side, width);
    }
    xml.writeEndElement();
    empty(xml, u"w:tblLayout"_s, u"fixed"_s);
    xml.writeStartElement(u"w:tblCellMar"_s);
    for (const auto& [side, padding] :
         {std::pair{u"top"_s, format.cellPaddingYMm}, std::pair{u"left"_s, format.cellPaddingXMm},
          std::pair{u"bottom"_s, format.cellPaddingYMm},
          std::pair{u"right"_s, format.cellPaddingXMm}}) {
        xml.writeEmptyElement(u"w:"_s + side);
        xml.writeAttribute(u"w:w"_s, twipsText(padding));
        xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    }
    xml.writeEndElement();
    xml.writeEndElement(); // tblPr
    xml.writeStartElement(u"w:tblGrid"_s);
    for (double column : widthsMm) {
        xml.writeEmptyElement(u"w:gridCol"_s);
        xml.writeAttribute(u"w:w"_s, twipsText(column));
    }
    xml.writeEndElement();
}

void startRow(QXmlStreamWriter& xml, RowKind kind) {
    xml.writeStartElement(u"w:tr"_s);
    if (kind == RowKind::Plain) {
        return;
    }
    xml.writeStartElement(u"w:trPr"_s);
    xml.writeEmptyElement(u"w:cantSplit"_s);
    if (kind == RowKind::Repeated) {
        xml.writeEmptyElement(u"w:tblHeader"_s);
    }
    xml.writeEndElement();
}

void startCell(QXmlStreamWriter& xml, double widthMm, int span, bool centreVertically) {
    xml.writeStartElement(u"w:tc"_s);
    xml.writeStartElement(u"w:tcPr"_s);
    xml.writeEmptyElement(u"w:tcW"_s);
    xml.writeAttribute(u"w:w"_s, twipsText(widthMm));
    xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    if (span > 1) {
        empty(xml, u"w:gridSpan"_s, QString::number(span));
    }
    if (centreVertically) {
        empty(xml, u"w:vAlign"_s, u"center"_s);
    }
    xml.writeEndElement();
}

void picture(QXmlStreamWriter& xml, const QString& relationshipId, int id, const QSizeF& sizeMm,
             const QString& description, double beforeMm) {
    const QString cx = QString::number(std::llround(sizeMm.width() * kEmuPerMillimetre));
    const QString cy = QString::number(std::llround(sizeMm.height() * kEmuPerMillimetre));
    const QString name = u"Biểu đồ %1"_s.arg(id);
    xml.writeStartElement(u"w:p"_s);
    xml.writeStartElement(u"w:pPr"_s);
    xml.writeEmptyElement(u"w:keepNext"_s);
    spacing(xml, beforeMm, 0);
    empty(xml, u"w:jc"_s, u"center"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"w:r"_s);
    xml.writeStartElement(u"w:drawing"_s);
    xml.writeStartElement(u"wp:inline"_s);
    for (const QString& side : {u"distT"_s, u"distB"_s, u"distL"_s, u"distR"_s}) {
        xml.writeAttribute(side, u"0"_s);
    }
    xml.writeEmptyElement(u"wp:extent"_s);
    xml.writeAttribute(u"cx"_s, cx);
    xml.writeAttribute(u"cy"_s, cy);
    xml.writeEmptyElement(u"wp:docPr"_s);
    xml.writeAttribute(u"id"_s, QString::number(id));
    xml.writeAttribute(u"name"_s, name);
    xml.writeAttribute(u"descr"_s, description);
    xml.writeStartElement(u"wp:cNvGraphicFramePr"_s);
    xml.writeEmptyElement(u"a:graphicFrameLocks"_s);
    xml.writeAttribute(u"noChangeAspect"_s, u"1"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"a:graphic"_s);
    xml.writeStartElement(u"a:graphicData"_s);
    xml.writeAttribute(u"uri"_s, kPictureNamespace);
    xml.writeStartElement(u"pic:pic"_s);
    xml.writeStartElement(u"pic:nvPicPr"_s);
    xml.writeEmptyElement(u"pic:cNvPr"_s);
    xml.writeAttribute(u"id"_s, QString::number(id));
    xml.writeAttribute(u"name"_s, name);
    xml.writeEmptyElement(u"pic:cNvPicPr"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"pic:blipFill"_s);
    xml.writeEmptyElement(u"a:blip"_s);
    xml.writeAttribute(u"r:embed"_s, relationshipId);
    xml.writeStartElement(u"a:stretch"_s);
    xml.writeEmptyElement(u"a:fillRect"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(u"pic:spPr"_s);
    xml.writeStartElement(u"a:xfrm"_s);
    xml.writeEmptyElement(u"a:off"_s);
    xml.writeAttribute(u"x"_s, u"0"_s);
    xml.writeAttribute(u"y"_s, u"0"_s);
    xml.writeEmptyElement(u"a:ext"_s);
    xml.writeAttribute(u"cx"_s, cx);
    xml.writeAttribute(u"cy"_s, cy);
    xml.writeEndElement();
    xml.writeStartElement(u"a:prstGeom"_s);
    xml.writeAttribute(u"prst"_s, u"rect"_s);
    xml.writeEmptyElement(u"a:avLst"_s);
    xml.writeEndElement();
    xml.writeEndElement(); // spPr
    xml.writeEndElement(); // pic
    xml.writeEndElement(); // graphicData
    xml.writeEndElement(); // graphic
    xml.writeEndElement(); // inline
    xml.writeEndElement(); // drawing
    xml.writeEndElement(); // r
    xml.writeEndElement(); // p
}

} // namespace thidua::documents::docx
