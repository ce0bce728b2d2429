#pragma once

#include "document.h"
#include "font_resolver.h"
#include "laid_out_document.h"
#include "result.h"
#include "typography.h"

// Lays a Document out on Nghị định 30 pages: wraps text, paginates, splits
// long table rows, repeats table headers, numbers pages from page 2 on. Knows
// nothing about painting; see pdf_renderer.h. Needs a QGuiApplication.
namespace thidua::documents {

struct LayoutOptions {
    FontChoice fontChoice = FontChoice::PreferTimesNewRoman;
    QString fontFamily; // When set, used as is instead of fontChoice.
    Typography typography;
};

// Fails with InvalidInput when a table row has more cells than the table has
// columns or a column width is not positive.
Result<LaidOutDocument> layoutDocument(const Document& document, const LayoutOptions& options = {});

} // namespace thidua::documents
