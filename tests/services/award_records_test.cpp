#include "award_service.h"
#include "cluster_fixture.h"
#include "nomination_service.h"

#include <gtest/gtest.h>

#include <ranges>

using namespace thidua;
using test::messageNames;

// The awards page's services: the year's lists, deleting an award entered by
// mistake, taking back a revocation, and the trail of an award.
namespace {

class AwardRecordsTest : public test::ClusterFixture {
protected:
    void SetUp() override {
        ClusterFixture::SetUp();
        lan = addPerson(QStringLiteral("Nguyễn Thị Lan"), institute, QStringLiteral("Viện trưởng"));
        events.clear();
    }

    services::AwardService& awards() { return workspace->awards(); }

    domain::Award recorded(const QString& code, domain::RowId personId, domain::RowId unitId,
                           const QString& decision = QStringLiteral("12/QĐ-VKHPL")) {
        domain::Award award;
        award.awardCode = code;
        award.personId = personId;
        award.unitId = unitId;
        award.firstYear = award.year = 2024;
        award.decisionNumber = decision;
        award.decisionDate = QDate(2024, 12, 25);
        award.issuer = QStringLiteral("Viện trưởng Viện Khoa học pháp lý");
        auto made = awards().record(award);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return award;
    }

    domain::Initiative initiativeOf(domain::RowId author) {
        domain::Initiative initiative;
        initiative.title = QStringLiteral("Số hóa hồ sơ khen thưởng");
        initiative.year = 2024;
        initiative.authorIds = {author};
        EXPECT_TRUE(awards().recordInitiative(initiative));
        return initiative;
    }

    domain::RowId lan = domain::NoId;
};

} // namespace

TEST_F(AwardRecordsTest, TheYearsAwardsAreListedByPrecedenceWithNamesToFindThemBy) {
    recorded(QStringLiteral("LDTT"), lan, domain::NoId);
    recorded(QStringLiteral("CSTDCS"), lan, domain::NoId, QStringLiteral("13/QĐ-VKHPL"));
    recorded(QStringLiteral("TTLDXS"), domain::NoId, institute, QStringLiteral("7/QĐ-BTP"));
    auto listed = awards().awardsOf(2024);
    ASSERT_TRUE(listed) << listed.error().message.toStdString();
    ASSERT_EQ(listed->size(), 3u);
    const auto codes = *listed | std::views::transform([](const domain::AwardEntry& entry) {
        return entry.award.awardCode;
    });
    EXPECT_EQ(std::vector<QString>(codes.begin(), codes.end()),
              (std::vector<QString>{QStringLiteral("TTLDXS"), QStringLiteral("CSTDCS"),
                                    QStringLiteral("LDTT")}));
    const domain::AwardEntry& cstđ = listed->at(1);
    EXPECT_EQ(cstđ.candidateName, QStringLiteral("Nguyễn Thị Lan"));
    EXPECT_EQ(cstđ.unitName, QStringLiteral("Viện Khoa học pháp lý"));
    EXPECT_TRUE(cstđ.searchKey.contains(QStringLiteral("nguyen thi lan")));
    EXPECT_TRUE(cstđ.searchKey.contains(QStringLiteral("13/qd-vkhpl")));
    EXPECT_EQ(listed->front().candidateName, QStringLiteral("Viện Khoa học pháp lý"));
    EXPECT_TRUE(awards().awardsOf(2023)->empty());
}

TEST_F(AwardRecordsTest, AnAwardEnteredByMistakeIsDeletedAndFreesItsInitiative) {
    const domain::Award cstđ = recorded(QStringLiteral("CSTDCS"), lan, domain::NoId);
    const domain::Initiative initiative = initiativeOf(lan);
    ASSERT_TRUE(awards().useInitiative(initiative.id, cstđ.id));
    auto removed = awards().remove(cstđ.id);
    ASSERT_TRUE(removed) << removed.error().message.toStdString();
    EXPECT_TRUE(awards().awardsOf(2024)->empty());
    auto initiatives = awards().initiativesOf(2024);
    ASSERT_EQ(initiatives->size(), 1u);
    EXPECT_FALSE(initiatives->front().initiative.used());
    const auto audit = auditOf(QStringLiteral("award"), cstđ.uuid);
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit.back().action, storage::AuditAction::Delete);
}

