#include "scoring_fixture.h"

#include <gtest/gtest.h>

using namespace thidua;
using test::messageNames;

namespace {

class ScoringService : public test::ScoringFixture {};

std::vector<std::pair<domain::RowId, int>> ranks(const std::vector<domain::Standing>& standings) {
    std::vector<std::pair<domain::RowId, int>> result;
    for (const domain::Standing& standing : standings)
        result.emplace_back(standing.unitId, standing.rank);
    return result;
}

} // namespace

TEST_F(ScoringService, ARoundNeedsTheOrganisersCriteriaTableForTheYear) {
    auto refused = workspace->scoring().openRound(clusterId, domain::RoundKind::YearEnd);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(messageNames(refused.error(), {"Bộ Tư pháp", "2018"}));

    const domain::RowId roundId = openYearEnd();
    ASSERT_NE(roundId, domain::NoId);
    auto again = workspace->scoring().openRound(clusterId, domain::RoundKind::YearEnd);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->id, roundId);
    EXPECT_EQ(auditOf(QStringLiteral("scoring_round"), again->uuid).size(), 1u);
}

TEST_F(ScoringService, NextYearStartsFromLastYearsTable) {
    ASSERT_TRUE(workspace->criteria().save(ministryTable()));
    auto copy = workspace->criteria().copyFromPreviousYear(ministry, 2019);
    ASSERT_TRUE(copy) << copy.error().message.toStdString();
    EXPECT_EQ(copy->year, 2019);
    EXPECT_EQ(copy->criteria.size(), 6u);
    EXPECT_EQ(copy->criteria[3].pointsEach, 10);
    EXPECT_TRUE(copy->document.isEmpty());
    auto stored = workspace->criteria().table(ministry, 2019);
    ASSERT_TRUE(stored && *stored);
    EXPECT_EQ((*stored)->criteria[1].title, QStringLiteral("Xây dựng văn bản"));
    EXPECT_EQ((*stored)->tieBreaks, std::vector{domain::TieBreak::MoreBonus});
    EXPECT_EQ((*stored)->bands.front().label, QStringLiteral("Xuất sắc"));

    EXPECT_FALSE(workspace->criteria().copyFromPreviousYear(ministry, 2019));
    auto none = workspace->criteria().copyFromPreviousYear(ministry, 2030);
    ASSERT_FALSE(none);
    EXPECT_TRUE(messageNames(none.error(), {"Bộ Tư pháp", "2029"}));
}

TEST_F(ScoringService, ATableThatDoesNotAddUpIsNotSaved) {
    domain::CriteriaTable table = ministryTable();
    table.criteria[2].maxPoints = 20;
    auto refused = workspace->criteria().save(table);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(messageNames(refused.error(), {"I Công tác chuyên môn", "60", "50"}));
    EXPECT_FALSE(*workspace->criteria().table(ministry, 2018));
}

TEST_F(ScoringService, AUnitNeverScoresItself) {
    const domain::RowId roundId = openYearEnd();
    auto refused = score(roundId, institute, 1, 20, institute);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(messageNames(refused.error(), {"Viện Khoa học pháp lý", "self-score"}));
    // Its own points go in as its self-score.
    EXPECT_TRUE(workspace->scoring().setSelfScore(roundId, institute, 1, 20, QStringLiteral("")));
}

TEST_F(ScoringService, TheHeadAndDeputyScoreUnlessEveryMemberDoes) {
    const domain::RowId roundId = openYearEnd();
    auto refused = score(roundId, publisher, 1, 20, university);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(messageNames(refused.error(), {"Viện Khoa học pháp lý, Học viện Tư pháp",
                                               "Trường Đại học Luật Hà Nội"}));
    EXPECT_TRUE(score(roundId, publisher, 1, 20, institute));
    EXPECT_TRUE(score(roundId, institute, 1, 20, academy));

    ASSERT_TRUE(workspace->scoring().setMembersScore(roundId, true));
    EXPECT_TRUE(score(roundId, publisher, 1, 18, university));
    auto outsiderScores = score(roundId, publisher, 1, 18, outsider);
    ASSERT_FALSE(outsiderScores);
    EXPECT_TRUE(messageNames(outsiderScores.error(), {"Cục Con nuôi", "is not a member"}));
}

TEST_F(ScoringService, PointsOutsideTheCriterionAreRefusedByUnitAndCriterion) {
    const domain::RowId roundId = openYearEnd();
    auto over = score(roundId, university, 1, 31, institute);
    ASSERT_FALSE(over);
    EXPECT_TRUE(messageNames(over.error(),
                             {"Trường Đại học Luật Hà Nội", "I.1 Xây dựng văn bản", "31", "30"}));
    auto half = score(roundId, university, 2, 15, institute);
    ASSERT_FALSE(half);
    EXPECT_TRUE(messageNames(half.error(), {"I.2 Ký giao ước", "0 or 30"}));
    auto group = workspace->scoring().setSelfScore(roundId, university, 0, 10, {});
    ASSERT_FALSE(group);
    EXPECT_TRUE(messageNames(group.error(), {"I Công tác chuyên môn", "group"}));
    auto nonMember = score(roundId, outsider, 1, 10, institute);
    ASSERT_FALSE(nonMember);
    EXPECT_TRUE(messageNames(nonMember.error(), {"Cục Con nuôi", "Cụm thi đua số II (2018)"}));
}

