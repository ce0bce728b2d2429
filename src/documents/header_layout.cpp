#include "layout_parts.h"
#include "official_text.h"

#include <algorithm>

// The official header (two borderless columns) and the title block.
namespace thidua::documents::detail {

namespace {

void centredRule(LayoutContext& context, double centre, double width, double y) {
    context.pages.addRule(QPointF(centre - width / 2, y), QPointF(centre + width / 2, y),
                          context.type.ruleThicknessMm);
}

// Centred lines as even as they can be in as few lines as the width allows:
// "SỞ TƯ PHÁP / TỈNH VĨNH PHÚC", not "SỞ TƯ PHÁP TỈNH VĨNH / PHÚC". The
// narrowest width that still needs no more lines is found by halving.
QList<WrappedLine> balancedLines(LayoutContext& context, const QString& text, const FontSpec& font,
                                 double width) {
    const QList<WrappedLine> greedy = context.measure.wrap(text, font, width);
    if (greedy.size() < 2)
        return greedy;
    double tooNarrow = width / double(greedy.size() + 1);
    double enough = width;
    for (int step = 0; step < 10; ++step) {
        const double middle = (tooNarrow + enough) / 2;
        (context.measure.wrap(text, font, middle).size() == greedy.size() ? enough : tooNarrow) =
            middle;
    }
    return context.measure.wrap(text, font, enough);
}

} // namespace

double placeCentred(LayoutContext& context, const QString& text, const FontSpec& font, double left,
                    double width, double top, double* widest) {
    const double inner = width - 2 * context.type.columnPaddingMm;
    const double lineHeight = context.measure.lineHeight(font);
    const double ascent = context.measure.ascent(font);
    double y = top;
    for (const WrappedLine& line : balancedLines(context, text, font, inner)) {
        context.pages.addText(alignedRun(line, font, left + context.type.columnPaddingMm, inner,
                                         Alignment::Center, y + ascent));
        if (widest != nullptr) {
            *widest = std::max(*widest, line.width);
        }
        y += lineHeight;
    }
    return y;
}

double centredHeight(LayoutContext& context, const QString& text, const FontSpec& font,
                     double width) {
    return double(
               context.measure.wrap(text, font, width - 2 * context.type.columnPaddingMm).size()) *
           context.measure.lineHeight(font);
}

void layoutOfficialHeader(LayoutContext& context, const OfficialHeader& header) {
    const Typography& type = context.type;
    const QRectF area = context.pages.textArea();
    const double leftWidth = area.width() * type.headerLeftShare;
    const double rightWidth = area.width() - leftWidth;
    const double leftX = area.left();
    const double rightX = area.left() + leftWidth;
    const double top = context.pages.y();

    // Left: parent agency, issuing agency, short rule.
    double left = placeCentred(context, header.parentAgency.toUpper(),
                               FontSpec{type.agencyPointSize, false, false}, leftX, leftWidth, top);
    double issuingWidest = 0;
    left = placeCentred(context, header.issuingAgency.toUpper(),
                        FontSpec{type.agencyPointSize, true, false}, leftX, leftWidth, left,
                        &issuingWidest);
    if (issuingWidest > 0) {
        left += type.ruleGapMm;
        centredRule(context, leftX + leftWidth / 2,
                    std::max(type.minimumRuleMm, issuingWidest * type.agencyRuleShare), left);
    }

    // Right: national name, motto, a rule as long as the motto.
    double right =
        placeCentred(context, nationalName(), FontSpec{type.nationalNamePointSize, true, false},
                     rightX, rightWidth, top);
    double mottoWidth = 0;
    right = placeCentred(context, nationalMotto(), FontSpec{type.mottoPointSize, true, false},
                         rightX, rightWidth, right, &mottoWidth);
    right += type.ruleGapMm;
    centredRule(context, rightX + rightWidth / 2, mottoWidth, right);

    // Second row: number (and "V/v" of a công văn) level with the place and date.
    const double row = std::max(left, right) + type.headerRowGapMm;
    if (header.numbered) {
        left = placeCentred(context, QStringLiteral("Số: ") + header.number,
                            FontSpec{type.numberPointSize, false, false}, leftX, leftWidth, row);
    } else {
        left = row;
    }
    left = placeCentred(context, header.subject, FontSpec{type.subjectPointSize, false, false},
                        leftX, leftWidth, left);
    right = placeCentred(context, placeAndDate(header), FontSpec{type.datePointSize, false, true},
                         rightX, rightWidth, row);

    context.pages.setY(std::max(left, right) + type.afterHeaderMm);
}

void layoutTitle(LayoutContext& context, const Document& document) {
    const Typography& type = context.type;
    const QRectF area = context.pages.textArea();
    if (document.documentType.isEmpty() && document.summary.isEmpty() &&
        document.titleNote.isEmpty()) {
        return;
    }
    const FontSpec titleFont{type.titlePointSize, true, false};
    double y = placeCentred(context, document.documentType.toUpper(), titleFont, area.left(),
                            area.width(), context.pages.y());
    double widest = 0;
    y = placeCentred(context, document.summary, titleFont, area.left(), area.width(), y, &widest);
    y = placeCentred(context, document.titleNote, FontSpec{type.bodyPointSize, false, true},
                     area.left(), area.width(), y, &widest);
    if (widest > 0) {
        y += type.ruleGapMm;
        centredRule(context, area.center().x(),
                    std::max(type.minimumRuleMm, widest * type.summaryRuleShare), y);
    }
    context.pages.setY(y + type.afterTitleMm);
}

} // namespace thidua::documents::detail
