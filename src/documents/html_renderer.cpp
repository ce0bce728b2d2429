#include "html_renderer.h"

#include "block_writer.h"
#include "chart_image.h"
#include "html_style.h"
#include "official_text.h"
#include "output_file.h"
#include "page_layout.h"
#include "table_check.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace thidua::documents {

namespace {

// Text as HTML: escaped, '\n' a line break.
QString html(const QString& text) {
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString alignmentClass(Alignment alignment) {
    switch (alignment) {
    case Alignment::Left:
        return u"left"_s;
    case Alignment::Center:
        return u"center"_s;
    case Alignment::Right:
        return u"right"_s;
    case Alignment::CenteredBlock:
        return u"block"_s;
    case Alignment::Justify:
        break;
    }
    return u"justify"_s;
}

class PageWriter {
public:
    PageWriter(const Document& document, const Typography& type, QString fontFamily,
               const RenderProgress& progress)
        : m_document(document)
        , m_type(type)
        , m_fontFamily(std::move(fontFamily))
        , m_progress(progress)
        , m_geometry(PageGeometry::nd30(document.orientation))
        , m_totalRows(tableRowCount(document)) {}

    Result<QString> write();

    // The blocks, for writeBlocks().
    void heading(const Heading& heading);
    void paragraph(const Paragraph& paragraph);
    bool table(const Table& table);
    Status chart(const Chart& chart);
    void signatureBlock(const SignatureBlock& signature);
    void signatureColumns(const SignatureColumns& signatures);
    void pageBreak() { m_out += u"<div class=\"page-break\"></div>\n"_s; }

private:
    void officialHeader(const OfficialHeader& header);
    void title();
    void signer(const QStringList& captions, const QString& name);

    const Document& m_document;
    const Typography& m_type;
    QString m_fontFamily; // Of the charts' pictures; resolved at the first chart.
    const RenderProgress& m_progress;
    PageGeometry m_geometry;
    qint64 m_doneRows = 0;
    qint64 m_totalRows;
    QString m_out;
};

void PageWriter::officialHeader(const OfficialHeader& header) {
    m_out += u"<table class=\"header\">\n<tr><td class=\"agency\">"_s;
    if (!header.parentAgency.isEmpty()) {
        m_out +=
            u"<div class=\"parent-agency\">%1</div>"_s.arg(html(header.parentAgency.toUpper()));
    }
    if (!header.issuingAgency.isEmpty()) {
        m_out += u"<div class=\"issuing-agency ruled\">%1</div>"_s.arg(
            html(header.issuingAgency.toUpper()));
    }
    m_out += u"</td>\n<td><div class=\"national-name\">%1</div>"
             u"<div class=\"motto ruled\">%2</div></td></tr>\n"_s.arg(html(nationalName()),
                                                                      html(nationalMotto()));
    m_out += u"<tr><td class=\"number\">"_s;
    if (header.numbered) {
        m_out += html(u"Số: "_s + header.number);
    }
    if (!header.subject.isEmpty()) {
        m_out += u"<div class=\"subject\">%1</div>"_s.arg(html(header.subject));
    }
    m_out +=
        u"</td>\n<td class=\"date\">%1</td></tr>\n</table>\n"_s.arg(html(placeAndDate(header)));
}

void PageWriter::title() {
    const Document& document = m_document;
    if (document.documentType.isEmpty() && document.summary.isEmpty() &&
        document.titleNote.isEmpty()) {
        return;
    }
    m_out += u"<div class=\"title\">"_s;
    if (!document.documentType.isEmpty()) {
        m_out += u"<div>%1</div>"_s.arg(html(document.documentType.toUpper()));
    }
    if (!document.summary.isEmpty() || !document.titleNote.isEmpty()) {
        m_out += u"<div class=\"ruled\">"_s;
        if (!document.summary.isEmpty()) {
            m_out += u"<div>%1</div>"_s.arg(html(document.summary));
        }
        if (!document.titleNote.isEmpty()) {
            m_out += u"<div class=\"title-note\">%1</div>"_s.arg(html(document.titleNote));
        }
        m_out += u"</div>"_s;
    }
    m_out += u"</div>\n"_s;
}

void PageWriter::heading(const Heading& heading) {
    switch (heading.level) {
    case Heading::Level::Part:
        m_out += u"<h2>%1</h2>\n"_s.arg(html(heading.text.toUpper()));
        break;
    case Heading::Level::Section:
        m_out += u"<h3>%1</h3>\n"_s.arg(html(heading.text));
        break;
    case Heading::Level::Item:
        m_out += u"<h4>%1</h4>\n"_s.arg(html(heading.text));
        break;
    }
}

void PageWriter::paragraph(const Paragraph& paragraph) {
    QStringList classes{alignmentClass(paragraph.alignment)};
    if (paragraph.firstLineIndent &&
        (paragraph.alignment == Alignment::Justify || paragraph.alignment == Alignment::Left)) {
        classes << u"indent"_s;
    }
    if (paragraph.bold) {
        classes << u"bold"_s;
    }
    if (paragraph.italic) {
        classes << u"italic"_s;
    }
    m_out += u"<p class=\"%1\">%2</p>\n"_s.arg(classes.join(u' '), html(paragraph.text));
}

bool PageWriter::table(const Table& table) {
    double total = 0;
    for (const TableColumn& column : table.columns) {
        total += column.relativeWidth;
    }
    m_out +=
        u"<table class=\"grid\" style=\"font-size: %1pt\">\n<colgroup>"_s.arg(table.fontPointSize);
    for (const TableColumn& column : table.columns) {
        m_out += u"<col style=\"width: %1%\">"_s.arg(100 * column.relativeWidth / total, 0, 'f', 2);
    }
    m_out += u"</colgroup>\n<thead><tr>"_s;
    for (const TableColumn& column : table.columns) {
        m_out += u"<th>%1</th>"_s.arg(html(column.header));
    }
    m_out += u"</tr></thead>\n<tbody>\n"_s;
    for (const TableRow& row : table.rows) {
        if (!keepGoing(m_progress, m_doneRows++, m_totalRows)) {
            return false;
        }
        if (row.kind == TableRow::Kind::Group) {
            m_out +=
                u"<tr class=\"group\"><td colspan=\"%1\">%2</td></tr>\n"_s.arg(table.columns.size())
                    .arg(html(row.groupTitle));
            continue;
        }
        m_out += u"<tr>"_s;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            m_out += u"<td class=\"%1\">%2</td>"_s.arg(
                alignmentClass(table.columns.at(c).alignment), html(row.cells.value(c)));
        }
        m_out += u"</tr>\n"_s;
    }
    m_out += u"</tbody>\n</table>\n"_s;
    return true;
}

// The picture the PDF draws, as wide as the printed text; its caption under it.
Status PageWriter::chart(const Chart& chart) {
    auto picture = chartPicture(chart, m_geometry, m_fontFamily);
    if (!picture) {
        return std::unexpected(picture.error());
    }
    m_out += u"<figure class=\"chart\"><img src=\"data:image/png;base64,%1\" alt=\"%2\">"_s.arg(
        QString::fromLatin1(picture->png.toBase64()), html(chart.caption));
    if (!chart.caption.isEmpty()) {
        m_out += u"<figcaption>%1</figcaption>"_s.arg(html(chart.caption));
    }
    m_out += u"</figure>\n"_s;
    return {};
}

// Captions in bold capitals, room for the signature and seal, the name.
void PageWriter::signer(const QStringList& captions, const QString& name) {
    for (const QString& caption : captions) {
        if (!caption.isEmpty()) {
            m_out += u"<div>%1</div>"_s.arg(html(caption.toUpper()));
        }
    }
    m_out += u"<div class=\"room\"></div>"_s;
    if (!name.isEmpty()) {
        m_out += u"<div>%1</div>"_s.arg(html(name));
    }
}

void PageWriter::signatureBlock(const SignatureBlock& signature) {
    m_out += u"<table class=\"signature\"><tr>"_s;
    if (signature.preparer) {
        m_out += u"<td class=\"recipients signer\">"_s;
        signer({signature.preparer->caption}, signature.preparer->name);
    } else {
        m_out += u"<td class=\"recipients\">"_s;
        if (!signature.recipients.isEmpty()) {
            m_out += u"<div class=\"recipients-title\">%1</div>"_s.arg(html(recipientsTitle()));
        }
        for (qsizetype i = 0; i < signature.recipients.size(); ++i) {
            m_out += u"<div class=\"recipient\">%1</div>"_s.arg(html(
                recipientLine(signature.recipients.at(i), i + 1 == signature.recipients.size())));
        }
    }
    m_out += u"</td>\n<td class=\"signer\">"_s;
    signer({signature.authority, signature.position}, signature.signerName);
    m_out += u"</td></tr></table>\n"_s;
}

// Rows of up to perRow equal columns, a short last row centred.
void PageWriter::signatureColumns(const SignatureColumns& signatures) {
    const qsizetype count = signatures.signatures.size();
    if (count == 0) {
        return;
    }
    if (!signatures.caption.isEmpty()) {
        m_out += u"<div class=\"signature-caption\">%1</div>\n"_s.arg(
            html(signatures.caption.toUpper()));
    }
    const qsizetype perRow = std::clamp<qsizetype>(signatures.perRow, 1, count);
    const double width = m_geometry.textArea().width() / double(perRow);
    for (qsizetype first = 0; first < count; first += perRow) {
        m_out += u"<table class=\"signature-row\"><tr>"_s;
        for (qsizetype i = first; i < std::min(count, first + perRow); ++i) {
            const SignatureColumn& column = signatures.signatures.at(i);
            m_out += u"<td class=\"signer\" style=\"width: %1mm\">"_s.arg(width, 0, 'f', 1);
            signer({column.authority, column.position}, column.signerName);
            m_out += u"</td>"_s;
        }
        m_out += u"</tr></table>\n"_s;
    }
}

Result<QString> PageWriter::write() {
    if (auto valid = checkTables(m_document); !valid) {
        return std::unexpected(valid.error());
    }
    m_out += u"<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
             u"<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<main>\n"_s.arg(
                 html(metadataTitle(m_document)), htmlStyle(m_type, m_geometry));
    if (m_document.header) {
        officialHeader(*m_document.header);
    }
    title();
    if (auto written = writeBlocks(*this, m_document.blocks); !written) {
        return std::unexpected(written.error());
    }
    m_out += u"</main>\n</body>\n</html>\n"_s;
    return std::exchange(m_out, {});
}

} // namespace

Result<QString> htmlDocument(const Document& document, const Typography& type,
                             const QString& fontFamily, const RenderProgress& progress) {
    return PageWriter(document, type, fontFamily, progress).write();
}

Status writeHtml(const Document& document, const QString& filePath, const RenderProgress& progress,
                 const Typography& type, const QString& fontFamily) {
    auto page = htmlDocument(document, type, fontFamily, progress);
    if (!page) {
        return std::unexpected(page.error());
    }
    return replaceWithBytes(filePath, page->toUtf8());
}

} // namespace thidua::documents
