#pragma once

#include "award_entry.h"
#include "change_subscription.h"
#include "result.h"
#include "unit_catalogue.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class AwardListModel;
class AwardSteps;
class InitiativeListModel;
class PageHeader;

// Khen thưởng: the awards given for the year, in order of precedence, found
// by name or decision number (no diacritics needed), and the initiatives
// recognised in it. An award decided on paper is recorded here, with the
// initiative it rests on; a wrong one is deleted, a withdrawn one revoked
// (the record stays, struck through), each undoable. Below: the chosen
// award's candidate history and every change to the award.
class AwardsPage : public QWidget {
    Q_OBJECT

public:
    explicit AwardsPage(QWidget* parent = nullptr);
    ~AwardsPage() override;

    // The workspace must outlive the page or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    void setYear(int year);
    QUndoStack* undoStack() const { return undoStack_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void connectActions();
    void retranslate();
    void reload();
    void applyFilter();
    void showSelected();
    // The chosen award; null when none or an initiative is shown.
    const domain::AwardEntry* chosenAward() const;

    void recordAward();
    void revokeAward();
    void deleteAward();
    void recordInitiative();
    void report(const Status& status);

    services::Workspace* workspace_ = nullptr;
    ChangeSubscription subscription_;
    UnitCatalogue units_;
    int year_ = 0;
    std::vector<domain::AwardEntry> awards_; // the whole year; the view shows those that pass
    std::vector<domain::InitiativeEntry> initiatives_;

    PageHeader* header_;
    QLabel* searchLabel_;
    QLineEdit* search_;
    QComboBox* subject_;
    QCheckBox* hideRevoked_;
    QPushButton* recordButton_;
    QPushButton* revokeButton_;
    QPushButton* deleteButton_;
    QPushButton* initiativeButton_;
    QPushButton* undoButton_;
    QPushButton* redoButton_;
    QLabel* countLabel_;
    QTabWidget* lists_;
    QTableView* awardView_;
    AwardListModel* awardModel_;
    QTableView* initiativeView_;
    InitiativeListModel* initiativeModel_;
    QTabWidget* recordTabs_;
    QTextBrowser* history_;
    QTextBrowser* trail_;
    QUndoStack* undoStack_;
    std::unique_ptr<AwardSteps> steps_;
};

} // namespace thidua::ui
