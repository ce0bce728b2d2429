#pragma once

#include "change_subscription.h"
#include "document.h"
#include "nomination.h"
#include "nomination_entry.h"
#include "result.h"
#include "submission.h"
#include "unit_catalogue.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class NominationDossier;
class NominationListModel;
class PageHeader;
class UnitPicker;

// Đề nghị khen thưởng: the year's nominations by award in order of
// precedence, from one proposing unit or all. A candidate is proposed with a
// basis drafted from their awards; the chosen nominations are submitted,
// accepted, returned, rejected or withdrawn (a reason asked where the law
// wants one) and settled by recording the decision once. Below: the
// nomination, its dossier checklist with the attached files, the candidate's
// award history and every change. The nomination list, its submission and
// the chosen one's achievement report print in preview and export to PDF,
// DOCX, XLSX or CSV; the submission asks for its number and recipients first,
// remembered per database and proposing unit, as each unit sends its own.
class NominationsPage : public QWidget {
    Q_OBJECT

public:
    explicit NominationsPage(QWidget* parent = nullptr);
    ~NominationsPage() override;

    // The workspace must outlive the page or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    void setYear(int year);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void connectActions();
    void retranslate();
    void reloadUnits();
    void reload();
    void showSelected();
    std::vector<int> chosenRows() const;
    // The verdict on the chosen nomination's candidate, award and year, with
    // its reasons, as rich text; the engine's refusal when it has no rule.
    QString eligibilityOf(const domain::NominationEntry& entry);

    void propose();
    // Moves every chosen nomination; a reason is asked once when the move
    // needs one.
    void move(domain::NominationStatus to);
    void recordDecision();
    // The nomination list, the submission (tờ trình) that carries it, and
    // the chosen nomination's draft achievement report.
    enum class Output { List, Submission, AchievementReport };
    Result<documents::Document> document(Output output, const reports::SubmissionAddress& address);
    QString suggestedName(Output output) const;
    // The submission's number and recipients asked (SubmissionDialog, whose
    // button says acceptText), then `then` run with them; the other outputs
    // go straight on.
    void addressed(Output output, const QString& acceptText,
                   const std::function<void(const reports::SubmissionAddress&)>& then);
    QString submissionScope() const;
    void preview(Output output, const reports::SubmissionAddress& address);
    void exportFile(Output output, const reports::SubmissionAddress& address);
    bool report(const Status& status);

    services::Workspace* workspace_ = nullptr;
    ChangeSubscription subscription_;
    UnitCatalogue units_;
    int year_ = 0;

    PageHeader* header_;
    UnitPicker* proposer_;
    QCheckBox* closed_;
    QComboBox* order_;
    QPushButton* proposeButton_;
    QPushButton* submitButton_;
    QPushButton* acceptButton_;
    QPushButton* returnButton_;
    QPushButton* rejectButton_;
    QPushButton* withdrawButton_;
    QPushButton* decideButton_;
    QPushButton* printButton_;
    QPushButton* exportButton_;
    QLabel* proposerLabel_;
    QLabel* orderLabel_;
    QLabel* outputLabel_;
    QTableView* view_;
    NominationListModel* model_;
    QTabWidget* tabs_;
    QTextBrowser* summary_;
    NominationDossier* dossier_;
    QTextBrowser* history_;
    QTextBrowser* trail_;
};

} // namespace thidua::ui
