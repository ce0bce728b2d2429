#include "layout_engine.h"

#include "layout_parts.h"
#include "official_text.h"
#include "overloaded.h"

#include <utility>

namespace thidua::documents {

namespace {

// Arabic numerals centred in the top margin, from page 2 on (Nghị định 30).
void addPageNumbers(LaidOutDocument& laidOut, TextMeasurer& measure, const Typography& type) {
    const FontSpec font{type.pageNumberPointSize, false, false};
    const QRectF area = laidOut.geometry.textArea();
    const double capHeight = measure.ascent(font) - measure.descent(font);
    const double baseline = laidOut.geometry.margins.top() / 2 + capHeight / 2;
    for (qsizetype i = 1; i < laidOut.pages.size(); ++i) {
        TextRun run;
        run.text = QString::number(i + 1);
        run.width = measure.width(run.text, font);
        run.font = font;
        run.baseline = QPointF(area.center().x() - run.width / 2, baseline);
        laidOut.pages[i].texts.append(run);
    }
}

// What moves to the next page with a table or a signature takes at most
// this share of a page; anything taller splits where it falls.
constexpr double MostShareOfPage = 0.4;

// What introduces a table starts on the page where the table starts: a
// heading with at most two short paragraphs under it ("Lượt 3", the master
// of ceremonies' words, who presents), or the one paragraph right above it.
// A heading never ends a page whose table is on the next.
void keepWithTable(detail::LayoutContext& context, const QList<Block>& blocks, qsizetype index) {
    const qsizetype mostIntroducing = std::holds_alternative<Heading>(blocks.at(index)) ? 3 : 1;
    double height = 0;
    for (qsizetype next = index; next < blocks.size() && next <= index + mostIntroducing; ++next) {
        const Block& block = blocks.at(next);
        if (const auto* heading = std::get_if<Heading>(&block); heading && next == index)
            height += detail::headingHeight(context, *heading);
        else if (const auto* paragraph = std::get_if<Paragraph>(&block))
            height += detail::paragraphHeight(context, *paragraph);
        else if (const auto* table = std::get_if<Table>(&block)) {
            if (next > index && height <= MostShareOfPage * context.pages.pageHeight())
                context.pages.ensureSpace(height + detail::tableStartHeight(context, *table));
            return;
        } else
            return;
    }
}

// A signature never stands alone at the top of a page: the paragraph right
// above it moves with it.
void keepWithSignature(detail::LayoutContext& context, const QList<Block>& blocks,
                       qsizetype index) {
    const auto* paragraph = std::get_if<Paragraph>(&blocks.at(index));
    const auto* signature =
        index + 1 < blocks.size() ? std::get_if<SignatureBlock>(&blocks.at(index + 1)) : nullptr;
    if (!paragraph || !signature)
        return;
    const double height = detail::paragraphHeight(context, *paragraph);
    if (height <= MostShareOfPage * context.pages.pageHeight())
        context.pages.ensureSpace(height + detail::signatureHeight(context, *signature));
}

} // namespace

Result<LaidOutDocument> layoutDocument(const Document& document, const LayoutOptions& options) {
    auto resolved = documentFontFamily(options.fontFamily, options.fontChoice);
    if (!resolved) {
        return std::unexpected(resolved.error());
    }
    const QString family = *resolved;

    LaidOutDocument laidOut;
    laidOut.geometry = PageGeometry::nd30(document.orientation);
    laidOut.fontFamily = family;
    laidOut.title = metadataTitle(document);

    PageComposer pages(laidOut.geometry);
    TextMeasurer measure(family);
    detail::LayoutContext context{pages, measure, options.typography};

    if (document.header) {
        detail::layoutOfficialHeader(context, *document.header);
    }
    detail::layoutTitle(context, document);
    for (qsizetype index = 0; index < document.blocks.size(); ++index) {
        const Block& block = document.blocks.at(index);
        keepWithTable(context, document.blocks, index);
        keepWithSignature(context, document.blocks, index);
        // A signature right after a table keeps the table's last row with it.
        const auto keepWithEnd = [&] {
            const auto* next = index + 1 < document.blocks.size()
                                   ? std::get_if<SignatureBlock>(&document.blocks.at(index + 1))
                                   : nullptr;
            return next ? detail::signatureHeight(context, *next) : 0.0;
        };
        Status placed =
            std::visit(Overloaded{
                           [&](const Heading& heading) -> Status {
                               detail::layoutHeading(context, heading);
                               return {};
                           },
                           [&](const Paragraph& paragraph) -> Status {
                               detail::layoutParagraph(context, paragraph);
                               return {};
                           },
                           [&](const Table& table) -> Status {
                               return detail::layoutTable(context, table, keepWithEnd());
                           },
                           [&](const Chart& chart) -> Status {
                               detail::layoutChart(context, chart);
                               return {};
                           },
                           [&](const SignatureBlock& signature) -> Status {
                               detail::layoutSignature(context, signature);
                               return {};
                           },
                           [&](const SignatureColumns& signatures) -> Status {
                               detail::layoutSignatureColumns(context, signatures);
                               return {};
                           },
                           [&](const PageBreak&) -> Status {
                               if (!pages.atPageTop()) {
                                   pages.newPage();
                               }
                               return {};
                           },
                       },
                       block);
        if (!placed) {
            return std::unexpected(placed.error());
        }
    }

    laidOut.pages = pages.takePages();
    addPageNumbers(laidOut, measure, options.typography);
    return laidOut;
}

} // namespace thidua::documents
