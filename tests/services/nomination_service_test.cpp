#include "award_service.h"
#include "cluster_fixture.h"
#include "cluster_service.h"
#include "nomination_service.h"
#include "vote_data.h"
#include "voting_service.h"

#include <gtest/gtest.h>

using namespace thidua;
using domain::NominationStatus;
using test::messageNames;

namespace {

class NominationServiceTest : public test::ClusterFixture {
protected:
    void SetUp() override {
        ClusterFixture::SetUp();
        lan = addPerson(QStringLiteral("Nguyễn Thị Lan"), institute, QStringLiteral("Viện trưởng"));
        events.clear();
    }

    services::NominationService& nominations() { return workspace->nominations(); }

    domain::Award award(const QString& code, int year) const {
        domain::Award award;
        award.awardCode = code;
        award.personId = lan;
        award.firstYear = award.year = year;
        award.decisionNumber = QStringLiteral("%1/QĐ-VKHPL").arg(year - 2000);
        award.decisionDate = QDate(year, 12, 25);
        award.issuer = QStringLiteral("Viện trưởng Viện Khoa học pháp lý");
        return award;
    }

    domain::Nomination proposal(const QString& code = QStringLiteral("BKBO"),
                                int year = 2025) const {
        domain::Nomination nomination;
        nomination.year = year;
        nomination.awardCode = code;
        nomination.personId = lan;
        nomination.proposingUnitId = institute;
        return nomination;
    }

    domain::RowId proposed(domain::Nomination nomination) {
        auto made = nominations().propose(nomination);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return nomination.id;
    }

    NominationStatus statusOf(domain::RowId id) {
        return nominations().nomination(id).value_or(domain::Nomination{}).status;
    }

    domain::RowId lan = domain::NoId;
};

} // namespace

