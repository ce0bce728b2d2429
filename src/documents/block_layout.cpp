#include "layout_parts.h"
#include "official_text.h"

#include <algorithm>
#include <optional>

// Headings, paragraphs and the signature block.
namespace thidua::documents::detail {

namespace {

// Places wrapped lines from the cursor down, breaking pages between lines; the
// first line is indented by `indent`.
void placeFlowing(LayoutContext& context, const QList<WrappedLine>& lines, const FontSpec& font,
                  Alignment alignment, double indent) {
    const QRectF area = context.pages.textArea();
    const double lineHeight = context.measure.lineHeight(font);
    const double ascent = context.measure.ascent(font);
    // A centred block: every line starts where the widest one, centred, starts.
    double blockShift = 0;
    if (alignment == Alignment::CenteredBlock) {
        double widest = 0;
        for (const WrappedLine& line : lines)
            widest = std::max(widest, line.width);
        blockShift = (area.width() - widest) / 2;
        alignment = Alignment::Left;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        context.pages.ensureSpace(lineHeight);
        const double lineIndent = i == 0 ? indent : 0;
        context.pages.addText(alignedRun(lines.at(i), font, area.left() + lineIndent + blockShift,
                                         area.width() - lineIndent - blockShift, alignment,
                                         context.pages.y() + ascent));
        context.pages.advance(lineHeight);
    }
}

// A signer's column: bold capital captions, room for the signature and seal,
// then the name in bold.
struct SignerColumn {
    QList<WrappedLine> captions;
    QList<WrappedLine> name;
};

FontSpec signerFont(const Typography& type) {
    return FontSpec{type.signaturePointSize, true, false};
}

SignerColumn signerColumn(LayoutContext& context, const QStringList& captions, const QString& name,
                          double width) {
    const FontSpec strong = signerFont(context.type);
    SignerColumn column;
    for (const QString& caption : captions) {
        column.captions += context.measure.wrap(caption.toUpper(), strong, width);
    }
    column.name = context.measure.wrap(name, strong, width);
    return column;
}

double signerHeight(LayoutContext& context, const SignerColumn& column) {
    return double(column.captions.size() + column.name.size()) *
               context.measure.lineHeight(signerFont(context.type)) +
           context.type.signatureSpaceMm;
}

// Returns the y below the name.
double placeSigner(LayoutContext& context, const SignerColumn& column, double left, double width,
                   double top) {
    const FontSpec strong = signerFont(context.type);
    const double lineHeight = context.measure.lineHeight(strong);
    const double ascent = context.measure.ascent(strong);
    double y = top;
    auto place = [&](const QList<WrappedLine>& lines) {
        for (const WrappedLine& line : lines) {
            context.pages.addText(
                alignedRun(line, strong, left, width, Alignment::Center, y + ascent));
            y += lineHeight;
        }
    };
    place(column.captions);
    y += context.type.signatureSpaceMm;
    place(column.name);
    return y;
}

} // namespace

TextRun alignedRun(const WrappedLine& line, const FontSpec& font, double left, double width,
                   Alignment alignment, double baselineY) {
    TextRun run;
    run.text = line.text;
    run.width = line.width;
    run.font = font;
    double x = left;
    switch (alignment) {
    case Alignment::Left:
        break;
    case Alignment::Center:
    case Alignment::CenteredBlock:
        x = left + (width - line.width) / 2;
        break;
    case Alignment::Right:
        x = left + width - line.width;
        break;
    case Alignment::Justify:
        if (!line.endsParagraph && line.spaces > 0 && line.width < width) {
            run.wordSpacing = (width - line.width) / line.spaces;
        }
        break;
    }
    run.baseline = QPointF(x, baselineY);
    return run;
}

namespace {

// A heading as it is set: its font and its lines.
struct SetHeading {
    FontSpec font;
    QList<WrappedLine> lines;
};

SetHeading setHeading(LayoutContext& context, const Heading& heading) {
    const Typography& type = context.type;
    FontSpec font{type.bodyPointSize, true, false};
    QString text = heading.text;
    switch (heading.level) {
    case Heading::Level::Part:
        text = text.toUpper();
        break;
    case Heading::Level::Section:
        break;
    case Heading::Level::Item:
        font = FontSpec{type.bodyPointSize, false, true};
        break;
    }
    const double width = context.pages.textArea().width();
    return {font, context.measure.wrap(text, font, width, width - type.firstLineIndentMm)};
}

double spaceAbove(const LayoutContext& context, const Heading& heading) {
    return heading.level == Heading::Level::Part ? context.type.paragraphSpacingMm : 0;
}

QList<WrappedLine> paragraphLines(LayoutContext& context, const Paragraph& paragraph,
                                  double indent) {
    const FontSpec font{context.type.bodyPointSize, paragraph.bold, paragraph.italic};
    const double width = context.pages.textArea().width();
    return context.measure.wrap(paragraph.text, font, width, width - indent);
}

double paragraphIndent(const LayoutContext& context, const Paragraph& paragraph) {
    const bool indented = paragraph.firstLineIndent && (paragraph.alignment == Alignment::Justify ||
                                                        paragraph.alignment == Alignment::Left);
    return indented ? context.type.firstLineIndentMm : 0;
}

} // namespace

double headingHeight(LayoutContext& context, const Heading& heading) {
    const SetHeading set = setHeading(context, heading);
    return spaceAbove(context, heading) +
           double(set.lines.size()) * context.measure.lineHeight(set.font) +
           context.type.paragraphSpacingMm;
}

double paragraphHeight(LayoutContext& context, const Paragraph& paragraph) {
    const FontSpec font{context.type.bodyPointSize, paragraph.bold, paragraph.italic};
    const auto lines = paragraphLines(context, paragraph, paragraphIndent(context, paragraph));
    return lines.isEmpty() ? 0
                           : double(lines.size()) * context.measure.lineHeight(font) +
                                 context.type.paragraphSpacingMm;
}

void layoutHeading(LayoutContext& context, const Heading& heading) {
    const Typography& type = context.type;
    const SetHeading set = setHeading(context, heading);
    const double lineHeight = context.measure.lineHeight(set.font);
    const double bodyLine = context.measure.lineHeight(FontSpec{type.bodyPointSize, false, false});
    context.pages.addSpacing(spaceAbove(context, heading));
    // Keep the heading with the first two lines of what follows.
    context.pages.ensureSpace(double(set.lines.size()) * lineHeight + 2 * bodyLine);
    placeFlowing(context, set.lines, set.font, Alignment::Justify, type.firstLineIndentMm);
    context.pages.addSpacing(type.paragraphSpacingMm);
}

void layoutParagraph(LayoutContext& context, const Paragraph& paragraph) {
    const Typography& type = context.type;
    const FontSpec font{type.bodyPointSize, paragraph.bold, paragraph.italic};
    const double indent = paragraphIndent(context, paragraph);
    const QList<WrappedLine> lines = paragraphLines(context, paragraph, indent);
    if (lines.isEmpty()) {
        return;
    }
    // No single first line left alone at the foot of a page.
    const double lineHeight = context.measure.lineHeight(font);
    context.pages.ensureSpace(lineHeight * double(std::min<qsizetype>(lines.size(), 2)));
    placeFlowing(context, lines, font, paragraph.alignment, indent);
    context.pages.addSpacing(type.paragraphSpacingMm);
}

namespace {

// A signature block measured: the left column (the preparer, or "Nơi nhận"
// and its lines), the signer on the right, and the height the two need.
struct MeasuredSignature {
    double leftWidth = 0;
    double rightWidth = 0;
    std::optional<SignerColumn> preparer;
    QList<WrappedLine> recipientLines;
    SignerColumn signer;
    double height = 0;
};

MeasuredSignature measureSignature(LayoutContext& context, const SignatureBlock& signature) {
    const Typography& type = context.type;
    MeasuredSignature measured;
    const double width = context.pages.textArea().width();
    measured.leftWidth = width * type.signatureLeftShare;
    measured.rightWidth = width - measured.leftWidth;
    const FontSpec titleFont{type.recipientsTitlePointSize, true, true};
    const FontSpec recipient{type.recipientsPointSize, false, false};
    if (signature.preparer) {
        measured.preparer = signerColumn(context, {signature.preparer->caption},
                                         signature.preparer->name, measured.leftWidth);
    } else {
        for (qsizetype i = 0; i < signature.recipients.size(); ++i) {
            measured.recipientLines += context.measure.wrap(
                recipientLine(signature.recipients.at(i), i + 1 == signature.recipients.size()),
                recipient, measured.leftWidth);
        }
    }
    measured.signer = signerColumn(context, {signature.authority, signature.position},
                                   signature.signerName, measured.rightWidth);
    double leftHeight = measured.preparer ? signerHeight(context, *measured.preparer) : 0;
    if (!measured.recipientLines.isEmpty()) {
        leftHeight = context.measure.lineHeight(titleFont) +
                     double(measured.recipientLines.size()) * context.measure.lineHeight(recipient);
    }
    measured.height = std::max(leftHeight, signerHeight(context, measured.signer));
    return measured;
}

} // namespace

double signatureHeight(LayoutContext& context, const SignatureBlock& signature) {
    return context.type.beforeSignatureMm + measureSignature(context, signature).height;
}

void layoutSignature(LayoutContext& context, const SignatureBlock& signature) {
    const Typography& type = context.type;
    const QRectF area = context.pages.textArea();
    const MeasuredSignature measured = measureSignature(context, signature);
    const FontSpec titleFont{type.recipientsTitlePointSize, true, true};
    const FontSpec recipient{type.recipientsPointSize, false, false};

    context.pages.addSpacing(type.beforeSignatureMm);
    context.pages.ensureSpace(measured.height); // The block stays whole.
    const double top = context.pages.y();

    double leftBottom = top;
    if (measured.preparer) {
        leftBottom = placeSigner(context, *measured.preparer, area.left(), measured.leftWidth, top);
    } else if (!measured.recipientLines.isEmpty()) {
        double y = top;
        const WrappedLine title{recipientsTitle(),
                                context.measure.width(recipientsTitle(), titleFont), 1, true};
        context.pages.addText(alignedRun(title, titleFont, area.left(), measured.leftWidth,
                                         Alignment::Left, y + context.measure.ascent(titleFont)));
        y += context.measure.lineHeight(titleFont);
        for (const WrappedLine& line : measured.recipientLines) {
            context.pages.addText(alignedRun(line, recipient, area.left(), measured.leftWidth,
                                             Alignment::Left,
                                             y + context.measure.ascent(recipient)));
            y += context.measure.lineHeight(recipient);
        }
        leftBottom = y;
    }
    const double rightBottom = placeSigner(
        context, measured.signer, area.left() + measured.leftWidth, measured.rightWidth, top);

    context.pages.setY(std::max(leftBottom, rightBottom));
    context.pages.addSpacing(type.paragraphSpacingMm);
}

} // namespace thidua::documents::detail
