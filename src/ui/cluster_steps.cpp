#include "cluster_steps.h"

#include "cluster_service.h"
#include "covenant_service.h"
#include "restore_state.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <ranges>
#include <utility>

namespace thidua::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::ClusterSteps)
};

Status noWorkspace() {
    return fail(ErrorCode::Unsupported, Text::tr("No database is open."));
}

} // namespace

ClusterSteps::ClusterSteps(QUndoStack& stack, CommandFailure failed)
    : stack_(stack)
    , failed_(std::move(failed)) {}

void ClusterSteps::setWorkspace(services::Workspace* workspace) {
    workspace_ = workspace;
}

Result<domain::ClusterYear> ClusterSteps::create(const domain::Cluster& cluster) {
    if (!workspace_)
        return std::unexpected(noWorkspace().error());
    auto created = workspace_->clusters().create({cluster, {}, {}});
    if (!created)
        return created;
    pushCluster(Text::tr("create %1").arg(domain::clusterYearName(created->cluster)),
                created->cluster, std::nullopt, *created);
    return created;
}

Status ClusterSteps::edit(domain::ClusterYear before, const QString& text,
                          const std::function<Status(services::ClusterService&)>& make) {
    if (!workspace_)
        return noWorkspace();
    services::ClusterService& clusters = workspace_->clusters();
    if (auto made = make(clusters); !made)
        return made;
    auto after = clusters.cluster(before.cluster.id);
    if (!after)
        return std::unexpected(after.error());
    pushCluster(text, before.cluster, before, *after);
    return {};
}

Status ClusterSteps::remove(const domain::ClusterYear& cluster) {
    if (!workspace_)
        return noWorkspace();
    if (auto removed = workspace_->clusters().remove(cluster.cluster.id); !removed)
        return removed;
    pushCluster(Text::tr("delete %1").arg(domain::clusterYearName(cluster.cluster)),
                cluster.cluster, cluster, std::nullopt);
    return {};
}

Result<std::vector<domain::ClusterYear>>
ClusterSteps::copyToNextYear(const domain::NextYearProposal& proposal) {
    if (!workspace_)
        return std::unexpected(noWorkspace().error());
    services::ClusterService& clusters = workspace_->clusters();
    auto ids = clusters.applyNextYear(proposal);
    if (!ids)
        return std::unexpected(ids.error());
    // Redo writes the clusters again under the uuids they have now, so that
    // later steps on them still find them.
    std::vector<domain::ClusterYear> created;
    domain::NextYearProposal again = proposal;
    for (std::size_t i = 0; i < ids->size(); ++i) {
        auto cluster = clusters.cluster((*ids)[i]);
        if (!cluster)
            return std::unexpected(cluster.error());
        again.clusters[i].next.cluster.uuid = cluster->cluster.uuid;
        created.push_back(std::move(*cluster));
    }
    auto apply = [this, again, created](bool forward) -> Status {
        if (!workspace_)
            return noWorkspace();
        if (forward) {
            auto redone = workspace_->clusters().applyNextYear(again);
            return redone ? Status{} : Status(std::unexpected(redone.error()));
        }
        for (const domain::ClusterYear& cluster : created | std::views::reverse)
            if (auto removed = restoreCluster(workspace_->clusters(), cluster.cluster.year,
                                              cluster.cluster.uuid, std::nullopt);
                !removed)
                return removed;
        return {};
    };
    stack_.push(new ChangeCommand(
        Text::tr("copy %n cluster(s) to %1", nullptr, static_cast<int>(created.size()))
            .arg(proposal.toYear),
        apply, failed_));
    return created;
}

Status ClusterSteps::saveCovenant(const domain::ClusterYear& cluster,
                                  std::optional<domain::Covenant> before, domain::Covenant after) {
    if (!workspace_)
        return noWorkspace();
    services::CovenantService& covenants = workspace_->covenants();
    after.clusterId = cluster.cluster.id;
    if (before) {
        after.id = before->id;
        if (auto updated = covenants.update(after); !updated)
            return updated;
    } else if (auto created = covenants.create(after); !created) {
        return std::unexpected(created.error());
    }
    auto stored = covenants.forCluster(cluster.cluster.id);
    if (!stored)
        return std::unexpected(stored.error());
    pushCovenant(Text::tr("covenant of %1").arg(domain::clusterYearName(cluster.cluster)),
                 cluster.cluster, before, *stored);
    return {};
}

Status ClusterSteps::removeCovenant(const domain::ClusterYear& cluster, domain::Covenant before) {
    if (!workspace_)
        return noWorkspace();
    if (auto removed = workspace_->covenants().remove(before.id); !removed)
        return removed;
    pushCovenant(
        Text::tr("delete the covenant of %1").arg(domain::clusterYearName(cluster.cluster)),
        cluster.cluster, before, std::nullopt);
    return {};
}

void ClusterSteps::pushCluster(const QString& text, const domain::Cluster& cluster,
                               std::optional<domain::ClusterYear> before,
                               std::optional<domain::ClusterYear> after) {
    auto states = beforeAndAfter(std::move(before), std::move(after));
    auto apply = [this, year = cluster.year, uuid = cluster.uuid, states](bool forward) -> Status {
        if (!workspace_)
            return noWorkspace();
        return restoreCluster(workspace_->clusters(), year, uuid,
                              forward ? states->second : states->first);
    };
    stack_.push(new ChangeCommand(text, apply, failed_));
}

void ClusterSteps::pushCovenant(const QString& text, const domain::Cluster& cluster,
                                std::optional<domain::Covenant> before,
                                std::optional<domain::Covenant> after) {
    auto states = beforeAndAfter(std::move(before), std::move(after));
    auto apply = [this, year = cluster.year, uuid = cluster.uuid, states](bool forward) -> Status {
        if (!workspace_)
            return noWorkspace();
        return restoreCovenant(workspace_->clusters(), workspace_->covenants(), year, uuid,
                               forward ? states->second : states->first);
    };
    stack_.push(new ChangeCommand(text, apply, failed_));
}

} // namespace thidua::ui