TEST_F(ScoringService, AScorerWhoDepartsFromTheSelfScoreSaysWhy) {
    const domain::RowId roundId = openYearEnd();
    ASSERT_TRUE(workspace->scoring().setSelfScore(roundId, university, 1, 28,
                                                  QStringLiteral("Báo cáo số 12/BC-ĐHL")));
    EXPECT_TRUE(score(roundId, university, 1, 28, institute));
    auto silent = score(roundId, university, 1, 25, institute);
    ASSERT_FALSE(silent);
    EXPECT_TRUE(messageNames(silent.error(), {"Trường Đại học Luật Hà Nội", "28", "25",
                                              "I.1 Xây dựng văn bản", "Viện Khoa học pháp lý"}));
    EXPECT_TRUE(
        score(roundId, university, 1, 25, institute, QStringLiteral("Hai văn bản ban hành chậm")));

    auto sheet = workspace->scoring().sheet(roundId);
    ASSERT_TRUE(sheet);
    ASSERT_EQ(sheet->scores.size(), 2u);
    const domain::Score& given =
        sheet->scores[0].isSelfScore() ? sheet->scores[1] : sheet->scores[0];
    EXPECT_EQ(given.points, 25);
    EXPECT_EQ(given.note, QStringLiteral("Hai văn bản ban hành chậm"));
    // Opened, self-scored, scored, re-scored: each in the round's audit.
    EXPECT_EQ(auditOf(QStringLiteral("scoring_round"), sheet->round.uuid).size(), 4u);
}

TEST_F(ScoringService, ClosingWithPointsMissingNeedsAReasonAndReopeningIsAudited) {
    const domain::RowId roundId = openYearEnd();
    scoreAll(roundId, university, 30, 30, 40, 0, 0);
    auto refused = workspace->scoring().close(roundId, {});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(messageNames(refused.error(), {"15", "Học viện Tư pháp", "I.1"}));

    ASSERT_TRUE(workspace->scoring().close(roundId, QStringLiteral("Hai đơn vị chưa gửi báo cáo")));
    auto sheet = workspace->scoring().sheet(roundId);
    ASSERT_TRUE(sheet);
    EXPECT_EQ(sheet->round.closedOn, clock.today());
    EXPECT_EQ(sheet->round.closeReason, QStringLiteral("Hai đơn vị chưa gửi báo cáo"));

    auto closed = score(roundId, university, 1, 20, institute, QStringLiteral("x"));
    ASSERT_FALSE(closed);
    EXPECT_TRUE(messageNames(closed.error(), {"closed", "Cụm thi đua số II (2018)"}));

    ASSERT_TRUE(workspace->scoring().reopen(roundId));
    EXPECT_TRUE(score(roundId, university, 1, 20, institute));
    const auto audit = auditOf(QStringLiteral("scoring_round"), sheet->round.uuid);
    ASSERT_GE(audit.size(), 3u);
    EXPECT_TRUE(audit[audit.size() - 2].after.value(QStringLiteral("closed_on")).isNull());
    EXPECT_EQ(audit[audit.size() - 2].before.value(QStringLiteral("close_reason")).toString(),
              QStringLiteral("Hai đơn vị chưa gửi báo cáo"));
}

TEST_F(ScoringService, UnitsScoringZeroEverywhereStillCloseTheRound) {
    const domain::RowId roundId = openYearEnd();
    ASSERT_TRUE(workspace->scoring().setMembersScore(roundId, true));
    for (domain::RowId unit : {academy, university, publisher})
        scoreAll(roundId, unit, 0, 0, 0, 0, 0);
    // The institute leads, so the deputy scores it.
    for (int criterion = 1; criterion <= 5; ++criterion)
        ASSERT_TRUE(score(roundId, institute, criterion, 0, academy));
    EXPECT_TRUE(workspace->scoring().close(roundId, {}));
    auto standings = workspace->scoring().standings(roundId);
    ASSERT_TRUE(standings);
    for (const domain::Standing& standing : *standings) {
        EXPECT_EQ(standing.totals.total(), 0);
        EXPECT_EQ(standing.rank, 1);
    }
}

