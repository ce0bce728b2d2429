#pragma once

#include "document.h"
#include "overloaded.h"
#include "render_progress.h"
#include "result.h"

// The renderers that write a document's blocks out in order, as their own
// markup (DOCX, HTML), share the walk over them.
namespace thidua::documents {

// Calls `writer`'s member for each block in order: heading(), paragraph(),
// table() (false when the caller asked to stop), chart() (a Status),
// signatureBlock(), signatureColumns() and pageBreak(). Stops at the first
// failure and returns it.
template <typename Writer>
Status writeBlocks(Writer& writer, const QList<Block>& blocks) {
    for (const Block& block : blocks) {
        Status written =
            std::visit(Overloaded{
                           [&](const Heading& part) -> Status {
                               writer.heading(part);
                               return {};
                           },
                           [&](const Paragraph& part) -> Status {
                               writer.paragraph(part);
                               return {};
                           },
                           [&](const Table& part) -> Status {
                               return writer.table(part) ? Status{} : renderCancelled();
                           },
                           [&](const Chart& part) { return writer.chart(part); },
                           [&](const SignatureBlock& part) -> Status {
                               writer.signatureBlock(part);
                               return {};
                           },
                           [&](const SignatureColumns& part) -> Status {
                               writer.signatureColumns(part);
                               return {};
                           },
                           [&](const PageBreak&) -> Status {
                               writer.pageBreak();
                               return {};
                           },
                       },
                       block);
        if (!written) {
            return written;
        }
    }
    return {};
}

} // namespace thidua::documents
