#include "score_sheet_export.h"

#include "command.h"
#include "file_renderer.h"
#include "score_sheet_document.h"
#include "scoring_service.h"
#include "workspace.h"
#include "workspace_opener.h"

#include <QDir>

namespace thidua::cli {

int exportScoreSheet(const QCommandLineParser& parser) {
    const auto path = requiredOption(parser, QStringLiteral("out"));
    const auto unitName = requiredOption(parser, QStringLiteral("unit"));
    if (!path || !unitName)
        return WrongUsage;
    const QString formatText = parser.value(QStringLiteral("format"));
    const auto format = formatText.isEmpty() ? documents::fileFormatOf(*path)
                                             : documents::fileFormatNamed(formatText);
    if (format != documents::FileFormat::Xlsx && format != documents::FileFormat::Csv)
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
    if (auto written = documents::renderFile(ui::scoreSheetDocument(*file), *format, *path);
        !written) {
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