TEST_F(ScoringService, TheRankingUsesTheScorersMeanAndShowsWhatOneScorerChanges) {
    const domain::RowId roundId = openYearEnd();
    ASSERT_TRUE(workspace->scoring().setMembersScore(roundId, true));
    scoreAll(roundId, university, 30, 30, 30, 2, 0); // 92
    scoreAll(roundId, publisher, 30, 30, 30, 0, 0);  // 90
    scoreAll(roundId, academy, 30, 30, 30, 2, 0);    // 92: ties the university, shares rank 1
    // The academy marks the publisher up: the mean lifts it above the others.
    ASSERT_TRUE(score(roundId, publisher, 3, 40, academy));
    ASSERT_TRUE(score(roundId, publisher, 4, 5, academy));

    auto withAll = workspace->scoring().standings(roundId);
    ASSERT_TRUE(withAll);
    EXPECT_EQ(ranks(*withAll), (std::vector<std::pair<domain::RowId, int>>{
                                   {publisher, 1}, {academy, 2}, {university, 2}, {institute, 4}}));
    EXPECT_DOUBLE_EQ(withAll->front().totals.total(), 97.5); // 60 + 35 + 2,5
    EXPECT_EQ(withAll->front().rating, QStringLiteral("Xuất sắc"));
    EXPECT_EQ(withAll->back().totals.missing, 5);

    auto withoutAcademy = workspace->scoring().standings(roundId, academy);
    ASSERT_TRUE(withoutAcademy);
    EXPECT_EQ(ranks(*withoutAcademy),
              (std::vector<std::pair<domain::RowId, int>>{
                  {academy, 1}, {university, 1}, {publisher, 3}, {institute, 4}}));
}

TEST_F(ScoringService, AScoredTableKeepsItsShapeButMayBeReworded) {
    const domain::RowId roundId = openYearEnd();
    ASSERT_TRUE(score(roundId, university, 1, 20, institute));
    domain::CriteriaTable table = *workspace->criteria().table(ministry, 2018).value();
    table.criteria[1].title = QStringLiteral("Xây dựng, ban hành văn bản");
    table.tieBreaks = {domain::TieBreak::FewerPenalties};
    EXPECT_TRUE(workspace->criteria().save(table));
    table.criteria[1].maxPoints = 25;
    table.criteria[2].maxPoints = 35;
    auto reshaped = workspace->criteria().save(table);
    ASSERT_FALSE(reshaped);
    EXPECT_TRUE(messageNames(reshaped.error(), {"Bộ Tư pháp", "2018", "Clear the points"}));
}

TEST_F(ScoringService, WomenPriorityReadsTheUnitsStaff) {
    domain::CriteriaTable table = ministryTable();
    table.tieBreaks = {domain::TieBreak::WomenPriority};
    ASSERT_TRUE(workspace->criteria().save(table));
    auto round = workspace->scoring().openRound(clusterId, domain::RoundKind::MidYear);
    ASSERT_TRUE(round);
    scoreAll(round->id, university, 30, 30, 30, 0, 0);
    scoreAll(round->id, publisher, 30, 30, 30, 0, 0);
    for (const char* name : {"Nguyễn Thị Hoa", "Trần Thị Lan", "Lê Thị Mai"})
        addPerson(QString::fromUtf8(name), publisher);
    domain::Person man;
    man.name = domain::splitFullName(QStringLiteral("Phạm Văn Nam"));
    man.gender = domain::Gender::Male;
    man.unitId = university;
    ASSERT_TRUE(workspace->catalogue().createPerson(man));

    auto standings = workspace->scoring().standings(round->id);
    ASSERT_TRUE(standings);
    ASSERT_GE(standings->size(), 2u);
    EXPECT_EQ((*standings)[0].unitId, publisher);
    EXPECT_EQ((*standings)[0].rank, 1);
    EXPECT_EQ((*standings)[1].unitId, university);
    EXPECT_EQ((*standings)[1].rank, 2);
}

TEST_F(ScoringService, EvidenceFilesTravelWithTheSelfScore) {
    const domain::RowId roundId = openYearEnd();
    const QByteArray report("%PDF-1.4 báo cáo");
    ASSERT_TRUE(workspace->scoring().attachEvidence(roundId, university, 1,
                                                    QStringLiteral("bao-cao-12.pdf"), report));
    auto sheet = workspace->scoring().sheet(roundId);
    ASSERT_TRUE(sheet);
    ASSERT_EQ(sheet->evidence.size(), 1u);
    EXPECT_EQ(sheet->evidence[0].unitId, university);
    EXPECT_EQ(sheet->evidence[0].criterion, 1);
    EXPECT_EQ(*workspace->scoring().evidenceContent(roundId, sheet->evidence[0]), report);
    // Attached again under the same name, the file is replaced.
    ASSERT_TRUE(workspace->scoring().attachEvidence(roundId, university, 1,
                                                    QStringLiteral("bao-cao-12.pdf"), "v2"));
    EXPECT_EQ(*workspace->scoring().evidenceContent(roundId, sheet->evidence[0]), "v2");
    EXPECT_EQ(auditOf(QStringLiteral("scoring_round"), sheet->round.uuid).size(), 3u);

    auto outsiders =
        workspace->scoring().attachEvidence(roundId, outsider, 1, QStringLiteral("x.pdf"), "x");
    ASSERT_FALSE(outsiders);
    EXPECT_TRUE(messageNames(outsiders.error(), {"Cục Con nuôi"}));
    ASSERT_TRUE(workspace->scoring().close(roundId, QStringLiteral("Chưa đủ điểm")));
    EXPECT_FALSE(workspace->scoring().attachEvidence(roundId, university, 1,
                                                     QStringLiteral("muon.pdf"), "x"));
}
