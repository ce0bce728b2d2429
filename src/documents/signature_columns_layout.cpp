#include "layout_parts.h"

#include <algorithm>

// Signatures side by side (the units that sign a giao ước thi đua).
namespace thidua::documents::detail {

namespace {

struct ColumnTexts {
    QString authority;
    QString position;
    QString name;
};

ColumnTexts textsOf(const SignatureColumn& signature) {
    return {signature.authority.toUpper(), signature.position.toUpper(), signature.signerName};
}

double columnHeight(LayoutContext& context, const SignatureColumn& signature, const FontSpec& font,
                    double width) {
    const ColumnTexts texts = textsOf(signature);
    return centredHeight(context, texts.authority, font, width) +
           centredHeight(context, texts.position, font, width) + context.type.signatureSpaceMm +
           centredHeight(context, texts.name, font, width);
}

void placeColumn(LayoutContext& context, const SignatureColumn& signature, const FontSpec& font,
                 double left, double width, double top) {
    const ColumnTexts texts = textsOf(signature);
    double y = placeCentred(context, texts.authority, font, left, width, top);
    y = placeCentred(context, texts.position, font, left, width, y);
    placeCentred(context, texts.name, font, left, width, y + context.type.signatureSpaceMm);
}

} // namespace

void layoutSignatureColumns(LayoutContext& context, const SignatureColumns& signatures) {
    const qsizetype count = signatures.signatures.size();
    if (count == 0) {
        return;
    }
    const QRectF area = context.pages.textArea();
    const qsizetype perRow = std::clamp<qsizetype>(signatures.perRow, 1, count);
    const double width = area.width() / double(perRow);
    const FontSpec font{context.type.signaturePointSize, true, false};

    context.pages.addSpacing(context.type.beforeSignatureCaptionMm);
    for (qsizetype first = 0; first < count; first += perRow) {
        const qsizetype inRow = std::min(perRow, count - first);
        double height = 0;
        for (qsizetype i = first; i < first + inRow; ++i) {
            height =
                std::max(height, columnHeight(context, signatures.signatures.at(i), font, width));
        }
        if (first == 0 && !signatures.caption.isEmpty()) {
            // The caption stays with the first row.
            const double caption =
                centredHeight(context, signatures.caption.toUpper(), font, area.width());
            context.pages.ensureSpace(caption + context.type.afterSignatureCaptionMm + height);
            const double below = placeCentred(context, signatures.caption.toUpper(), font,
                                              area.left(), area.width(), context.pages.y());
            context.pages.setY(below + context.type.afterSignatureCaptionMm);
        } else {
            context.pages.ensureSpace(height);
        }
        // A short row is centred under the full ones.
        const double left = area.left() + (area.width() - double(inRow) * width) / 2;
        const double top = context.pages.y();
        for (qsizetype i = 0; i < inRow; ++i) {
            placeColumn(context, signatures.signatures.at(first + i), font,
                        left + double(i) * width, width, top);
        }
        context.pages.setY(top + height);
        if (first + perRow < count) {
            context.pages.addSpacing(context.type.betweenSignatureRowsMm);
        }
    }
    context.pages.addSpacing(context.type.paragraphSpacingMm);
}

} // namespace thidua::documents::detail
