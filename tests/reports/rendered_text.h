#pragma once

#include "document.h"
#include "file_renderer.h"
#include "poppler.h"

#include <QString>

#include <gtest/gtest.h>

namespace thidua::test {

// The document written to `file` as a PDF (with the bundled fonts, so the
// test does not depend on the machine's) and read back by pdftotext, its
// white space made single so that phrases the layout wraps or spreads over
// a table's columns still read as one. page 0: every page.
inline QString renderedPdfText(const documents::Document& document, const QString& file,
                               int page = 0) {
    documents::RenderOptions options;
    options.layout.fontChoice = documents::FontChoice::BundledOnly;
    auto written = documents::renderFile(document, documents::FileFormat::Pdf, file, options);
    EXPECT_TRUE(written) << written.error().message.toStdString();
    const auto text = documents::testing::pdfText(file, page);
    EXPECT_TRUE(text.ok) << text.output.toStdString();
    return text.output.simplified();
}

} // namespace thidua::test
