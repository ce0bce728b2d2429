#include "evidence_files.h"

#include "file_dialog.h"
#include "scoring_service.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace thidua::ui {

Status EvidenceFiles::attach(QWidget* parent, services::ScoringService& scoring,
                             domain::RowId roundId, domain::RowId unitId, int criterion) {
    const QString path = FileDialog::getOpenFileName(parent, tr("Attach evidence"),
                                                     QDir::homePath(), tr("Any file (*)"));
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return scoring.attachEvidence(roundId, unitId, criterion, QFileInfo(path).fileName(),
                                  file.readAll());
}

Status EvidenceFiles::open(services::ScoringService& scoring, domain::RowId roundId,
                           const std::vector<domain::Evidence>& evidence, domain::RowId unitId,
                           int criterion) {
    const QDir folder(QDir::temp().filePath(QStringLiteral("thidua-evidence-%1").arg(roundId)));
    int opened = 0;
    for (const domain::Evidence& attached : evidence) {
        if (attached.unitId != unitId || attached.criterion != criterion)
            continue;
        auto content = scoring.evidenceContent(roundId, attached);
        if (!content)
            return std::unexpected(content.error());
        QFile file(folder.filePath(attached.name));
        if (!folder.mkpath(QStringLiteral(".")) || !file.open(QIODevice::WriteOnly) ||
            file.write(*content) != content->size())
            return fail(ErrorCode::Io, tr("Cannot open %1.").arg(attached.name));
        file.close();
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
        ++opened;
    }
    if (opened == 0)
        return fail(ErrorCode::NotFound, tr("No file is attached to this self-score."));
    return {};
}

} // namespace thidua::ui