TEST_F(NominationServiceTest, AnAwardCarriesTheCashOfItsDecisionDayRoundedUp) {
    domain::Award lđtt = award(QStringLiteral("LDTT"), 2024);
    ASSERT_TRUE(workspace->awards().record(lđtt));
    // 0,3 × 2.340.000 (from 1/7/2024) = 702.000 → 710.000
    EXPECT_EQ(lđtt.amount, 710'000);
    domain::Award earlier = award(QStringLiteral("LDTT"), 2023);
    earlier.decisionDate = QDate(2024, 1, 10);
    ASSERT_TRUE(workspace->awards().record(earlier));
    // 0,3 × 1.800.000 (from 1/7/2023) = 540.000
    EXPECT_EQ(earlier.amount, 540'000);
    EXPECT_EQ(auditOf(QStringLiteral("award"), lđtt.uuid).size(), 1u);
}

TEST_F(NominationServiceTest, ATitleThatDoesNotFitAndASecondMeritAwardAreRefused) {
    domain::Award flag = award(QStringLiteral("CTDBO"), 2024);
    auto refused = workspace->awards().record(flag);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(messageNames(refused.error(), {"Cờ thi đua"}));

    domain::Award first = award(QStringLiteral("CSTDCS"), 2024);
    ASSERT_TRUE(workspace->awards().record(first));
    domain::Award twice = award(QStringLiteral("CSTDCS"), 2024);
    auto conflict = workspace->awards().record(twice);
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
}

TEST_F(NominationServiceTest, ARevokedAwardKeepsItsRowAndLeavesTheBasis) {
    domain::Award cstđ = award(QStringLiteral("CSTDCS"), 2024);
    ASSERT_TRUE(workspace->awards().record(cstđ));
    EXPECT_FALSE(
        workspace->awards().revoke(cstđ.id, QStringLiteral("5/QĐ-VKHPL"), QDate(2024, 1, 1), {}));
    ASSERT_TRUE(workspace->awards().revoke(cstđ.id, QStringLiteral("5/QĐ-VKHPL"), QDate(2025, 3, 1),
                                           QStringLiteral("Kê khai sai")));
    auto history = workspace->awards().historyOfPerson(lan);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->awards.size(), 1u);
    EXPECT_TRUE(history->awards.front().revoked());
    EXPECT_EQ(*nominations().basisFor(lan, domain::NoId, 2025), QString());
    EXPECT_FALSE(
        workspace->awards().revoke(cstđ.id, QStringLiteral("6/QĐ-VKHPL"), QDate(2025, 4, 1), {}));
}

TEST_F(NominationServiceTest, AnInitiativeCountsOnlyOnce) {
    domain::Award first = award(QStringLiteral("CSTDCS"), 2023);
    domain::Award second = award(QStringLiteral("CSTDCS"), 2024);
    ASSERT_TRUE(workspace->awards().record(first));
    ASSERT_TRUE(workspace->awards().record(second));
    domain::Initiative initiative;
    initiative.title = QStringLiteral("Số hóa hồ sơ khen thưởng");
    initiative.year = 2023;
    initiative.authorIds = {lan};
    ASSERT_TRUE(workspace->awards().recordInitiative(initiative));
    ASSERT_TRUE(workspace->awards().useInitiative(initiative.id, first.id));
    auto again = workspace->awards().useInitiative(initiative.id, second.id);
    ASSERT_FALSE(again);
    EXPECT_TRUE(messageNames(again.error(), {"Số hóa hồ sơ khen thưởng", "23/QĐ-VKHPL"}));
}

TEST_F(NominationServiceTest, TheBasisIsDraftedFromTheLastFiveYearsByPrecedence) {
    for (int year : {2020, 2021, 2022, 2023, 2024, 2025}) {
        domain::Award lđtt = award(QStringLiteral("LDTT"), year);
        ASSERT_TRUE(workspace->awards().record(lđtt));
    }
    for (int year : {2023, 2025}) {
        domain::Award cstđ = award(QStringLiteral("CSTDCS"), year);
        ASSERT_TRUE(workspace->awards().record(cstđ));
    }
    domain::Award sudden = award(QStringLiteral("GK"), 2024);
    sudden.kind = domain::AwardKind::Sudden;
    ASSERT_TRUE(workspace->awards().record(sudden));
    const domain::RowId id = proposed(proposal());
    EXPECT_EQ(nominations().nomination(id)->basis,
              QStringLiteral("CSTĐCS 2023, 2025; LĐTT 2021–2025"));
}

TEST_F(NominationServiceTest, TheWorkflowRefusesIllegalMovesAndAsksForReasons) {
    const domain::RowId id = proposed(proposal());
    EXPECT_EQ(auditOf(QStringLiteral("nomination"), nominations().nomination(id)->uuid).size(), 1u);
    EXPECT_FALSE(nominations().move(id, NominationStatus::Accepted));
    ASSERT_TRUE(nominations().move(id, NominationStatus::Submitted));
    auto noReason = nominations().move(id, NominationStatus::Returned);
    ASSERT_FALSE(noReason);
    EXPECT_EQ(statusOf(id), NominationStatus::Submitted);
    ASSERT_TRUE(nominations().move(id, NominationStatus::Returned,
                                   QStringLiteral("Thiếu báo cáo thành tích")));
    domain::Nomination edited = *nominations().nomination(id);
    edited.basis = QStringLiteral("Hoàn thành xuất sắc nhiệm vụ 2024, 2025");
    ASSERT_TRUE(nominations().edit(edited));
    ASSERT_TRUE(nominations().move(id, NominationStatus::Submitted));
    EXPECT_FALSE(nominations().edit(edited));
    ASSERT_TRUE(nominations().move(id, NominationStatus::Accepted));
    EXPECT_FALSE(nominations().move(id, NominationStatus::Decided));
    EXPECT_FALSE(nominations().move(id, NominationStatus::Submitted));
}

TEST_F(NominationServiceTest, ACandidateIsProposedOnceForAnAwardAndYear) {
    const domain::RowId id = proposed(proposal());
    domain::Nomination twice = proposal();
    auto refused = nominations().propose(twice);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    ASSERT_TRUE(
        nominations().move(id, NominationStatus::Withdrawn, QStringLiteral("Chuyển công tác")));
    EXPECT_TRUE(nominations().propose(twice));
}

TEST_F(NominationServiceTest, ADecisionCreatesTheAwardsOfEveryoneInItOrNone) {
    const domain::RowId lanId = proposed(proposal());
    const domain::RowId minh = addPerson(QStringLiteral("Trần Văn Minh"), institute);
    domain::Nomination second = proposal();
    second.personId = minh;
    const domain::RowId minhId = proposed(second);
    for (domain::RowId id : {lanId, minhId}) {
        ASSERT_TRUE(nominations().move(id, NominationStatus::Submitted));
        ASSERT_TRUE(nominations().move(id, NominationStatus::Accepted));
    }
    const services::AwardDecision decision{QStringLiteral("125/QĐ-BTP"), QDate(2026, 1, 15),
                                           QStringLiteral("Bộ trưởng Bộ Tư pháp")};
    const domain::RowId draft = proposed(proposal(QStringLiteral("LDTT")));
    auto partial = nominations().decide({lanId, draft}, decision);
    ASSERT_FALSE(partial);
    EXPECT_EQ(statusOf(lanId), NominationStatus::Accepted);
    EXPECT_TRUE(workspace->awards().historyOfPerson(lan)->awards.empty());

    auto awards = nominations().decide({lanId, minhId}, decision);
    ASSERT_TRUE(awards) << awards.error().message.toStdString();
    ASSERT_EQ(awards->size(), 2u);
    EXPECT_EQ(awards->at(0).goldenBookNumber, QStringLiteral("1"));
    EXPECT_EQ(awards->at(1).goldenBookNumber, QStringLiteral("2"));
    // Bằng khen of the minister to a person: 1,5 × 2.340.000 = 3.510.000.
    EXPECT_EQ(awards->at(0).amount, 3'510'000);
    EXPECT_EQ(statusOf(lanId), NominationStatus::Decided);
    EXPECT_EQ(nominations().nomination(lanId)->awardId, awards->at(0).id);
}

TEST_F(NominationServiceTest, TheVoteBecomesFlagNominationsOnceWithTheirBasis) {
    auto cluster = workspace->clusters().create(clusterTwo());
    ASSERT_TRUE(cluster);
    ASSERT_TRUE(workspace->voting().create(
        test::twelveMemberVote(cluster->cluster.id, institute, academy)));
    auto created = nominations().proposeFromVote(cluster->cluster.id);
    ASSERT_TRUE(created) << created.error().message.toStdString();
    // 10 and 11 of 12 carry the sector and the Government flag; 9 does not.
    EXPECT_EQ(*created, 2);
    EXPECT_EQ(*nominations().proposeFromVote(cluster->cluster.id), 0);
    auto list = nominations().list({2018});
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ(list->at(0).awardCode, QStringLiteral("CTDCP"));
    EXPECT_EQ(list->at(0).candidateName, QStringLiteral("Viện Khoa học pháp lý"));
    EXPECT_TRUE(list->at(0).basis.contains(QStringLiteral("11/12 phiếu (91,7%)")))
        << list->at(0).basis.toStdString();
    auto dossier = nominations().dossier(list->at(0).nominationId);
    ASSERT_TRUE(dossier);
    EXPECT_NE(std::ranges::find(dossier->missing, domain::DossierPaper::Minutes),
              dossier->missing.end());
    ASSERT_TRUE(nominations().attach(list->at(0).nominationId, domain::DossierPaper::Minutes,
                                     QStringLiteral("bien-ban.pdf"), QByteArrayLiteral("%PDF")));
    dossier = nominations().dossier(list->at(0).nominationId);
    EXPECT_EQ(std::ranges::find(dossier->missing, domain::DossierPaper::Minutes),
              dossier->missing.end());
}

TEST_F(NominationServiceTest, DeadlinesComeFromTheRuleDataOfTheOrganiser) {
    // The national deadline binds the ministry's units too.
    auto flag = nominations().deadline(QStringLiteral("CTDCP"), 2025, institute);
    ASSERT_TRUE(flag && *flag);
    EXPECT_EQ((*flag)->due, QDate(2026, 6, 30));
    EXPECT_TRUE((*flag)->verified);
    auto none = nominations().deadline(QStringLiteral("LDTT"), 2025, institute);
    ASSERT_TRUE(none);
    EXPECT_FALSE(*none);
    // Bắc Ninh's own deadline binds only the units under the province.
    auto ministry = nominations().deadline(QStringLiteral("BKBO"), 2025, institute);
    ASSERT_TRUE(ministry);
    EXPECT_FALSE(*ministry);
    const domain::RowId province = unit(QStringLiteral("Ủy ban nhân dân tỉnh Bắc Ninh"));
    domain::Unit office;
    office.name = QStringLiteral("Sở Tư pháp tỉnh Bắc Ninh");
    office.parentId = province;
    const domain::RowId justice = addUnit(office);
    auto bacNinh = nominations().deadline(QStringLiteral("BKBO"), 2025, justice);
    ASSERT_TRUE(bacNinh && *bacNinh);
    EXPECT_EQ((*bacNinh)->due, QDate(2025, 12, 10));
    EXPECT_FALSE((*bacNinh)->verified);
    EXPECT_TRUE((*bacNinh)->legalBasis.contains(QStringLiteral("Bắc Ninh")));
}
