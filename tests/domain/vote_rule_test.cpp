#include "vote_rule.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

namespace {

bool same(std::optional<Share> share, int numerator, int denominator) {
    return share && share->numerator * denominator == numerator * share->denominator;
}

} // namespace

TEST(VoteRule, SharesAreTypedAsPercentagesOrFractions) {
    EXPECT_TRUE(same(shareFromText(QStringLiteral("80")), 80, 100));
    EXPECT_TRUE(same(shareFromText(QStringLiteral(" 90 % ")), 9, 10));
    EXPECT_TRUE(same(shareFromText(QStringLiteral("66,67")), 6667, 10000));
    EXPECT_TRUE(same(shareFromText(QStringLiteral("2/3")), 2, 3));
    EXPECT_EQ(shareFromText(QStringLiteral("tám mươi")), std::nullopt);
    EXPECT_EQ(shareFromText(QStringLiteral("2/0")), std::nullopt);
}

TEST(VoteRule, ARuleNeedsItsDayAShareOfTheMembersAndItsBasis) {
    VoteRule rule{QStringLiteral("CTDBO"),
                  QDate(2026, 1, 1),
                  {80, 100},
                  QStringLiteral("Nghị định 152/2025/NĐ-CP")};
    EXPECT_EQ(voteRuleRefusal(rule), std::nullopt);
    VoteRule undated = rule;
    undated.validFrom = {};
    EXPECT_TRUE(voteRuleRefusal(undated));
    VoteRule tooMuch = rule;
    tooMuch.share = {11, 10};
    EXPECT_EQ(voteRuleRefusal(tooMuch).value_or(QString()),
              QStringLiteral("A share of the members must be above 0 and at most all of them."));
    VoteRule groundless = rule;
    groundless.legalBasis = QStringLiteral("  ");
    EXPECT_TRUE(voteRuleRefusal(groundless));
}
