#include "award.h"
#include "initiative.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

// Nghị định 152/2025, Điều 49: coefficient × base salary, rounded UP to 10.000 đ.
TEST(RewardAmount, LaoDongTienTienAtTheBaseSalaryOf2024RoundsUpToTenThousand) {
    // 0,3 × 2.340.000 = 702.000 → 710.000
    EXPECT_EQ(rewardAmount(30, 2'340'000), 710'000);
}

TEST(RewardAmount, AnExactMultipleOfTenThousandStaysAsItIs) {
    // 1,0 × 2.340.000 = 2.340.000
    EXPECT_EQ(rewardAmount(100, 2'340'000), 2'340'000);
    // 8,0 × 1.800.000 = 14.400.000
    EXPECT_EQ(rewardAmount(800, 1'800'000), 14'400'000);
}

TEST(RewardAmount, AFractionOfOneDongStillRoundsUp) {
    // 0,01 × 1.000.001 = 10.000,01 → 20.000
    EXPECT_EQ(rewardAmount(1, 1'000'001), 20'000);
    EXPECT_EQ(rewardAmount(0, 2'340'000), 0);
}

TEST(AwardKind, SuddenAndThematicAwardsDoNotCountTowardHigherOnes) {
    EXPECT_TRUE(countsTowardHigherAwards(AwardKind::Merit));
    EXPECT_TRUE(countsTowardHigherAwards(AwardKind::Dedication));
    EXPECT_FALSE(countsTowardHigherAwards(AwardKind::Sudden));
    EXPECT_FALSE(countsTowardHigherAwards(AwardKind::Thematic));
}

TEST(AwardKind, ReadsTheCodeAndTheVietnameseWords) {
    EXPECT_EQ(awardKindFromText(QStringLiteral("Đột xuất")), AwardKind::Sudden);
    EXPECT_EQ(awardKindFromText(QStringLiteral("dot xuat")), AwardKind::Sudden);
    EXPECT_EQ(awardKindFromText(QStringLiteral("CÔNG TRẠNG")), AwardKind::Merit);
    EXPECT_EQ(awardKindFromText(QStringLiteral("thematic")), AwardKind::Thematic);
    EXPECT_FALSE(awardKindFromText(QStringLiteral("niên hạn")));
    EXPECT_EQ(awardKindCode(AwardKind::Foreign), QStringLiteral("foreign"));
}

TEST(Initiative, LevelsReadTheirVietnameseNames) {
    EXPECT_EQ(initiativeLevelFromText(QStringLiteral("cấp cơ sở")), InitiativeLevel::Grassroots);
    EXPECT_EQ(initiativeLevelFromText(QStringLiteral("Toan quoc")), InitiativeLevel::National);
    EXPECT_EQ(initiativeKindFromText(QStringLiteral("Đề tài nghiên cứu")),
              InitiativeKind::Research);
    EXPECT_EQ(initiativeLevelCode(InitiativeLevel::Ministry), QStringLiteral("ministry"));
}

TEST(Initiative, KindsAndLevelsAreReadAsClerksShortenThem) {
    using thidua::domain::InitiativeKind;
    using thidua::domain::InitiativeLevel;
    EXPECT_EQ(thidua::domain::initiativeKindFromText(QStringLiteral("Đề tài")),
              InitiativeKind::Research);
    EXPECT_EQ(thidua::domain::initiativeKindFromText(QStringLiteral("sang kien")),
              InitiativeKind::Initiative);
    EXPECT_FALSE(thidua::domain::initiativeKindFromText(QStringLiteral("Giải pháp")));
    EXPECT_EQ(thidua::domain::initiativeLevelFromText(QStringLiteral("cơ sở")),
              InitiativeLevel::Grassroots);
    EXPECT_EQ(thidua::domain::initiativeLevelFromText(QStringLiteral("Cấp Bộ")),
              InitiativeLevel::Ministry);
    EXPECT_EQ(thidua::domain::initiativeLevelFromText(QStringLiteral("cấp tỉnh")),
              InitiativeLevel::Ministry);
    EXPECT_EQ(thidua::domain::initiativeLevelFromText(QStringLiteral("Toàn quốc")),
              InitiativeLevel::National);
    EXPECT_FALSE(thidua::domain::initiativeLevelFromText(QStringLiteral("Cấp huyện")));
}
