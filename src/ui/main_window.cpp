#include "main_window.h"

#include "awards_page.h"
#include "clusters_page.h"
#include "database_actions.h"
#include "icons.h"
#include "import_wizard.h"
#include "message_box.h"
#include "movements_page.h"
#include "nominations_page.h"
#include "overview_page.h"
#include "people_page.h"
#include "recent_files_menu.h"
#include "registrations_page.h"
#include "reports_page.h"
#include "scoring_page.h"
#include "session.h"
#include "settings.h"
#include "settings_page.h"
#include "ui_main_window.h"
#include "voting_page.h"
#include "year_combo_box.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>

namespace thidua::ui {

MainWindow::MainWindow(Session& session, Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , ui_(std::make_unique<Ui::MainWindow>())
    , session_(session)
    , settings_(settings)
    , actions_(new DatabaseActions(session, settings, this))
    , yearComboBox_(new YearComboBox(this))
    , yearLabel_(new QLabel(this))
    , pathLabel_(new QLabel(this)) {
    ui_->setupUi(this);
    setWindowIcon(applicationIcon());
    yearComboBox_->setObjectName(QStringLiteral("yearComboBox"));
    pathLabel_->setObjectName(QStringLiteral("databasePathLabel"));
    statusBar()->addPermanentWidget(pathLabel_);
    buildPages();
    buildToolBar();
    connectActions();
    connect(&session_, &Session::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    retranslate();
    restoreLayout();
    onWorkspaceChanged(session_.workspace());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages() {
    // A quiet selection colour and roomy rows: the list is read many times a day.
    QPalette palette = ui_->navigationList->palette();
    palette.setColor(QPalette::Highlight, QColor(0xdc, 0xe8, 0xf6));
    palette.setColor(QPalette::HighlightedText, QColor(0x14, 0x30, 0x4d));
    ui_->navigationList->setPalette(palette);
    const int rowHeight = ui_->navigationList->fontMetrics().height() + 16;
    for (const WorkArea& area : workAreas()) {
        QWidget* page = nullptr;
        switch (area.area) {
        case Area::Overview:
            page = overviewPage_ = new OverviewPage(this);
            break;
        case Area::UnitsPeople:
            page = peoplePage_ = new PeoplePage(this);
            break;
        case Area::Clusters:
            page = clustersPage_ = new ClustersPage(this);
            break;
        case Area::Movements:
            page = movementsPage_ = new MovementsPage(this);
            break;
        case Area::Registrations:
            page = registrationsPage_ = new RegistrationsPage(this);
            break;
        case Area::Scoring:
            page = scoringPage_ = new ScoringPage(this);
            break;
        case Area::Voting:
            page = votingPage_ = new VotingPage(this);
            break;
        case Area::Nominations:
            page = nominationsPage_ = new NominationsPage(this);
            break;
        case Area::Awards:
            page = awardsPage_ = new AwardsPage(this);
            break;
        case Area::Reports:
            page = reportsPage_ = new ReportsPage(this);
            break;
        case Area::Settings:
            page = new SettingsPage(settings_, this);
            break;
        }
        page->setObjectName(pageObjectName(area));
        ui_->pagesStackedWidget->addWidget(page);
        auto item = new QListWidgetItem(icon(area.icon), areaTitle(area));
        item->setSizeHint(QSize(0, rowHeight));
        ui_->navigationList->addItem(item);
    }
    connect(ui_->navigationList, &QListWidget::currentRowChanged, ui_->pagesStackedWidget,
            &QStackedWidget::setCurrentIndex);
    ui_->navigationList->setCurrentRow(0);
}

void MainWindow::buildToolBar() {
    yearLabel_->setBuddy(yearComboBox_);
    yearLabel_->setContentsMargins(8, 0, 6, 0);
    ui_->mainToolBar->addWidget(yearLabel_);
    ui_->mainToolBar->addWidget(yearComboBox_);
    ui_->mainToolBar->toggleViewAction()->setVisible(false);
    connect(yearComboBox_, &YearComboBox::yearChanged, overviewPage_, &OverviewPage::setYear);
    connect(yearComboBox_, &YearComboBox::yearChanged, registrationsPage_,
            &RegistrationsPage::setYear);
    connect(yearComboBox_, &YearComboBox::yearChanged, clustersPage_, &ClustersPage::setYear);
    connect(yearComboBox_, &YearComboBox::yearChanged, scoringPage_, &ScoringPage::setYear);
    connect(yearComboBox_, &YearComboBox::yearChanged, movementsPage_, &MovementsPage::setYear);
    connect(yearComboBox_, &YearComboBox::yearChanged, votingPage_, &VotingPage::setYear);
    connect(yearComboBox_, &YearComboBox::yearChanged, nominationsPage_, &NominationsPage::setYear);
    connect(yearComboBox_, &YearComboBox::yearChanged, awardsPage_, &AwardsPage::setYear);
    connect(yearComboBox_, &YearComboBox::yearChanged, reportsPage_, &ReportsPage::setYear);
    connect(clustersPage_, &ClustersPage::yearWanted, yearComboBox_, &YearComboBox::selectYear);
    connect(yearComboBox_, &YearComboBox::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
}

void MainWindow::connectActions() {
    ui_->newDatabaseAction->setShortcut(QKeySequence::New);
    ui_->openAction->setShortcut(QKeySequence::Open);
    ui_->backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    ui_->quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    ui_->aboutAction->setShortcut(QKeySequence::HelpContents);
    ui_->importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));

    auto recent = new RecentFilesMenu(settings_, this);
    ui_->fileMenu->insertMenu(ui_->backupAction, recent);
    ui_->fileMenu->insertSeparator(ui_->backupAction);
    ui_->fileMenu->insertAction(ui_->backupAction, ui_->importAction);
    ui_->fileMenu->insertSeparator(ui_->backupAction);
    peoplePage_->setImportAction(ui_->importAction);

    connect(ui_->newDatabaseAction, &QAction::triggered, actions_, &DatabaseActions::newDatabase);
    connect(ui_->openAction, &QAction::triggered, actions_, &DatabaseActions::openDatabase);
    connect(recent, &RecentFilesMenu::fileChosen, actions_, &DatabaseActions::openRecent);
    connect(ui_->backupAction, &QAction::triggered, actions_, &DatabaseActions::backUp);
    connect(ui_->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui_->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui_->importAction, &QAction::triggered, this, &MainWindow::importFromFile);
    const auto showStatus = [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
    };
    connect(actions_, &DatabaseActions::statusMessage, this, showStatus);
    connect(clustersPage_, &ClustersPage::statusMessage, this, showStatus);
}

void MainWindow::showArea(Area area) {
    ui_->navigationList->setCurrentRow(static_cast<int>(area));
}

Area MainWindow::currentArea() const {
    return static_cast<Area>(ui_->navigationList->currentRow());
}

void MainWindow::restoreLayout() {
    if (const QByteArray geometry = settings_.windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings_.windowState(); !state.isEmpty())
        restoreState(state);
    const int index = settings_.navigationIndex();
    if (index >= 0 && index < ui_->navigationList->count())
        ui_->navigationList->setCurrentRow(index);
}

void MainWindow::saveLayout() {
    settings_.setWindowGeometry(saveGeometry());
    settings_.setWindowState(saveState());
    settings_.setNavigationIndex(ui_->navigationList->currentRow());
    settings_.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    const auto areas = workAreas();
    for (int row = 0; row < ui_->navigationList->count(); ++row)
        ui_->navigationList->item(row)->setText(areaTitle(areas[static_cast<std::size_t>(row)]));
    yearLabel_->setText(tr("Emulation &year:"));
    yearComboBox_->setToolTip(tr("The emulation year the work areas show"));
    const services::Workspace* workspace = session_.workspace();
    const QString product = tr("Emulation and Commendation");
    setWindowTitle(
        workspace ? QStringLiteral("%1 — %2").arg(QFileInfo(workspace->path()).fileName(), product)
                  : product);
    pathLabel_->setText(workspace
                            ? tr("Database: %1").arg(QDir::toNativeSeparators(workspace->path()))
                            : tr("No database open"));
}

void MainWindow::onWorkspaceChanged(services::Workspace* workspace) {
    overviewPage_->setWorkspace(workspace);
    peoplePage_->setWorkspace(workspace);
    registrationsPage_->setWorkspace(workspace);
    scoringPage_->setWorkspace(workspace);
    clustersPage_->setWorkspace(workspace);
    movementsPage_->setWorkspace(workspace);
    votingPage_->setWorkspace(workspace);
    nominationsPage_->setWorkspace(workspace);
    awardsPage_->setWorkspace(workspace);
    reportsPage_->setWorkspace(workspace);
    yearComboBox_->setWorkspace(workspace);
    ui_->backupAction->setEnabled(workspace != nullptr);
    ui_->importAction->setEnabled(workspace != nullptr);
    retranslate();
    if (workspace && !workspace->migrationBackupPath().isEmpty())
        statusBar()->showMessage(
            tr("The database was upgraded to this version; the previous file is kept as %1")
                .arg(QDir::toNativeSeparators(workspace->migrationBackupPath())));
}

// Window-modal and not blocking: the main window stays drawn behind it, and
// no File > Open can replace the workspace the wizard works on. The pages
// reload by themselves when the import publishes DataReloaded.
void MainWindow::importFromFile() {
    services::Workspace* workspace = session_.workspace();
    if (!workspace)
        return;
    auto wizard = new ImportWizard(*workspace, settings_, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this,
            [this](const QString& summary) { statusBar()->showMessage(summary, 8000); });
    wizard->open();
}

void MainWindow::showAbout() {
    MessageBox::about(
        this, tr("About thidua"),
        tr("<h3>thidua %1</h3>"
           "<p>Emulation and commendation work (thi đua, khen thưởng) for Vietnamese public "
           "agencies.</p>"
           "<p>Free software under the GNU General Public License, version 3 or any later "
           "version (GPL-3.0-or-later).</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

} // namespace thidua::ui
