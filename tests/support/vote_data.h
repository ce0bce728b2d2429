#pragma once

#include "ballot_session.h"
#include "catalogue_service.h"
#include "cluster_service.h"
#include "voting_service.h"
#include "workspace.h"

#include <gtest/gtest.h>

// A cluster-year that voted, for the tests of the documents, the page and the
// command line: Bộ Tư pháp's Cụm thi đua số II in 2018, four member units in a
// voting body of twelve, eleven present. The institute carries the ministry's
// flag (10 yes, 83,33 %) and the Government's (11 yes); the academy fails the
// flag (9 yes, 75 %). Header-only: the suites that use it link the services.
namespace thidua::test {

struct ClusterVote {
    domain::RowId ministry = domain::NoId;
    domain::RowId institute = domain::NoId; // Viện Khoa học pháp lý, the head
    domain::RowId academy = domain::NoId;   // Học viện Tư pháp
    domain::RowId university = domain::NoId;
    domain::RowId publisher = domain::NoId;
    domain::RowId outsider = domain::NoId; // Cục Con nuôi, in no cluster
    domain::RowId clusterId = domain::NoId;
    domain::BallotSession session; // as stored; empty when withSession was false
};

inline domain::RowId addVoteUnit(services::Workspace& workspace, const QString& name,
                                 domain::RowId parent = domain::NoId) {
    domain::Unit unit;
    unit.name = name;
    unit.parentId = parent;
    auto created = workspace.catalogue().createUnit(unit);
    EXPECT_TRUE(created) << created.error().message.toStdString();
    return created ? created->id : domain::NoId;
}

// The vote described above, on the cluster-year's two units.
inline domain::BallotSession twelveMemberVote(domain::RowId clusterId, domain::RowId institute,
                                              domain::RowId academy) {
    domain::BallotSession session;
    session.clusterId = clusterId;
    session.heldOn = QDate(2018, 12, 20);
    session.place = QStringLiteral("Hội trường Viện Khoa học pháp lý");
    session.chair = QStringLiteral("Nguyễn Văn An");
    session.secretary = QStringLiteral("Trần Thị Bình");
    session.members = 12;
    session.present = 11;
    session.writtenOpinions = 1;
    const QString flag = QStringLiteral("CTDBO");
    session.ballots = {{institute, flag, 1, 11, 11, 11, 10},
                       {academy, flag, 1, 11, 11, 11, 9},
                       {institute, QStringLiteral("CTDCP"), 1, 11, 11, 11, 11}};
    return session;
}

inline ClusterVote addClusterVote(services::Workspace& workspace, bool withSession = true) {
    ClusterVote vote;
    vote.ministry = addVoteUnit(workspace, QStringLiteral("Bộ Tư pháp"));
    vote.institute = addVoteUnit(workspace, QStringLiteral("Viện Khoa học pháp lý"), vote.ministry);
    vote.academy = addVoteUnit(workspace, QStringLiteral("Học viện Tư pháp"), vote.ministry);
    vote.university =
        addVoteUnit(workspace, QStringLiteral("Trường Đại học Luật Hà Nội"), vote.ministry);
    vote.publisher = addVoteUnit(workspace, QStringLiteral("Nhà xuất bản Tư pháp"), vote.ministry);
    vote.outsider = addVoteUnit(workspace, QStringLiteral("Cục Con nuôi"), vote.ministry);
    domain::ClusterYear cluster;
    cluster.cluster.organiserId = vote.ministry;
    cluster.cluster.year = 2018;
    cluster.cluster.number = 2;
    cluster.members = {{vote.institute, domain::ClusterRole::Head},
                       {vote.academy, domain::ClusterRole::Deputy},
                       {vote.university, domain::ClusterRole::Member},
                       {vote.publisher, domain::ClusterRole::Member}};
    auto created = workspace.clusters().create(cluster);
    EXPECT_TRUE(created) << created.error().message.toStdString();
    vote.clusterId = created ? created->cluster.id : domain::NoId;
    if (!withSession)
        return vote;
    const domain::BallotSession session =
        twelveMemberVote(vote.clusterId, vote.institute, vote.academy);
    auto stored = workspace.voting().create(session);
    EXPECT_TRUE(stored) << stored.error().message.toStdString();
    vote.session = stored.value_or(domain::BallotSession{});
    return vote;
}

} // namespace thidua::test
