#pragma once

#include "agency_header.h"
#include "file_renderer.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <optional>

namespace thidua::cli {

// Where a command writes a document and in which format, and where and when
// the document is issued.
struct DocumentOutput {
    QString out;
    documents::FileFormat format = documents::FileFormat::Pdf;
    reports::Issue issue;
};

// --place and --date, for a document's header.
void addIssueOptions(QCommandLineParser& parser);

// --out (required), the format --format names or else the suffix of --out
// (one of `allowed`), --place and --date; nullopt after explaining a missing
// or wrong value on stderr.
std::optional<DocumentOutput> documentOutputOptions(const QCommandLineParser& parser,
                                                    const QList<documents::FileFormat>& allowed);

} // namespace thidua::cli
