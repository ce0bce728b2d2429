#include "ranking.h"

#include <gtest/gtest.h>

#include <array>

using namespace thidua::domain;

namespace {

constexpr Share seventyPercent{70, 100};

std::vector<int> ranks(const std::vector<RankedLine>& ranked) {
    std::vector<int> result;
    for (const RankedLine& line : ranked)
        result.push_back(line.rank);
    return result;
}

std::vector<RowId> units(const std::vector<RankedLine>& ranked) {
    std::vector<RowId> result;
    for (const RankedLine& line : ranked)
        result.push_back(line.line.unitId);
    return result;
}

} // namespace

TEST(Ranking, TiesShareARankAndTheNextRankIsSkipped) {
    const std::vector<ScoreLine> lines{
        {1, 92.5, 0, 0, 0, 0}, {2, 95, 0, 0, 0, 0}, {3, 92.5, 0, 0, 0, 0}, {4, 90, 0, 0, 0, 0}};
    const auto ranked = rankByTotal(lines, {}, seventyPercent);
    EXPECT_EQ(ranks(ranked), (std::vector<int>{1, 2, 2, 4}));
    // Equal units keep the order they came in.
    EXPECT_EQ(units(ranked), (std::vector<RowId>{2, 1, 3, 4}));
}

TEST(Ranking, TotalsEqualToTheHundredthAreATie) {
    const std::vector<ScoreLine> lines{{1, 85.004, 0, 0, 0, 0}, {2, 85, 0, 0, 0, 0}};
    EXPECT_EQ(ranks(rankByTotal(lines, {}, seventyPercent)), (std::vector<int>{1, 1}));
}

TEST(Ranking, TieBreaksApplyInTheOrganisersOrder) {
    // Equal totals; unit 1 has more bonus, unit 2 fewer penalties.
    const std::vector<ScoreLine> lines{{1, 90, 3, 2, 0, 0}, {2, 90, 1, 0, 0, 0}};
    const std::array bonusFirst{TieBreak::MoreBonus, TieBreak::FewerPenalties};
    const std::array penaltiesFirst{TieBreak::FewerPenalties, TieBreak::MoreBonus};
    EXPECT_EQ(units(rankByTotal(lines, bonusFirst, seventyPercent)), (std::vector<RowId>{1, 2}));
    EXPECT_EQ(units(rankByTotal(lines, penaltiesFirst, seventyPercent)),
              (std::vector<RowId>{2, 1}));
    EXPECT_EQ(ranks(rankByTotal(lines, bonusFirst, seventyPercent)), (std::vector<int>{1, 2}));
}

TEST(Ranking, ACollectiveOfSeventyPercentWomenGoesFirstOnATie) {
    // 7 of 10 is exactly 70 %; 13 of 20 is 65 %.
    const std::vector<ScoreLine> lines{{1, 88, 0, 0, 20, 13}, {2, 88, 0, 0, 10, 7}};
    const std::array women{TieBreak::WomenPriority};
    EXPECT_EQ(units(rankByTotal(lines, women, seventyPercent)), (std::vector<RowId>{2, 1}));
    EXPECT_EQ(ranks(rankByTotal(lines, women, seventyPercent)), (std::vector<int>{1, 2}));
    EXPECT_EQ(ranks(rankByTotal(lines, {}, seventyPercent)), (std::vector<int>{1, 1}));
    // The share is the organiser's: at 60 % both collectives qualify and tie.
    EXPECT_EQ(ranks(rankByTotal(lines, women, Share{60, 100})), (std::vector<int>{1, 1}));
}
