#pragma once

#include "document.h"
#include "page_composer.h"
#include "result.h"
#include "text_measurer.h"
#include "typography.h"

// Internal to the layout engine: one function per kind of block, each in its
// own file (header_layout.cpp, block_layout.cpp, table_layout.cpp,
// chart_layout.cpp).
namespace thidua::documents::detail {

struct LayoutContext {
    PageComposer& pages;
    TextMeasurer& measure;
    const Typography& type;
};

// A run for one wrapped line, aligned within [left, left + width]. Justified
// lines that do not end a paragraph get extra word spacing.
TextRun alignedRun(const WrappedLine& line, const FontSpec& font, double left, double width,
                   Alignment alignment, double baselineY);

// Wraps `text` and places its lines centred in [left, left + width] from `top`
// on the current page, without page breaks (header and signature columns).
// Returns the y below the last line; `widest` receives the widest line.
double placeCentred(LayoutContext& context, const QString& text, const FontSpec& font, double left,
                    double width, double top, double* widest = nullptr);
// The height placeCentred() gives `text` in a column of `width`.
double centredHeight(LayoutContext& context, const QString& text, const FontSpec& font,
                     double width);

void layoutOfficialHeader(LayoutContext& context, const OfficialHeader& header);
void layoutTitle(LayoutContext& context, const Document& document);
void layoutHeading(LayoutContext& context, const Heading& heading);
// The room a heading or a paragraph takes, the space around it included.
double headingHeight(LayoutContext& context, const Heading& heading);
double paragraphHeight(LayoutContext& context, const Paragraph& paragraph);
void layoutParagraph(LayoutContext& context, const Paragraph& paragraph);
void layoutSignature(LayoutContext& context, const SignatureBlock& signature);
// The room layoutSignature() needs, the space above it included.
double signatureHeight(LayoutContext& context, const SignatureBlock& signature);
void layoutSignatureColumns(LayoutContext& context, const SignatureColumns& signatures);
// The chart and its caption, whole on one page.
void layoutChart(LayoutContext& context, const Chart& chart);
// keepWithEnd: the room what follows the table needs on the page of its last
// row (a signature must not stand alone on a page).
Status layoutTable(LayoutContext& context, const Table& table, double keepWithEnd = 0);
// The room a table needs where it starts: its header and the beginning of
// its first row (with the group titles above it).
double tableStartHeight(LayoutContext& context, const Table& table);

} // namespace thidua::documents::detail
