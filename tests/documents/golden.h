#pragma once

#include "document.h"

#include <QString>

#include <string>

// Golden files: a document's laid-out dump (layoutDocument with the bundled
// font, then dumpLayout) compared with tests/data/documents/NAME.golden.txt.
// A missing golden file fails; THIDUA_UPDATE_GOLDEN=1 rewrites the files
// (review the diff before committing it).
namespace thidua::documents::testing {

// Empty when `actual` equals the golden file at `path`; otherwise what is wrong
// and how to fix it. Never writes.
std::string goldenMismatch(const QString& actual, const QString& path);

// Fails the test when the document no longer lays out as its golden file says.
void expectMatchesGolden(const Document& document, const QString& name);

} // namespace thidua::documents::testing
