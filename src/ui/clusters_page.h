#pragma once

#include "change_subscription.h"
#include "cluster_year.h"
#include "covenant.h"
#include "result.h"
#include "unit_catalogue.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

struct CovenantPrint;

class ClusterListModel;
class ClusterMembersModel;
class ClusterSteps;
class CovenantEditor;
class LeadershipEditor;
class PageHeader;
class UnitPicker;

// Cụm, khối thi đua: the clusters and blocks of the year by organiser; for
// the one chosen, its members with their roles, the head and deputy head
// with the decision that appointed them, and its covenant, printable to PDF.
// Every change is one undoable step (Ctrl+Z); what the rules refuse is said
// under the title. "Copy to Next Year…" proposes next year's clusters with
// rotated leaders and creates them in one step.
class ClustersPage : public QWidget {
    Q_OBJECT

public:
    explicit ClustersPage(QWidget* parent = nullptr);
    ~ClustersPage() override;

    // The workspace must outlive the page or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    void setYear(int year);
    QUndoStack* undoStack() const { return undoStack_; }

Q_SIGNALS:
    // Next year's clusters were created: the window may show that year.
    void yearWanted(int year);
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void connectActions();
    void retranslate();
    void reloadUnits();
    void reload();
    void showSelected();
    std::optional<domain::ClusterYear> selected() const;
    void select(const QString& uuid);

    void newCluster();
    void editCluster();
    void deleteCluster();
    void copyToNextYear();
    void addMember();
    void removeMember();
    void applyLeadership(domain::RowId headId, domain::RowId deputyId,
                         std::optional<domain::AppointingDecision> decision);
    void saveCovenant();
    void removeCovenant();
    void exportCovenant();
    void printCovenant();
    // The selected cluster's covenant as it prints; nullopt when there is none.
    std::optional<CovenantPrint> covenantPrint() const;
    // Shows the refusal under the title; true when the step was made.
    bool report(const Status& status);

    services::Workspace* workspace_ = nullptr;
    ChangeSubscription subscription_;
    UnitCatalogue units_;
    int year_ = 0;
    std::optional<domain::Covenant> covenant_; // of the selected cluster

    PageHeader* header_;
    QPushButton* newButton_;
    QPushButton* editButton_;
    QPushButton* deleteButton_;
    QPushButton* copyButton_;
    QPushButton* undoButton_;
    QPushButton* redoButton_;
    QTableView* clusterView_;
    ClusterListModel* clusterModel_;
    QLabel* selectedLabel_;
    QTabWidget* tabs_;
    QTableView* memberView_;
    ClusterMembersModel* memberModel_;
    QLabel* addLabel_;
    UnitPicker* addPicker_;
    QPushButton* addButton_;
    QPushButton* removeButton_;
    LeadershipEditor* leadership_;
    CovenantEditor* covenantEditor_;
    QUndoStack* undoStack_;
    std::unique_ptr<ClusterSteps> steps_;
};

} // namespace thidua::ui
