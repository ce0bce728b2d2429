#pragma once

#include "ballot_session.h"
#include "change_subscription.h"
#include "document.h"
#include "result.h"
#include "unit_catalogue.h"

#include <QWidget>

#include <memory>
#include <optional>

class QUndoStack;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

namespace Ui {
class VotingPage;
}

class VoteTallyModel;

// Bình xét, suy tôn: the ballot session of a cluster in the chosen year. The
// session's day, place, chair and secretary and its members in total,
// present and absent with written opinions (the quorum shown as they are
// typed); the candidates put on the ballot per title; the tally typed into a
// grid, each row's yes share of all members and its result shown live; a
// second round for a candidate whose first did not carry. Prints and exports
// the numbered ballot papers, the vote-count minutes and the meeting minutes.
// Every change is an undoable step (Ctrl+Z).
class VotingPage : public QWidget {
    Q_OBJECT

public:
    explicit VotingPage(QWidget* parent = nullptr);
    ~VotingPage() override;

    // The workspace must outlive the page or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    void setYear(int year);
    QUndoStack* undoStack() const { return undoStack_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void connectActions();
    void buildOutputMenus();
    void retranslate();
    void reloadClusters();
    void reload();
    void showSession(const std::optional<domain::BallotSession>& session, int clusterMembers);
    void showQuorum();
    void enableActions();
    domain::RowId clusterId() const;

    // The session as the fields show it, with these ballots.
    Result<domain::BallotSession> fromFields(std::vector<domain::Ballot> ballots) const;
    void saveSession();
    void deleteSession();
    void editVoteRules();
    void addBallot();
    void addSecondRound();
    void removeBallot();
    // Writes `after` (nullopt: deletes) over `before` and pushes the step
    // that undoes it.
    Status save(const QString& text, std::optional<domain::BallotSession> before,
                std::optional<domain::BallotSession> after);
    bool report(const Status& status);

    // The units the vote carried become flag nominations with their papers.
    void proposeFlags();

    enum class Output { BallotPapers, VoteCount, Minutes };
    Result<documents::Document> document(Output output);
    void preview(Output output);
    void exportFile(Output output);

    std::unique_ptr<Ui::VotingPage> ui_;
    services::Workspace* workspace_ = nullptr;
    ChangeSubscription subscription_;
    UnitCatalogue units_;
    int year_ = 0;
    std::optional<domain::BallotSession> session_; // as stored
    VoteTallyModel* model_;
    QUndoStack* undoStack_;
};

} // namespace thidua::ui
