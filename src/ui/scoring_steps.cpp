#include "scoring_steps.h"

#include "criteria_service.h"
#include "scoring_service.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace thidua::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::ScoringSteps)
};

Status noWorkspace() {
    return fail(ErrorCode::Unsupported, Text::tr("No database is open."));
}

// Puts the item's points as `state` has them (nullopt: none) for the scorer.
Status putPoints(services::ScoringService& scoring, domain::RowId roundId,
                 const domain::Score& item, const std::optional<domain::Score>& state) {
    if (!state)
        return scoring.clearScore(roundId, item.unitId, item.criterion, item.scorerId);
    if (state->isSelfScore())
        return scoring.setSelfScore(roundId, state->unitId, state->criterion, state->points,
                                    state->note);
    return scoring.setScore(roundId, *state);
}

// Applies the changes in order (forward) or undoes them in reverse; on a
// refusal, what this call already changed is put back.
Status applyChanges(services::ScoringService& scoring, domain::RowId roundId,
                    const std::vector<PointsChange>& changes, bool forward) {
    const std::size_t count = changes.size();
    for (std::size_t step = 0; step < count; ++step) {
        const PointsChange& change = changes[forward ? step : count - 1 - step];
        const domain::Score& item = change.after ? *change.after : *change.before;
        if (auto ok = putPoints(scoring, roundId, item, forward ? change.after : change.before);
            !ok) {
            for (std::size_t back = step; back-- > 0;) {
                const PointsChange& done = changes[forward ? back : count - 1 - back];
                const domain::Score& doneItem = done.after ? *done.after : *done.before;
                (void)putPoints(scoring, roundId, doneItem, forward ? done.before : done.after);
            }
            return ok;
        }
    }
    return {};
}

} // namespace

ScoringSteps::ScoringSteps(QUndoStack& stack, CommandFailure failed)
    : stack_(stack)
    , failed_(std::move(failed)) {}

void ScoringSteps::setWorkspace(services::Workspace* workspace) {
    workspace_ = workspace;
}

void ScoringSteps::push(const QString& text, ChangeCommand::Apply apply) {
    stack_.push(new ChangeCommand(text, std::move(apply), failed_));
}

Status ScoringSteps::setPoints(domain::RowId roundId, const std::vector<PointsChange>& changes,
                               const QString& text) {
    if (!workspace_)
        return noWorkspace();
    services::ScoringService& scoring = workspace_->scoring();
    if (auto ok = applyChanges(scoring, roundId, changes, true); !ok)
        return ok;
    push(text, [&scoring, roundId, changes](bool forward) {
        return applyChanges(scoring, roundId, changes, forward);
    });
    return {};
}

Status ScoringSteps::close(domain::RowId roundId, const QString& reason, const QString& text) {
    if (!workspace_)
        return noWorkspace();
    services::ScoringService& scoring = workspace_->scoring();
    if (auto ok = scoring.close(roundId, reason); !ok)
        return ok;
    push(text, [&scoring, roundId, reason](bool forward) {
        return forward ? scoring.close(roundId, reason) : scoring.reopen(roundId);
    });
    return {};
}

Status ScoringSteps::reopen(domain::RowId roundId, const QString& reason, const QString& text) {
    if (!workspace_)
        return noWorkspace();
    services::ScoringService& scoring = workspace_->scoring();
    if (auto ok = scoring.reopen(roundId); !ok)
        return ok;
    push(text, [&scoring, roundId, reason](bool forward) {
        return forward ? scoring.reopen(roundId) : scoring.close(roundId, reason);
    });
    return {};
}

Status ScoringSteps::setMembersScore(domain::RowId roundId, bool membersScore,
                                     const QString& text) {
    if (!workspace_)
        return noWorkspace();
    services::ScoringService& scoring = workspace_->scoring();
    if (auto ok = scoring.setMembersScore(roundId, membersScore); !ok)
        return ok;
    push(text, [&scoring, roundId, membersScore](bool forward) {
        return scoring.setMembersScore(roundId, forward == membersScore);
    });
    return {};
}

Status ScoringSteps::saveTable(const std::optional<domain::CriteriaTable>& before,
                               const domain::CriteriaTable& after, const QString& text) {
    if (!workspace_)
        return noWorkspace();
    services::CriteriaService& criteria = workspace_->criteria();
    auto saved = criteria.save(after);
    if (!saved)
        return std::unexpected(saved.error());
    auto states = beforeAndAfter<domain::CriteriaTable>(before, *saved);
    push(text, [&criteria, states](bool forward) -> Status {
        const auto& state = forward ? states->second : states->first;
        if (!state)
            return fail(ErrorCode::Unsupported,
                        Text::tr("A criteria table cannot be taken back once made; edit it "
                                 "instead."));
        auto restored = criteria.save(*state);
        return restored ? Status{} : std::unexpected(restored.error());
    });
    return {};
}

} // namespace thidua::ui
