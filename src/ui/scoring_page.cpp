#include "scoring_page.h"

#include "catalogue_service.h"
#include "cluster_service.h"
#include "criteria_dialog.h"
#include "criteria_service.h"
#include "document_export.h"
#include "document_preview.h"
#include "evidence_files.h"
#include "file_dialog.h"
#include "file_renderer.h"
#include "input_dialog.h"
#include "long_task.h"
#include "page_parts.h"
#include "ranking_chart.h"
#include "ranking_model.h"
#include "score_grid_model.h"
#include "score_sheet_document.h"
#include "scoring_print.h"
#include "scoring_service.h"
#include "scoring_steps.h"
#include "targets_dialog.h"
#include "ui_scoring_page.h"
#include "vietnamese_format.h"
#include "work_areas.h"
#include "workspace.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QUndoStack>

#include <cmath>
#include <set>

namespace thidua::ui {

namespace {

constexpr double Tolerance = 0.005; // points are written to hundredths

// Every problem of a refused score sheet, a line each, as the CLI lists them.
QString problemsText(const services::ImportReport& report) {
    QStringList lines{ScoringPage::tr("Nothing was imported:")};
    for (const services::ImportProblem& problem : report.problems) {
        QString where = problem.line > 0 ? ScoringPage::tr("line %1").arg(problem.line) : QString();
        if (!problem.column.isEmpty())
            where += ScoringPage::tr(", column \"%1\"").arg(problem.column);
        lines << (where.isEmpty() ? problem.message
                                  : where + QStringLiteral(": ") + problem.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ScoringPage::ScoringPage(QWidget* parent)
    : QWidget(parent)
    , ui_(std::make_unique<Ui::ScoringPage>())
    , grid_(new ScoreGridModel(this))
    , ranking_(new RankingModel(this))
    , undoStack_(new QUndoStack(this))
    , steps_(std::make_unique<ScoringSteps>(
          *undoStack_, [this](const QString& message) { reportFailure(message); })) {
    ui_->setupUi(this);
    ui_->scoreGrid->setModel(grid_);
    ui_->scoreGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui_->rankingTableView->setModel(ranking_);
    ui_->rankingTableView->verticalHeader()->hide();
    ui_->rankingTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui_->rankingTableView->horizontalHeader()->setSectionResizeMode(RankingModel::Unit,
                                                                    QHeaderView::Stretch);
    ui_->rankingSplitter->setStretchFactor(0, 1);
    ui_->rankingSplitter->setStretchFactor(1, 1);
    connectUndoButtons(this, undoStack_, ui_->undoButton, ui_->redoButton);
    buildOutputMenus();

    connect(ui_->clusterComboBox, &QComboBox::currentIndexChanged, this, &ScoringPage::reload);
    connect(ui_->roundComboBox, &QComboBox::currentIndexChanged, this, &ScoringPage::reload);
    connect(ui_->scorerComboBox, &QComboBox::currentIndexChanged, this, &ScoringPage::reloadSheet);
    connect(ui_->whatIfComboBox, &QComboBox::currentIndexChanged, this,
            &ScoringPage::reloadRanking);
    connect(grid_, &ScoreGridModel::pointsEdited, this, &ScoringPage::editPoints);
    connect(grid_, &ScoreGridModel::entryRefused, this, &ScoringPage::reportFailure);
    connect(ui_->scoreGrid, &SheetView::pasteRequested, this, &ScoringPage::paste);
    connect(ui_->criteriaButton, &QPushButton::clicked, this, &ScoringPage::editTable);
    connect(ui_->scoreTargetsButton, &QPushButton::clicked, this,
            &ScoringPage::scoreAgainstTargets);
    connect(ui_->attachEvidenceButton, &QPushButton::clicked, this, &ScoringPage::attachEvidence);
    connect(ui_->openEvidenceButton, &QPushButton::clicked, this, &ScoringPage::openEvidence);
    connect(ui_->createTableButton, &QPushButton::clicked, this, &ScoringPage::editTable);
    connect(ui_->copyTableButton, &QPushButton::clicked, this, &ScoringPage::copyLastYearsTable);
    connect(ui_->openRoundButton, &QPushButton::clicked, this, &ScoringPage::openRound);
    connect(ui_->exportSheetButton, &QPushButton::clicked, this, &ScoringPage::exportSheet);
    connect(ui_->importSheetButton, &QPushButton::clicked, this, &ScoringPage::importSheet);
    connect(ui_->closeRoundButton, &QPushButton::clicked, this, &ScoringPage::closeRound);
    connect(ui_->reopenRoundButton, &QPushButton::clicked, this, &ScoringPage::reopenRound);
    connect(ui_->membersScoreCheckBox, &QCheckBox::clicked, this, [this](bool checked) {
        if (!round_)
            return;
        if (auto ok = steps_->setMembersScore(round_->id, checked,
                                              checked ? tr("let every member score")
                                                      : tr("let only head and deputy score"));
            !ok)
            reportFailure(ok.error().message);
    });
    retranslate();
}

ScoringPage::~ScoringPage() = default;

void ScoringPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ScoringPage::retranslate() {
    const WorkArea& area = workArea(Area::Scoring);
    ui_->pageHeader->setTitle(areaTitle(area));
    ui_->pageHeader->setDescription(areaDescription(area));
    for (const char* name : {"printRankingAction", "exportRankingAction"})
        findChild<QAction*>(QLatin1String(name))->setText(tr("Ranking…"));
    for (const char* name : {"printScoringTableAction", "exportScoringTableAction"})
        findChild<QAction*>(QLatin1String(name))->setText(tr("Scoring Table…"));
    const QSignalBlocker blocker(ui_->roundComboBox);
    const int kind = ui_->roundComboBox->currentIndex();
    ui_->roundComboBox->clear();
    ui_->roundComboBox->addItem(domain::roundKindName(domain::RoundKind::YearEnd),
                                static_cast<int>(domain::RoundKind::YearEnd));
    ui_->roundComboBox->addItem(domain::roundKindName(domain::RoundKind::MidYear),
                                static_cast<int>(domain::RoundKind::MidYear));
    ui_->roundComboBox->setCurrentIndex(std::max(kind, 0));
    reload();
}

void ScoringPage::setWorkspace(services::Workspace* workspace) {
    subscription_.reset();
    undoStack_->clear();
    workspace_ = workspace;
    steps_->setWorkspace(workspace);
    if (workspace_)
        subscription_ =
            ChangeSubscription(workspace_->changes(), [this](const services::ChangeEvent& event) {
                if (std::holds_alternative<services::ScoringChanged>(event))
                    reload();
                else if (std::holds_alternative<services::ClusterChanged>(event) ||
                         std::holds_alternative<services::DataReloaded>(event) ||
                         std::holds_alternative<services::UnitChanged>(event))
                    reloadClusters();
            });
    reloadClusters();
}

void ScoringPage::setYear(int year) {
    year_ = year;
    undoStack_->clear(); // a step of another year must not be undone unseen
    reloadClusters();
}

void ScoringPage::reloadClusters() {
    const QVariant chosen = ui_->clusterComboBox->currentData();
    {
        const QSignalBlocker blocker(ui_->clusterComboBox);
        ui_->clusterComboBox->clear();
        if (workspace_ && year_ > 0)
            if (auto clusters = workspace_->clusters().clusters(year_))
                for (const domain::ClusterYear& cluster : *clusters)
                    ui_->clusterComboBox->addItem(domain::clusterDisplayName(cluster.cluster),
                                                  cluster.cluster.id);
        const int again = ui_->clusterComboBox->findData(chosen);
        ui_->clusterComboBox->setCurrentIndex(again >= 0 ? again : 0);
    }
    reload();
}

std::optional<domain::ClusterYear> ScoringPage::currentCluster() const {
    if (!workspace_ || ui_->clusterComboBox->currentIndex() < 0)
        return std::nullopt;
    auto cluster =
        workspace_->clusters().cluster(ui_->clusterComboBox->currentData().value<domain::RowId>());
    return cluster ? std::optional(std::move(*cluster)) : std::nullopt;
}

domain::RoundKind ScoringPage::currentKind() const {
    return static_cast<domain::RoundKind>(ui_->roundComboBox->currentData().toInt());
}

QString ScoringPage::unitName(domain::RowId unitId) const {
    if (!workspace_)
        return {};
    auto unit = workspace_->catalogue().unit(unitId);
    return unit ? unit->name : QString();
}

QString ScoringPage::organiserName() const {
    const auto cluster = currentCluster();
    return cluster && workspace_ ? unitName(cluster->cluster.organiserId) : QString();
}

void ScoringPage::reload() {
    ui_->pageHeader->setError({});
    table_.reset();
    round_.reset();
    const auto cluster = currentCluster();
    if (!cluster) {
        ui_->noTableLabel->setText(year_ > 0 ? tr("There are no clusters or blocks in %1: set "
                                                  "them up on the Clusters page first.")
                                                   .arg(year_)
                                             : QString());
        ui_->createTableButton->setEnabled(false);
        ui_->copyTableButton->setEnabled(false);
        ui_->stateStackedWidget->setCurrentWidget(ui_->noTablePage);
        ui_->criteriaButton->setEnabled(false);
        showRoundStatus();
        return;
    }
    if (auto table = workspace_->criteria().table(cluster->cluster.organiserId, year_); table)
        table_ = std::move(*table);
    if (auto round = workspace_->scoring().round(cluster->cluster.id, currentKind()); round)
        round_ = std::move(*round);
    ui_->criteriaButton->setEnabled(true);
    if (!table_) {
        ui_->noTableLabel->setText(
            tr("%1 has no criteria table for %2 yet. Make it, or start from last year's and "
               "change what is new.")
                .arg(organiserName())
                .arg(year_));
        ui_->createTableButton->setEnabled(true);
        ui_->copyTableButton->setEnabled(true);
        ui_->stateStackedWidget->setCurrentWidget(ui_->noTablePage);
    } else if (!round_) {
        ui_->noRoundLabel->setText(
            tr("%1 has not been opened yet. Opening it lets the units self-score and the head "
               "and deputy units score the others.")
                .arg(domain::roundName(currentKind(), cluster->cluster)));
        ui_->stateStackedWidget->setCurrentWidget(ui_->noRoundPage);
    } else {
        ui_->stateStackedWidget->setCurrentWidget(ui_->sheetPage);
    }
    reloadScorers();
    reloadSheet();
}

void ScoringPage::reloadScorers() {
    const QVariant chosen = ui_->scorerComboBox->currentData();
    const QSignalBlocker blocker(ui_->scorerComboBox);
    ui_->scorerComboBox->clear();
    const auto cluster = currentCluster();
    if (!cluster || !round_)
        return;
    ui_->scorerComboBox->addItem(tr("Each unit's self-score"), domain::NoId);
    for (domain::RowId leader : {cluster->head(), cluster->deputy()})
        if (leader != domain::NoId)
            ui_->scorerComboBox->addItem(unitName(leader), leader);
    if (round_->membersScore)
        for (domain::RowId member : cluster->memberIds())
            if (ui_->scorerComboBox->findData(member) < 0)
                ui_->scorerComboBox->addItem(unitName(member), member);
    const int again = ui_->scorerComboBox->findData(chosen);
    // A new round starts where the units start: with their self-scores.
    ui_->scorerComboBox->setCurrentIndex(again >= 0 ? again : 0);
}

void ScoringPage::reloadSheet() {
    if (!workspace_ || !round_) {
        grid_->setSheet({}, domain::NoId);
        ranking_->setStandings({}, {}, std::nullopt);
        showRoundStatus();
        return;
    }
    auto sheet = workspace_->scoring().sheet(round_->id);
    if (!sheet) {
        ui_->pageHeader->setError(sheet.error().message);
        return;
    }
    const QModelIndex current = ui_->scoreGrid->currentIndex();
    grid_->setSheet(std::move(*sheet), ui_->scorerComboBox->currentData().value<domain::RowId>());
    if (current.isValid() && !ui_->scoreGrid->currentIndex().isValid())
        ui_->scoreGrid->setCurrentIndex(
            grid_->index(std::min(current.row(), grid_->rowCount() - 1), current.column()));
    ui_->scoreGrid->resizeRowsToContents();
    {
        const QSignalBlocker blocker(ui_->whatIfComboBox);
        const QVariant excluded = ui_->whatIfComboBox->currentData();
        ui_->whatIfComboBox->clear();
        ui_->whatIfComboBox->addItem(tr("(every scorer counts)"), domain::NoId);
        std::set<domain::RowId> scorers;
        for (const domain::Score& score : grid_->sheet().scores)
            if (!score.isSelfScore())
                scorers.insert(score.scorerId);
        for (domain::RowId scorer : scorers)
            ui_->whatIfComboBox->addItem(grid_->sheet().unitName(scorer), scorer);
        ui_->whatIfComboBox->setCurrentIndex(std::max(ui_->whatIfComboBox->findData(excluded), 0));
    }
    reloadRanking();
    showRoundStatus();
}

void ScoringPage::reloadRanking() {
    if (!workspace_ || !round_)
        return;
    auto standings = workspace_->scoring().standings(round_->id);
    if (!standings) {
        ui_->pageHeader->setError(standings.error().message);
        return;
    }
    const auto excluded = ui_->whatIfComboBox->currentData().value<domain::RowId>();
    std::optional<std::vector<domain::Standing>> without;
    if (excluded != domain::NoId)
        if (auto other = workspace_->scoring().standings(round_->id, excluded))
            without = std::move(*other);
    std::vector<QString> names;
    std::vector<RankingChart::Bar> bars;
    for (const domain::Standing& standing : *standings) {
        names.push_back(grid_->sheet().unitName(standing.unitId));
        bars.push_back({QStringLiteral("%1. %2").arg(standing.rank).arg(names.back()),
                        standing.totals.total()});
    }
    ranking_->setStandings(std::move(*standings), std::move(names), std::move(without));
    ui_->whatIfSummaryLabel->setText(
        excluded == domain::NoId
            ? QString()
            : tr("%n unit(s) would change rank.", nullptr, ranking_->changedRanks()));
    ui_->rankingChart->setBars(bars, table_ ? table_->total : 100, tr("Total points"));
}

void ScoringPage::showRoundStatus() {
    const bool open = round_ && !round_->closedOn;
    ui_->closeRoundButton->setEnabled(open);
    ui_->reopenRoundButton->setEnabled(round_ && round_->closedOn);
    ui_->exportSheetButton->setEnabled(round_.has_value());
    ui_->importSheetButton->setEnabled(open);
    ui_->membersScoreCheckBox->setEnabled(open);
    ui_->membersScoreCheckBox->setChecked(round_ && round_->membersScore);
    ui_->scorerComboBox->setEnabled(round_.has_value());
    ui_->printToolButton->setEnabled(round_.has_value());
    ui_->exportToolButton->setEnabled(round_.has_value());
    if (!round_) {
        ui_->roundStatusLabel->clear();
        return;
    }
    int missing = 0;
    for (int row = 0; row < grid_->rowCount(); ++row)
        for (int column = grid_->firstItemColumn(); grid_->itemAt(grid_->index(row, column));
             ++column)
            if (const auto item = grid_->itemAt(grid_->index(row, column));
                item && !grid_->scoreOf(*item, item->unitId))
                ++missing;
    ui_->roundStatusLabel->setText(
        round_->closedOn ? tr("Closed on %1.").arg(domain::vn::formatDate(*round_->closedOn)) +
                               (round_->closeReason.isEmpty()
                                    ? QString()
                                    : QLatin1Char(' ') + tr("Reason: %1").arg(round_->closeReason))
        : missing > 0 ? tr("Open: %n self-score(s) still missing.", nullptr, missing)
                      : tr("Open: every unit has scored itself."));
}

void ScoringPage::reportFailure(const QString& message) {
    ui_->pageHeader->setError(message);
    reloadSheet();
}

// The sheet of the unit on the grid's current row (the first without one).
void ScoringPage::exportSheet() {
    const auto cluster = currentCluster();
    const services::ScoringSheet& sheet = grid_->sheet();
    if (!workspace_ || !cluster || sheet.unitIds.empty())
        return;
    const auto row = static_cast<std::size_t>(std::max(0, ui_->scoreGrid->currentIndex().row()));
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export score sheet"), tr("Score sheet - %1.xlsx").arg(sheet.unitNames.at(row)),
        tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    auto file = workspace_->scoring().scoreSheetFile(cluster->cluster.id, currentKind(),
                                                     sheet.unitIds.at(row));
    // Anything but CSV is written as a workbook, the form units fill in.
    const auto format = documents::fileFormatOf(path) == documents::FileFormat::Csv
                            ? documents::FileFormat::Csv
                            : documents::FileFormat::Xlsx;
    const Status written = file ? documents::renderFile(scoreSheetDocument(*file), format, path)
                                : Status(std::unexpected(file.error()));
    ui_->pageHeader->setError(written ? QString() : written.error().message);
}

// The self-scores, or the points of the scorer the grid shows.
void ScoringPage::importSheet() {
    const auto cluster = currentCluster();
    if (!workspace_ || !cluster)
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import score sheet"), {},
                                                     tr("Score sheets (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    auto report = workspace_->scoring().importScores(
        path, cluster->cluster.id, currentKind(),
        ui_->scorerComboBox->currentData().value<domain::RowId>(), {});
    if (!report || report->hasProblems()) {
        reportFailure(report ? problemsText(*report) : report.error().message);
        return;
    }
    // A step from before the import would put back points over the file's.
    undoStack_->clear();
    ui_->pageHeader->setError({});
}

// The change a typed value makes for the grid's scorer. A scorer who departs
// from the unit's self-score is asked why (nullopt when the user cancels).
std::optional<PointsChange> ScoringPage::changeFor(domain::RowId unitId, int criterion,
                                                   std::optional<double> points) {
    const ScoreGridModel::Item item{unitId, criterion};
    const domain::RowId scorer = grid_->selfScoring() ? unitId : grid_->scorerId();
    PointsChange change;
    if (const domain::Score* before = grid_->scoreOf(item, scorer))
        change.before = *before;
    if (!points) {
        if (!change.before)
            return std::nullopt;
        return change;
    }
    // Refusals that need no question first: points the criterion does not
    // take, or a scorer's own unit (the service says why).
    if (auto refusal = domain::pointsRefusal(grid_->sheet().table, criterion, *points)) {
        reportFailure(QStringLiteral("%1: %2").arg(grid_->sheet().unitName(unitId), *refusal));
        return std::nullopt;
    }
    if (!grid_->selfScoring() && scorer == unitId) {
        const domain::Score own{unitId, criterion, scorer, *points, {}};
        if (auto refused = workspace_->scoring().setScore(grid_->sheet().round.id, own); !refused)
            reportFailure(refused.error().message);
        return std::nullopt;
    }
    domain::Score after{unitId, criterion, scorer, *points,
                        change.before ? change.before->note : QString()};
    const domain::Score* self = grid_->scoreOf(item, unitId);
    // Asked at every departure, the last reason offered: new points may need another.
    if (!after.isSelfScore() && self && std::abs(self->points - *points) >= Tolerance) {
        const domain::Criterion& criterionRow =
            grid_->sheet().table.criteria[static_cast<std::size_t>(criterion)];
        auto reason = InputDialog::getText(
            this, tr("Why the points differ"),
            tr("%1 gave itself %2 on %3. Why does %4 give %5?")
                .arg(grid_->sheet().unitName(unitId), domain::vn::formatDecimal(self->points),
                     domain::criterionLabel(criterionRow), grid_->sheet().unitName(scorer),
                     domain::vn::formatDecimal(*points)),
            after.note);
        if (!reason || reason->trimmed().isEmpty())
            return std::nullopt;
        after.note = reason->trimmed();
    }
    change.after = after;
    return change;
}

void ScoringPage::editPoints(domain::RowId unitId, int criterion, std::optional<double> points) {
    auto change = changeFor(unitId, criterion, points);
    if (!change) {
        reloadSheet();
        return;
    }
    const domain::Criterion& item =
        grid_->sheet().table.criteria[static_cast<std::size_t>(criterion)];
    setPoints({*change}, tr("points of %1 on %2")
                             .arg(grid_->sheet().unitName(unitId),
                                  item.code.isEmpty() ? item.title : item.code));
}

// A block pasted from Excel is one step: every value is read first, and
// nothing is written when one of them is not a number.
void ScoringPage::paste(const QModelIndex& at, const QList<QStringList>& block) {
    std::vector<PointsChange> changes;
    for (int line = 0; line < block.size(); ++line)
        for (int cell = 0; cell < block[line].size(); ++cell) {
            const auto item = grid_->itemAt(grid_->index(at.row() + line, at.column() + cell));
            if (!item)
                continue;
            const QString text = block[line][cell];
            std::optional<double> points;
            if (!text.isEmpty()) {
                points = domain::vn::parseDecimal(text);
                if (!points) {
                    reportFailure(tr("Nothing was pasted: \"%1\" (line %2, cell %3) is not a "
                                     "number of points.")
                                      .arg(text)
                                      .arg(line + 1)
                                      .arg(cell + 1));
                    return;
                }
            }
            if (auto change = changeFor(item->unitId, item->criterion, points))
                changes.push_back(std::move(*change));
        }
    if (!changes.empty())
        setPoints(changes, tr("paste %n point(s)", nullptr, static_cast<int>(changes.size())));
}

void ScoringPage::setPoints(const std::vector<PointsChange>& changes, const QString& text) {
    if (!round_)
        return;
    ui_->pageHeader->setError({});
    if (auto ok = steps_->setPoints(round_->id, changes, text); !ok)
        reportFailure(ok.error().message);
}

// A scorer's points on the current quantitative criterion for every unit,
// worked out from targets and results, as one step. The scorer's own unit is
// measured with the others (it may lead) but its points are left to another.
void ScoringPage::scoreAgainstTargets() {
    const auto item = grid_->itemAt(ui_->scoreGrid->currentIndex());
    const services::ScoringSheet& sheet = grid_->sheet();
    if (!item || sheet.table.criteria[static_cast<std::size_t>(item->criterion)].kind !=
                     domain::CriterionKind::Quantitative)
        return ui_->pageHeader->setError(
            tr("Choose a cell of a criterion scored against a target first."));
    if (grid_->selfScoring())
        return ui_->pageHeader->setError(
            tr("Choose whose points these are in \"Points of\": points against targets "
               "compare every unit, so a scorer gives them."));
    const domain::Criterion& criterion =
        sheet.table.criteria[static_cast<std::size_t>(item->criterion)];
    TargetsDialog dialog(criterion, sheet.table.scale, sheet.unitNames, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto results = dialog.results();
    const auto points = dialog.points();
    std::vector<PointsChange> changes;
    for (std::size_t row = 0; row < sheet.unitIds.size(); ++row) {
        const domain::RowId unitId = sheet.unitIds[row];
        if (!points[row] || unitId == grid_->scorerId())
            continue;
        PointsChange change;
        if (const domain::Score* before =
                grid_->scoreOf({unitId, item->criterion}, grid_->scorerId()))
            change.before = *before;
        change.after = domain::Score{unitId, item->criterion, grid_->scorerId(), *points[row],
                                     tr("Target %1, result %2")
                                         .arg(domain::vn::formatDecimal(results[row]->target),
                                              domain::vn::formatDecimal(results[row]->actual))};
        changes.push_back(std::move(change));
    }
    setPoints(changes, tr("points against targets on %1").arg(criterion.code));
}

void ScoringPage::attachEvidence() {
    const auto item = grid_->itemAt(ui_->scoreGrid->currentIndex());
    if (!item || !round_)
        return ui_->pageHeader->setError(tr("Choose the unit's cell of the criterion first."));
    if (auto attached = EvidenceFiles::attach(this, workspace_->scoring(), round_->id, item->unitId,
                                              item->criterion);
        !attached)
        ui_->pageHeader->setError(attached.error().message);
}

void ScoringPage::openEvidence() {
    const auto item = grid_->itemAt(ui_->scoreGrid->currentIndex());
    if (!item || !round_)
        return ui_->pageHeader->setError(tr("Choose the unit's cell of the criterion first."));
    if (auto opened = EvidenceFiles::open(workspace_->scoring(), round_->id,
                                          grid_->sheet().evidence, item->unitId, item->criterion);
        !opened)
        ui_->pageHeader->setError(opened.error().message);
}

void ScoringPage::editTable() {
    const auto cluster = currentCluster();
    if (!cluster)
        return;
    domain::CriteriaTable table;
    if (table_) {
        table = *table_;
    } else {
        table.organiserId = cluster->cluster.organiserId;
        table.year = year_;
    }
    const std::optional<domain::CriteriaTable> before = table_;
    CriteriaDialog dialog(
        table, organiserName(),
        [&](const domain::CriteriaTable& edited) {
            return steps_->saveTable(
                before, edited, tr("criteria table of %1 for %2").arg(organiserName()).arg(year_));
        },
        this);
    dialog.exec();
}

void ScoringPage::copyLastYearsTable() {
    const auto cluster = currentCluster();
    if (!cluster)
        return;
    auto copied = workspace_->criteria().copyFromPreviousYear(cluster->cluster.organiserId, year_);
    if (!copied)
        ui_->pageHeader->setError(copied.error().message);
}

void ScoringPage::openRound() {
    const auto cluster = currentCluster();
    if (!cluster)
        return;
    if (auto opened = workspace_->scoring().openRound(cluster->cluster.id, currentKind()); !opened)
        ui_->pageHeader->setError(opened.error().message);
}

void ScoringPage::closeRound() {
    if (!round_)
        return;
    QString reason;
    const auto standings = workspace_->scoring().standings(round_->id);
    int unscored = 0;
    if (standings)
        for (const domain::Standing& standing : *standings)
            unscored += standing.totals.missing;
    if (unscored > 0) {
        auto given = InputDialog::getText(
            this, tr("Close with points missing"),
            tr("%n item(s) still have no scorer's points. Why does the round close without "
               "them?",
               nullptr, unscored));
        if (!given)
            return;
        reason = given->trimmed();
    } else if (!askYesNo(
                   this, tr("Close the round"),
                   tr("Close %1? Its points can no longer change until it is reopened.")
                       .arg(domain::roundName(round_->kind, grid_->sheet().cluster.cluster)))) {
        return;
    }
    if (auto ok = steps_->close(round_->id, reason, tr("close the round")); !ok)
        reportFailure(ok.error().message);
}

void ScoringPage::reopenRound() {
    if (!round_)
        return;
    if (!askYesNo(this, tr("Reopen the round"),
                  tr("Reopen the round so that its points can change again? The reopening is "
                     "recorded.")))
        return;
    if (auto ok = steps_->reopen(round_->id, round_->closeReason, tr("reopen the round")); !ok)
        reportFailure(ok.error().message);
}

void ScoringPage::buildOutputMenus() {
    ui_->printToolButton->setMenu(
        actionMenu(this, {"printRankingAction", "printScoringTableAction"},
                   [this](int index) { preview(static_cast<Output>(index)); }));
    ui_->exportToolButton->setMenu(
        actionMenu(this, {"exportRankingAction", "exportScoringTableAction"},
                   [this](int index) { exportFile(static_cast<Output>(index)); }));
}

Result<documents::Document> ScoringPage::document(Output output) {
    const auto cluster = currentCluster();
    if (!cluster)
        return fail(ErrorCode::NotFound, tr("Choose a cluster first."));
    auto print = reports::readScoringPrint(*workspace_, cluster->cluster.id, currentKind());
    if (!print)
        return std::unexpected(print.error());
    return output == Output::Ranking ? reports::rankingDocument(*print)
                                     : reports::scoringTableDocument(*print);
}

void ScoringPage::preview(Output output) {
    auto made = document(output);
    if (!made)
        return ui_->pageHeader->setError(made.error().message);
    LongTask task(this);
    if (auto shown = DocumentPreview::open(this, *made, task); !shown)
        ui_->pageHeader->setError(shown.error().message);
}

void ScoringPage::exportFile(Output output) {
    ui_->rankingOutputLabel->clear();
    const QString name = QStringLiteral("%1 %2 - %3.pdf")
                             .arg(output == Output::Ranking ? tr("Ranking") : tr("Scoring table"))
                             .arg(year_)
                             .arg(ui_->clusterComboBox->currentText());
    auto written = DocumentExport::exportAs(this, name, [&] { return document(output); });
    if (!written)
        return ui_->pageHeader->setError(written.error().message);
    if (!written->isEmpty())
        ui_->rankingOutputLabel->setText(
            tr("Written to %1.").arg(QDir::toNativeSeparators(*written)));
}

} // namespace thidua::ui
