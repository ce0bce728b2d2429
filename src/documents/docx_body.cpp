#include "docx_body.h"

#include "block_writer.h"
#include "chart_image.h"
#include "docx_signatures.h"
#include "docx_xml.h"
#include "official_text.h"
#include "page_layout.h"
#include "table_check.h"

#include <QBuffer>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace thidua::documents {

namespace {

using docx::ParagraphFormat;

// Times New Roman sets a line 1.15 em high at single spacing.
constexpr double kLineHeightEm = 1.15;

// Word measures text itself, but a rule's length must be given: the width of
// a line in bold Times New Roman, from average advance widths (em) that are
// within a few per cent on Vietnamese text.
double estimatedWidthMm(const QString& text, double pointSize) {
    double ems = 0;
    for (const QChar c : text) {
        if (c.isSpace()) {
            ems += 0.25;
        } else if (c.isUpper()) {
            ems += 0.70;
        } else if (c.isLetterOrNumber()) {
            ems += 0.50;
        } else {
            ems += 0.33;
        }
    }
    return pointsToMillimetres(ems * pointSize);
}

// An agency's name too long for its column, broken into two even lines as
// the PDF sets it ("SỞ TƯ PHÁP\nTỈNH VĨNH PHÚC"); Word would fill the first
// line and leave one word on the second. Names that fit, or that need three
// lines, are left to Word.
QString evenlyBroken(const QString& text, double pointSize, double width) {
    if (estimatedWidthMm(text, pointSize) <= width) {
        return text;
    }
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QString best;
    double bestWidest = width;
    for (qsizetype split = 1; split < words.size(); ++split) {
        const QString first = words.mid(0, split).join(u' ');
        const QString second = words.mid(split).join(u' ');
        const double widest =
            std::max(estimatedWidthMm(first, pointSize), estimatedWidthMm(second, pointSize));
        if (widest <= bestWidest) {
            bestWidest = widest;
            best = first + u'\n' + second;
        }
    }
    return best.isEmpty() ? text : best;
}

// The widest line of text broken by '\n'.
double widestLineMm(const QString& text, double pointSize) {
    double widest = 0;
    for (const QString& line : text.split(u'\n')) {
        widest = std::max(widest, estimatedWidthMm(line, pointSize));
    }
    return widest;
}

class BodyWriter {
public:
    BodyWriter(QXmlStreamWriter& xml, const Document& document, const Typography& type,
               QString fontFamily, const RenderProgress& progress)
        : m_xml(xml)
        , m_document(document)
        , m_type(type)
        , m_fontFamily(std::move(fontFamily))
        , m_progress(progress)
        , m_geometry(PageGeometry::nd30(document.orientation))
        , m_width(m_geometry.textArea().width())
        , m_totalRows(tableRowCount(document)) {}

    Status write(const DocxPageHeaders& headers);
    QList<QByteArray> takeChartPngs() { return std::exchange(m_chartPngs, {}); }

    // The blocks, for writeBlocks().
    void heading(const Heading& heading);
    void paragraph(const Paragraph& paragraph);
    bool table(const Table& table);
    Status chart(const Chart& chart);
    void signatureBlock(const SignatureBlock& signature) {
        docx::signatureBlock(m_xml, signature, m_type, m_width);
    }
    void signatureColumns(const SignatureColumns& signatures) {
        docx::signatureColumns(m_xml, signatures, m_type, m_width);
    }
    void pageBreak();

private:
    void officialHeader(const OfficialHeader& header);
    void title();
    void section(const DocxPageHeaders& headers);

    FontSpec font(double pointSize, bool bold = false, bool italic = false) const {
        return FontSpec{pointSize, bold, italic};
    }

