#include "docx_signatures.h"

#include "docx_xml.h"
#include "official_text.h"

#include <algorithm>

namespace thidua::documents::docx {

namespace {

// Centred captions in bold capitals, room for the signature and seal, then
// the name in bold: one signer's column of a borderless table.
void signer(QXmlStreamWriter& xml, const Typography& type, const QStringList& captions,
            const QString& name) {
    const FontSpec strong = FontSpec{type.signaturePointSize, true, false};
    for (const QString& caption : captions) {
        if (!caption.isEmpty()) {
            paragraph(xml, caption.toUpper(), ParagraphFormat::centred(), strong);
        }
    }
    spacer(xml, type.signatureSpaceMm);
    if (!name.isEmpty()) {
        paragraph(xml, name, ParagraphFormat::centred(), strong);
    }
}

} // namespace

void signatureBlock(QXmlStreamWriter& xml, const SignatureBlock& signature, const Typography& type,
                    double widthMm) {
    const double leftWidth = widthMm * type.signatureLeftShare;
    const double rightWidth = widthMm - leftWidth;
    spacer(xml, type.beforeSignatureMm);
    startTable(xml, {leftWidth, rightWidth}, {});
    startRow(xml, RowKind::Whole); // The block stays whole.
    startCell(xml, leftWidth);
    if (signature.preparer) {
        signer(xml, type, {signature.preparer->caption}, signature.preparer->name);
    } else if (!signature.recipients.isEmpty()) {
        paragraph(xml, recipientsTitle(), {}, FontSpec{type.recipientsTitlePointSize, true, true});
        for (qsizetype i = 0; i < signature.recipients.size(); ++i) {
            paragraph(
                xml,
                recipientLine(signature.recipients.at(i), i + 1 == signature.recipients.size()), {},
                FontSpec{type.recipientsPointSize, false, false});
        }
    } else {
        spacer(xml, 0); // A cell holds at least one paragraph.
    }
    xml.writeEndElement();
    startCell(xml, rightWidth);
    signer(xml, type, {signature.authority, signature.position}, signature.signerName);
    xml.writeEndElement();
    xml.writeEndElement(); // tr
    xml.writeEndElement(); // tbl
    spacer(xml, type.paragraphSpacingMm);
}

void signatureColumns(QXmlStreamWriter& xml, const SignatureColumns& signatures,
                      const Typography& type, double widthMm) {
    const qsizetype count = signatures.signatures.size();
    if (count == 0) {
        return;
    }
    const qsizetype perRow = std::clamp<qsizetype>(signatures.perRow, 1, count);
    const double width = widthMm / double(perRow);
    spacer(xml, type.beforeSignatureCaptionMm);
    if (!signatures.caption.isEmpty()) {
        ParagraphFormat format = ParagraphFormat::centred();
        format.afterMm = type.afterSignatureCaptionMm;
        format.keepWithNext = true; // The caption stays with the first row.
        paragraph(xml, signatures.caption.toUpper(), format,
                  FontSpec{type.signaturePointSize, true, false});
    }
    // One table a row, so that a short last row is centred under the full ones.
    for (qsizetype first = 0; first < count; first += perRow) {
        const qsizetype inRow = std::min(perRow, count - first);
        if (first > 0) {
            spacer(xml, type.betweenSignatureRowsMm);
        }
        startTable(xml, QList<double>(inRow, width), {.centred = true});
        startRow(xml, RowKind::Whole);
        for (qsizetype i = first; i < first + inRow; ++i) {
            const SignatureColumn& column = signatures.signatures.at(i);
            startCell(xml, width);
            signer(xml, type, {column.authority, column.position}, column.signerName);
            xml.writeEndElement();
        }
        xml.writeEndElement(); // tr
        xml.writeEndElement(); // tbl
    }
    spacer(xml, type.paragraphSpacingMm);
}

} // namespace thidua::documents::docx
