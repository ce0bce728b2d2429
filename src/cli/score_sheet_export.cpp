#include "score_sheet_export.h"

#include "command.h"
#include "file_renderer.h"
#include "scoring_service.h"
#include "workspace.h"
#include "workspace_opener.h"

#include <QDir>

namespace thidua::cli {

namespace {

// One table under the title: the XLSX reader takes its header row as the
// first row with two filled cells, and the CSV writer writes the table only.
documents::Document sheetDocument(const services::ScoreSheetFile& file) {
    documents::Document document;
    document.orientation = documents::Orientation::Landscape;
    document.documentType = file.title;
    document.summary = file.summary;
    documents::Table table;
    const std::array<std::pair<double, documents::Alignment>, 6> shapes{{
        {3, documents::Alignment::Left},
        {1, documents::Alignment::Center},
        {5, documents::Alignment::Left},
        {1, documents::Alignment::Right},
        {1, documents::Alignment::Right},
        {4, documents::Alignment::Left},
    }};
    for (qsizetype column = 0; column < file.headers.size(); ++column)
        table.columns.append({file.headers.at(column),
                              shapes.at(static_cast<std::size_t>(column)).first,
                              shapes.at(static_cast<std::size_t>(column)).second});
    for (const QStringList& row : file.rows)
        table.rows.append(documents::TableRow::data(row));
    document.add(std::move(table));
    return document;
}

} // namespace

int exportScoreSheet(const QCommandLineParser& parser) {
    const auto path = requiredOption(parser, QStringLiteral("out"));
    const auto unitName = requiredOption(parser, QStringLiteral("unit"));
    if (!path || !unitName)
        return WrongUsage;
    const QString formatText = parser.value(QStringLiteral("format"));
    const auto format = formatText.isEmpty() ? documents::fileFormatOf(*path)
                                             : documents::fileFormatNamed(formatText);
    if (!format || *format == documents::FileFormat::Pdf)
        return wrongUsage(Text::tr("A score sheet is written as xlsx or csv, to be filled in and "
                                   "imported back: end the file name in .xlsx or .csv."));
    auto opened = openRoundOption(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    auto& [scope, round] = std::get<RoundScope>(opened);
    auto& [workspace, clusterId] = scope;
    const auto unit = unitOption(*workspace, parser, QStringLiteral("unit"));
    if (const int* status = std::get_if<int>(&unit))
        return *status;

    auto file =
        workspace->scoring().scoreSheetFile(clusterId, round, std::get<domain::RowId>(unit));
    if (!file) {
        err() << file.error().message << Qt::endl;
        return file.error().code == ErrorCode::Storage ? Failure : WrongUsage;
    }
    if (auto written = documents::renderFile(sheetDocument(*file), *format, *path); !written) {
        err() << written.error().message << Qt::endl;
        return Failure;
    }
    out() << Text::tr("%n item(s) of %1 written to %2.", nullptr,
                      static_cast<int>(file->rows.size()))
                 .arg(*unitName, QDir::toNativeSeparators(*path))
          << Qt::endl;
    return Success;
}

} // namespace thidua::cli
