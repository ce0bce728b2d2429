#pragma once

#include "change_subscription.h"
#include "cluster_year.h"
#include "criteria_table.h"
#include "document.h"
#include "result.h"
#include "scoring_round.h"

#include <QWidget>

#include <memory>
#include <optional>

class QUndoStack;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

namespace Ui {
class ScoringPage;
}

struct PointsChange;
class RankingModel;
class ScoreGridModel;
class ScoringSteps;

// Chấm điểm, xếp hạng: a cluster's year-end (or 6-month) scoring. The grid
// takes each unit's self-score or a scorer's points from the keyboard or
// pasted from Excel, the totals recomputed as they change; the ranking shows
// ties honestly, draws the bar chart and answers "what if this scorer's
// points were left out". The organiser's criteria table is made or edited
// here; every change is an undoable step.
class ScoringPage : public QWidget {
    Q_OBJECT

public:
    explicit ScoringPage(QWidget* parent = nullptr);
    ~ScoringPage() override;

    // The workspace must outlive the page or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    void setYear(int year);
    QUndoStack* undoStack() const { return undoStack_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadClusters();
    void reload();
    void reloadSheet();
    void reloadScorers();
    void reloadRanking();
    void showRoundStatus();
    std::optional<domain::ClusterYear> currentCluster() const;
    domain::RoundKind currentKind() const;
    QString unitName(domain::RowId unitId) const;
    QString organiserName() const;

    std::optional<PointsChange> changeFor(domain::RowId unitId, int criterion,
                                          std::optional<double> points);
    void editPoints(domain::RowId unitId, int criterion, std::optional<double> points);
    void paste(const QModelIndex& at, const QList<QStringList>& block);
    void setPoints(const std::vector<PointsChange>& changes, const QString& text);
    void scoreAgainstTargets();
    void attachEvidence();
    void openEvidence();
    void editTable();
    void copyLastYearsTable();
    void openRound();
    void closeRound();
    void reopenRound();
    void reportFailure(const QString& message);
    void exportSheet();
    void importSheet();

    // The documents of the round: the ranking, and the table of every point.
    enum class Output { Ranking, ScoringTable };
    void buildOutputMenus();
    Result<documents::Document> document(Output output);
    void preview(Output output);
    void exportFile(Output output);

    std::unique_ptr<Ui::ScoringPage> ui_;
    services::Workspace* workspace_ = nullptr;
    ChangeSubscription subscription_;
    int year_ = 0;
    std::optional<domain::CriteriaTable> table_;
    std::optional<domain::ScoringRound> round_;
    ScoreGridModel* grid_;
    RankingModel* ranking_;
    QUndoStack* undoStack_;
    std::unique_ptr<ScoringSteps> steps_;
};

} // namespace thidua::ui
