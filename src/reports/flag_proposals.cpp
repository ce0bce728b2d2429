#include "flag_proposals.h"

#include "ballot_print.h"
#include "file_renderer.h"
#include "nomination_service.h"
#include "scoring_print.h"
#include "vote_minutes.h"
#include "workspace.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

namespace thidua::reports {

namespace {

using domain::DossierPaper;

// The PDF the document becomes, as bytes for the dossier.
Result<QByteArray> pdfOf(const documents::Document& document) {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("paper.pdf"));
    if (auto written = documents::renderFile(document, documents::FileFormat::Pdf, path); !written)
        return std::unexpected(written.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, file.errorString());
    return file.readAll();
}

struct Paper {
    QString fileName;
    QByteArray content;
};

// The cluster-year's papers that found a flag: the minutes always, the
// ranking and the scoring table when the year end was scored.
Result<std::map<DossierPaper, Paper>> clusterPapers(services::Workspace& workspace,
                                                    domain::RowId clusterId, int year) {
    std::map<DossierPaper, Paper> papers;
    auto ballots = readBallotPrint(workspace, clusterId);
    if (!ballots)
        return std::unexpected(ballots.error());
    auto minutes = pdfOf(meetingMinutes(*ballots));
    if (!minutes)
        return std::unexpected(minutes.error());
    papers[DossierPaper::Minutes] = {QStringLiteral("Biên bản họp %1.pdf").arg(year), *minutes};
    auto scoring = readScoringPrint(workspace, clusterId, domain::RoundKind::YearEnd);
    if (!scoring)
        return scoring.error().code == ErrorCode::NotFound
                   ? Result<std::map<DossierPaper, Paper>>(std::move(papers))
                   : std::unexpected(scoring.error());
    auto ranking = pdfOf(rankingDocument(*scoring));
    auto table = pdfOf(scoringTableDocument(*scoring));
    if (!ranking || !table)
        return std::unexpected(!ranking ? ranking.error() : table.error());
    papers[DossierPaper::Ranking] = {QStringLiteral("Bảng xếp hạng %1.pdf").arg(year), *ranking};
    papers[DossierPaper::ScoringTable] = {QStringLiteral("Bảng chấm điểm %1.pdf").arg(year),
                                          *table};
    return papers;
}

} // namespace

Result<int> proposeFlagsFromVote(services::Workspace& workspace, domain::RowId clusterId,
                                 int year) {
    services::NominationService& nominations = workspace.nominations();
    auto created = nominations.proposeFromVote(clusterId);
    if (!created)
        return std::unexpected(created.error());
    auto papers = clusterPapers(workspace, clusterId, year);
    if (!papers)
        return std::unexpected(papers.error());
    domain::NominationFilter filter;
    filter.year = year;
    filter.clusterId = clusterId;
    auto entries = nominations.list(filter);
    if (!entries)
        return std::unexpected(entries.error());
    for (const domain::NominationEntry& entry : *entries) {
        auto nomination = nominations.nomination(entry.nominationId);
        if (!nomination)
            return std::unexpected(nomination.error());
        if (nomination->ballotSessionId == domain::NoId || !nomination->editable())
            continue;
        auto dossier = nominations.dossier(entry.nominationId);
        if (!dossier)
            return std::unexpected(dossier.error());
        for (const auto& [paper, file] : *papers) {
            if (std::ranges::find(dossier->files, paper, &domain::DossierFile::paper) !=
                dossier->files.end())
                continue;
            if (auto attached =
                    nominations.attach(entry.nominationId, paper, file.fileName, file.content);
                !attached)
                return std::unexpected(attached.error());
        }
    }
    return created;
}

} // namespace thidua::reports