TEST_F(AwardRecordsTest, AnAwardADecisionCreatedIsRevokedNotDeleted) {
    domain::Nomination nomination;
    nomination.year = 2025;
    nomination.awardCode = QStringLiteral("BKBO");
    nomination.personId = lan;
    nomination.proposingUnitId = institute;
    ASSERT_TRUE(workspace->nominations().propose(nomination));
    ASSERT_TRUE(workspace->nominations().move(nomination.id, domain::NominationStatus::Submitted));
    ASSERT_TRUE(workspace->nominations().move(nomination.id, domain::NominationStatus::Accepted));
    auto decided = workspace->nominations().decide(
        {nomination.id},
        {QStringLiteral("125/QĐ-BTP"), QDate(2026, 1, 15), QStringLiteral("Bộ trưởng Bộ Tư pháp")});
    ASSERT_TRUE(decided);
    auto refused = awards().remove(decided->front().id);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(messageNames(refused.error(), {"125/QĐ-BTP"}));
    EXPECT_EQ(awards().awardsOf(2025)->size(), 1u);
}

TEST_F(AwardRecordsTest, ARevocationTakenBackLeavesTheAwardStandingAndTheTrailTellsItAll) {
    const domain::Award lđtt = recorded(QStringLiteral("LDTT"), lan, domain::NoId);
    EXPECT_FALSE(awards().reinstate(lđtt.id));
    ASSERT_TRUE(awards().revoke(lđtt.id, QStringLiteral("3/QĐ-VKHPL"), QDate(2025, 2, 1),
                                QStringLiteral("Kê khai sai")));
    ASSERT_TRUE(awards().reinstate(lđtt.id));
    EXPECT_FALSE(awards().awardsOf(2024)->front().award.revoked());
    auto trail = awards().trail(lđtt.id);
    ASSERT_TRUE(trail);
    ASSERT_EQ(trail->size(), 3u);
    EXPECT_TRUE(trail->at(0).what.contains(QStringLiteral("12/QĐ-VKHPL")));
    EXPECT_TRUE(trail->at(1).what.contains(QStringLiteral("3/QĐ-VKHPL")));
    EXPECT_TRUE(trail->at(1).what.contains(QStringLiteral("Kê khai sai")));
    EXPECT_NE(trail->at(2).what, trail->at(1).what);
}

TEST_F(AwardRecordsTest, AStandingTwinBlocksTakingBackTheRevocation) {
    const domain::Award first = recorded(QStringLiteral("LDTT"), lan, domain::NoId);
    ASSERT_TRUE(awards().revoke(first.id, QStringLiteral("3/QĐ-VKHPL"), QDate(2025, 2, 1), {}));
    recorded(QStringLiteral("LDTT"), lan, domain::NoId, QStringLiteral("4/QĐ-VKHPL"));
    auto refused = awards().reinstate(first.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
}

TEST_F(AwardRecordsTest, TheYearsInitiativesNameTheirAuthorsAndTheAwardThatUsedThem) {
    const domain::RowId minh = addPerson(QStringLiteral("Trần Văn Minh"), institute);
    domain::Initiative initiative;
    initiative.title = QStringLiteral("Phần mềm chấm điểm thi đua");
    initiative.year = 2024;
    initiative.authorIds = {lan, minh};
    ASSERT_TRUE(awards().recordInitiative(initiative));
    const domain::Award cstđ = recorded(QStringLiteral("CSTDCS"), lan, domain::NoId);
    ASSERT_TRUE(awards().useInitiative(initiative.id, cstđ.id));
    auto listed = awards().initiativesOf(2024);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().authorNames, QStringLiteral("Nguyễn Thị Lan, Trần Văn Minh"));
    EXPECT_EQ(listed->front().usedByDecision, QStringLiteral("12/QĐ-VKHPL"));
    EXPECT_TRUE(listed->front().searchKey.contains(QStringLiteral("phan mem cham diem")));
    EXPECT_TRUE(awards().initiativesOf(2023)->empty());
}
