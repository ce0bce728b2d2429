#pragma once

#include "work_areas.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

namespace Ui {
class MainWindow;
}

class AwardsPage;
class ReportsPage;
class ClustersPage;
class DatabaseActions;
class MovementsPage;
class OverviewPage;
class PeoplePage;
class RegistrationsPage;
class ScoringPage;
class VotingPage;
class NominationsPage;
class Session;
class Settings;
class YearComboBox;

// The shell: navigation on the left, one page per work area, the year in the
// toolbar, the database in the status bar. It only composes; the pages, the
// file actions and the settings do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // session and settings must outlive the window.
    MainWindow(Session& session, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showArea(Area area);
    Area currentArea() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildPages();
    void buildToolBar();
    void connectActions();
    void restoreLayout();
    void saveLayout();
    void retranslate();
    void onWorkspaceChanged(services::Workspace* workspace);
    void showAbout();
    void importFromFile();

    std::unique_ptr<Ui::MainWindow> ui_;
    Session& session_;
    Settings& settings_;
    DatabaseActions* actions_;
    YearComboBox* yearComboBox_;
    QLabel* yearLabel_;
    QLabel* pathLabel_;
    OverviewPage* overviewPage_ = nullptr;
    PeoplePage* peoplePage_ = nullptr;
    ClustersPage* clustersPage_ = nullptr;
    MovementsPage* movementsPage_ = nullptr;
    RegistrationsPage* registrationsPage_ = nullptr;
    ScoringPage* scoringPage_ = nullptr;
    VotingPage* votingPage_ = nullptr;
    NominationsPage* nominationsPage_ = nullptr;
    AwardsPage* awardsPage_ = nullptr;
    ReportsPage* reportsPage_ = nullptr;
};

} // namespace thidua::ui