    QXmlStreamWriter& m_xml;
    const Document& m_document;
    const Typography& m_type;
    QString m_fontFamily; // Of the charts' pictures; resolved at the first chart.
    const RenderProgress& m_progress;
    PageGeometry m_geometry;
    double m_width; // Of the text area, in millimetres.
    qint64 m_doneRows = 0;
    qint64 m_totalRows;
    QList<QByteArray> m_chartPngs;
};

void BodyWriter::officialHeader(const OfficialHeader& header) {
    const double leftWidth = m_width * m_type.headerLeftShare;
    const double rightWidth = m_width - leftWidth;
    docx::startTable(m_xml, {leftWidth, rightWidth}, {.cellPaddingXMm = m_type.columnPaddingMm});

    // Agencies over a short rule | the national name and motto over a rule.
    docx::startRow(m_xml, docx::RowKind::Whole);
    docx::startCell(m_xml, leftWidth);
    const double agencyWidth = leftWidth - 2 * m_type.columnPaddingMm;
    if (!header.parentAgency.isEmpty()) {
        docx::paragraph(
            m_xml, evenlyBroken(header.parentAgency.toUpper(), m_type.agencyPointSize, agencyWidth),
            ParagraphFormat::centred(), font(m_type.agencyPointSize));
    }
    const QString issuing =
        evenlyBroken(header.issuingAgency.toUpper(), m_type.agencyPointSize, agencyWidth);
    docx::paragraph(m_xml, issuing, ParagraphFormat::centred(), font(m_type.agencyPointSize, true));
    if (!issuing.isEmpty()) {
        const double widest = std::min(widestLineMm(issuing, m_type.agencyPointSize), agencyWidth);
        docx::rule(m_xml, std::max(m_type.minimumRuleMm, widest * m_type.agencyRuleShare),
                   agencyWidth, m_type.ruleThicknessMm, m_type.ruleGapMm);
    }
    m_xml.writeEndElement();
    docx::startCell(m_xml, rightWidth);
    docx::paragraph(m_xml, nationalName(), ParagraphFormat::centred(),
                    font(m_type.nationalNamePointSize, true));
    docx::paragraph(m_xml, nationalMotto(), ParagraphFormat::centred(),
                    font(m_type.mottoPointSize, true));
    docx::rule(m_xml, estimatedWidthMm(nationalMotto(), m_type.mottoPointSize),
               rightWidth - 2 * m_type.columnPaddingMm, m_type.ruleThicknessMm, m_type.ruleGapMm);
    m_xml.writeEndElement();
    m_xml.writeEndElement();

    // The number (and the "V/v" of a công văn) level with the place and date.
    docx::startRow(m_xml, docx::RowKind::Whole);
    docx::startCell(m_xml, leftWidth);
    docx::paragraph(m_xml, header.numbered ? QStringLiteral("Số: ") + header.number : QString(),
                    ParagraphFormat::centred(m_type.headerRowGapMm), font(m_type.numberPointSize));
    if (!header.subject.isEmpty()) {
        docx::paragraph(m_xml, header.subject, ParagraphFormat::centred(),
                        font(m_type.subjectPointSize));
    }
    m_xml.writeEndElement();
    docx::startCell(m_xml, rightWidth);
    docx::paragraph(m_xml, placeAndDate(header), ParagraphFormat::centred(m_type.headerRowGapMm),
                    font(m_type.datePointSize, false, true));
    m_xml.writeEndElement();
    m_xml.writeEndElement();

    m_xml.writeEndElement(); // tbl
    docx::spacer(m_xml, m_type.afterHeaderMm);
}

void BodyWriter::title() {
    const Document& document = m_document;
    if (document.documentType.isEmpty() && document.summary.isEmpty() &&
        document.titleNote.isEmpty()) {
        return;
    }
    const FontSpec titleFont = font(m_type.titlePointSize, true);
    ParagraphFormat format = ParagraphFormat::centred();
    format.keepWithNext = true;
    double widest = 0;
    if (!document.documentType.isEmpty()) {
        docx::paragraph(m_xml, document.documentType.toUpper(), format, titleFont);
    }
    if (!document.summary.isEmpty()) {
        docx::paragraph(m_xml, document.summary, format, titleFont);
        widest = estimatedWidthMm(document.summary, m_type.titlePointSize);
    }
    if (!document.titleNote.isEmpty()) {
        docx::paragraph(m_xml, document.titleNote, format, font(m_type.bodyPointSize, false, true));
        widest = std::max(widest, estimatedWidthMm(document.titleNote, m_type.bodyPointSize));
    }
    if (widest > 0) {
        docx::rule(
            m_xml,
            std::max(m_type.minimumRuleMm, std::min(widest, m_width) * m_type.summaryRuleShare),
            m_width, m_type.ruleThicknessMm, m_type.ruleGapMm);
    }
    docx::spacer(m_xml, m_type.afterTitleMm);
}

void BodyWriter::heading(const Heading& heading) {
    FontSpec style = font(m_type.bodyPointSize, true);
    QString text = heading.text;
    double before = 0;
    switch (heading.level) {
    case Heading::Level::Part:
        text = text.toUpper();
        before = m_type.paragraphSpacingMm;
        break;
    case Heading::Level::Section:
        break;
    case Heading::Level::Item:
        style = font(m_type.bodyPointSize, false, true);
        break;
    }
    docx::paragraph(m_xml, text,
                    ParagraphFormat{Alignment::Justify, m_type.firstLineIndentMm, before,
                                    m_type.paragraphSpacingMm, true},
                    style);
}

void BodyWriter::paragraph(const Paragraph& paragraph) {
    const bool indented = paragraph.firstLineIndent && (paragraph.alignment == Alignment::Justify ||
                                                        paragraph.alignment == Alignment::Left);
    ParagraphFormat format{paragraph.alignment, indented ? m_type.firstLineIndentMm : 0, 0,
                           m_type.paragraphSpacingMm, false};
    // Word has no centred block: the lines go left, indented by half of what
    // the widest leaves of the text width.
    if (paragraph.alignment == Alignment::CenteredBlock) {
        const double widest = widestLineMm(paragraph.text, m_type.bodyPointSize);
        format.alignment = Alignment::Left;
        format.leftIndentMm = std::max(0.0, (m_width - widest) / 2);
    }
    docx::paragraph(m_xml, paragraph.text, format,
                    font(m_type.bodyPointSize, paragraph.bold, paragraph.italic));
}

bool BodyWriter::table(const Table& table) {
    double total = 0;
    for (const TableColumn& column : table.columns) {
        total += column.relativeWidth;
    }
    QList<double> widths;
    for (const TableColumn& column : table.columns) {
        widths.append(m_width * column.relativeWidth / total);
    }
    docx::startTable(m_xml, widths,
                     {.grid = true,
                      .gridThicknessMm = m_type.gridThicknessMm,
                      .cellPaddingXMm = m_type.cellPaddingXMm,
                      .cellPaddingYMm = m_type.cellPaddingYMm});
    const FontSpec plain = font(table.fontPointSize);
    const FontSpec bold = font(table.fontPointSize, true);

    docx::startRow(m_xml, docx::RowKind::Repeated);
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        docx::startCell(m_xml, widths.at(c), 1, true);
        docx::paragraph(m_xml, table.columns.at(c).header, ParagraphFormat::centred(), bold);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();

    for (const TableRow& row : table.rows) {
        if (!keepGoing(m_progress, m_doneRows++, m_totalRows)) {
            return false;
        }
        docx::startRow(m_xml, docx::RowKind::Plain);
        if (row.kind == TableRow::Kind::Group) {
            docx::startCell(m_xml, m_width, int(table.columns.size()));
            docx::paragraph(m_xml, row.groupTitle, {}, bold);
            m_xml.writeEndElement();
        } else {
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                docx::startCell(m_xml, widths.at(c));
                docx::paragraph(m_xml, row.cells.value(c), {table.columns.at(c).alignment}, plain);
                m_xml.writeEndElement();
            }
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // tbl
    // Also keeps the next table from joining this one.
    docx::spacer(m_xml, m_type.afterTableMm);
    return true;
}

// The chart as a picture in a centred paragraph, its caption under it.
Status BodyWriter::chart(const Chart& chart) {
    auto picture = chartPicture(chart, m_geometry, m_fontFamily);
    if (!picture) {
        return std::unexpected(picture.error());
    }
    m_chartPngs.append(picture->png);
    const auto number = m_chartPngs.size();
    docx::picture(m_xml, docxChartRelationship(number), int(number), picture->sizeMm, chart.caption,
                  m_type.paragraphSpacingMm);
    ParagraphFormat caption = ParagraphFormat::centred(m_type.captionGapMm);
    caption.afterMm = m_type.afterTableMm;
    docx::paragraph(m_xml, chart.caption, caption, font(m_type.captionPointSize, false, true));
    return {};
}

void BodyWriter::pageBreak() {
    m_xml.writeStartElement(u"w:p"_s);
    m_xml.writeStartElement(u"w:r"_s);
    m_xml.writeEmptyElement(u"w:br"_s);
    m_xml.writeAttribute(u"w:type"_s, u"page"_s);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void BodyWriter::section(const DocxPageHeaders& headers) {
    m_xml.writeStartElement(u"w:sectPr"_s);
    for (const auto& [kind, id] :
         {std::pair{u"default"_s, headers.pageNumber}, std::pair{u"first"_s, headers.firstPage}}) {
        m_xml.writeEmptyElement(u"w:headerReference"_s);
        m_xml.writeAttribute(u"w:type"_s, kind);
        m_xml.writeAttribute(u"r:id"_s, id);
    }
    const bool landscape = m_document.orientation == Orientation::Landscape;
    m_xml.writeEmptyElement(u"w:pgSz"_s);
    m_xml.writeAttribute(u"w:w"_s, QString::number(docx::twips(m_geometry.pageSize.width())));
    m_xml.writeAttribute(u"w:h"_s, QString::number(docx::twips(m_geometry.pageSize.height())));
    if (landscape) {
        m_xml.writeAttribute(u"w:orient"_s, u"landscape"_s);
    }
    // The page number sits in the middle of the top margin, as on the PDF.
    const QMarginsF margins = m_geometry.margins;
    const double numberLine = pointsToMillimetres(m_type.pageNumberPointSize * kLineHeightEm);
    m_xml.writeEmptyElement(u"w:pgMar"_s);
    for (const auto& [side, millimetres] :
         {std::pair{u"w:top"_s, margins.top()}, std::pair{u"w:right"_s, margins.right()},
          std::pair{u"w:bottom"_s, margins.bottom()}, std::pair{u"w:left"_s, margins.left()},
          std::pair{u"w:header"_s, (margins.top() - numberLine) / 2},
          std::pair{u"w:footer"_s, margins.bottom() / 2}, std::pair{u"w:gutter"_s, 0.0}}) {
        m_xml.writeAttribute(side, QString::number(docx::twips(millimetres)));
    }
    m_xml.writeEmptyElement(u"w:titlePg"_s); // No number on the first page.
    m_xml.writeEndElement();
}

Status BodyWriter::write(const DocxPageHeaders& headers) {
    if (auto valid = checkTables(m_document); !valid) {
        return valid;
    }
    m_xml.writeStartDocument();
    m_xml.writeStartElement(u"w:document"_s);
    m_xml.writeNamespace(docx::kWordNamespace, u"w"_s);
    m_xml.writeNamespace(docx::kRelationshipsNamespace, u"r"_s);
    m_xml.writeNamespace(docx::kWordDrawingNamespace, u"wp"_s);
    m_xml.writeNamespace(docx::kDrawingNamespace, u"a"_s);
    m_xml.writeNamespace(docx::kPictureNamespace, u"pic"_s);
    m_xml.writeStartElement(u"w:body"_s);
    if (m_document.header) {
        officialHeader(*m_document.header);
    }
    title();
    if (auto written = writeBlocks(*this, m_document.blocks); !written) {
        return written;
    }
    section(headers);
    m_xml.writeEndElement(); // body
    m_xml.writeEndElement(); // document
    m_xml.writeEndDocument();
    return {};
}

} // namespace

QString docxChartRelationship(qsizetype number) {
    return u"rIdChart%1"_s.arg(number);
}

Result<DocxBody> docxDocumentXml(const Document& document, const Typography& type,
                                 const DocxPageHeaders& headers, const QString& fontFamily,
                                 const RenderProgress& progress) {
    DocxBody body;
    QBuffer buffer(&body.xml);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    BodyWriter writer(xml, document, type, fontFamily, progress);
    if (auto written = writer.write(headers); !written) {
        return std::unexpected(written.error());
    }
    body.chartPngs = writer.takeChartPngs();
    return body;
}

} // namespace thidua::documents
