#pragma once

#include "change_command.h"
#include "cluster_rotation.h"
#include "cluster_year.h"
#include "covenant.h"

#include <QString>

#include <functional>
#include <optional>

class QUndoStack;

namespace thidua::services {
class ClusterService;
class Workspace;
} // namespace thidua::services

namespace thidua::ui {

// Every change the clusters page makes, each one undoable step: made through
// the services at once and pushed on the stack only when it was not refused
// (the refusal comes back to show). Undo and redo put the cluster or the
// covenant back as it was before or after (restore_state.h). The states
// before are taken by value: the change's own events reload the page, and
// with it the copies a caller would otherwise lend.
class ClusterSteps {
public:
    ClusterSteps(QUndoStack& stack, CommandFailure failed);

    // The workspace must outlive the steps or be replaced first.
    void setWorkspace(services::Workspace* workspace);

    Result<domain::ClusterYear> create(const domain::Cluster& cluster);
    // Any change of one cluster-year: `make` changes it through the service;
    // the step keeps the cluster before and after. text names the step.
    Status edit(domain::ClusterYear before, const QString& text,
                const std::function<Status(services::ClusterService&)>& make);
    Status remove(const domain::ClusterYear& cluster);
    Result<std::vector<domain::ClusterYear>>
    copyToNextYear(const domain::NextYearProposal& proposal);

    // Creates the covenant or replaces the stored one.
    Status saveCovenant(const domain::ClusterYear& cluster, std::optional<domain::Covenant> before,
                        domain::Covenant after);
    Status removeCovenant(const domain::ClusterYear& cluster, domain::Covenant before);

private:
    void pushCluster(const QString& text, const domain::Cluster& cluster,
                     std::optional<domain::ClusterYear> before,
                     std::optional<domain::ClusterYear> after);
    void pushCovenant(const QString& text, const domain::Cluster& cluster,
                      std::optional<domain::Covenant> before,
                      std::optional<domain::Covenant> after);

    QUndoStack& stack_;
    CommandFailure failed_;
    services::Workspace* workspace_ = nullptr;
};

} // namespace thidua::ui
