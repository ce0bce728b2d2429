// ScoringService::importScores: self-scores and a scorer's points read from a
// file, all or nothing, with the refusals of the score grid.

#include "scoring_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

using namespace thidua;

namespace {

class ScoreImport : public test::ScoringFixture {
protected:
    Result<services::ImportReport>
    importScores(const QString& text, domain::RowId scorer = domain::NoId, bool dryRun = false) {
        return workspace->scoring().importScores(writeFile(QStringLiteral("diem.csv"), text),
                                                 clusterId, domain::RoundKind::YearEnd, scorer,
                                                 {dryRun, false});
    }

    std::optional<domain::ScoringRound> yearEnd() {
        return *workspace->scoring().round(clusterId, domain::RoundKind::YearEnd);
    }

    // Unit, item, scorer, points and note of every point of the round, sorted.
    using Given = std::tuple<domain::RowId, int, domain::RowId, double, QString>;
    std::vector<Given> scores() {
        auto sheet = workspace->scoring().sheet(yearEnd()->id);
        EXPECT_TRUE(sheet);
        std::vector<Given> given;
        for (const domain::Score& score : sheet ? sheet->scores : std::vector<domain::Score>{})
            given.emplace_back(score.unitId, score.criterion, score.scorerId, score.points,
                               score.note);
        std::ranges::sort(given);
        return given;
    }
};

const QString selfScores =
    QStringLiteral("Đơn vị;Mã tiêu chí;Tiêu chí;Điểm tối đa;Điểm;Ghi chú\n"
                   "Trường Đại học Luật Hà Nội;I.1;Xây dựng văn bản;30;28,5;Báo cáo số 12/BC\n"
                   "trường đại học luật hà nội;i.2;Ký giao ước;30;30;\n"
                   "Trường Đại học Luật Hà Nội;II;Báo cáo đúng hạn;40;;\n"
                   "Nhà xuất bản Tư pháp;III;Điểm thưởng;5;2.5;Bằng khen của Bộ\n");

} // namespace

TEST_F(ScoreImport, SelfScoresOpenTheRoundAndAnUnchangedFileChangesNothing) {
    ASSERT_TRUE(workspace->criteria().save(ministryTable()));
    events.clear();
    auto dryRun = importScores(selfScores, domain::NoId, true);
    ASSERT_TRUE(dryRun) << dryRun.error().message.toStdString();
    EXPECT_EQ(dryRun->rowsGood, 3);
    EXPECT_EQ(dryRun->rowsImported, 0);
    EXPECT_FALSE(yearEnd()); // a dry run opens nothing

    auto report = importScores(selfScores);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_FALSE(report->hasProblems()) << report->problems.front().message.toStdString();
    EXPECT_EQ(report->rowsRead, 4);
    EXPECT_EQ(report->rowsImported, 3); // the row without points is skipped
    ASSERT_TRUE(yearEnd());
    EXPECT_EQ(scores(), (std::vector<Given>{
                            {university, 1, university, 28.5, QStringLiteral("Báo cáo số 12/BC")},
                            {university, 2, university, 30, {}},
                            {publisher, 4, publisher, 2.5, QStringLiteral("Bằng khen của Bộ")}}));
    // The round's opening and each point, audited.
    EXPECT_EQ(auditOf(QStringLiteral("scoring_round"), yearEnd()->uuid).size(), 4u);
    EXPECT_EQ(events.size(), 1u);

    const qint64 audited = auditRows();
    ASSERT_TRUE(importScores(selfScores));
    EXPECT_EQ(auditRows(), audited);
}

TEST_F(ScoreImport, EveryBadRowIsNamedAndNothingIsWritten) {
    ASSERT_TRUE(workspace->criteria().save(ministryTable()));
    events.clear();
    const qint64 audited = auditRows();
    auto report = importScores(QStringLiteral("Đơn vị,Mã tiêu chí,Điểm\n"
                                              "Cục Con nuôi,I.1,20\n"
                                              "Học viện Tư pháp,V.9,20\n"
                                              "Học viện Tư pháp,I,20\n"
                                              "Học viện Tư pháp,I.1,31\n"
                                              "Học viện Tư pháp,I.2,mười\n"
                                              "Học viện Tư pháp,II,20\n"
                                              "Học viện Tư pháp,II.,30\n"));
    ASSERT_TRUE(report) << report.error().message.toStdString();
    std::vector<std::pair<int, QString>> where;
    for (const services::ImportProblem& problem : report->problems)
        where.emplace_back(problem.line, problem.column);
    EXPECT_EQ(where, (std::vector<std::pair<int, QString>>{{2, QStringLiteral("Đơn vị")},
                                                           {3, QStringLiteral("Mã tiêu chí")},
                                                           {4, QStringLiteral("Mã tiêu chí")},
                                                           {5, QStringLiteral("Điểm")},
                                                           {6, QStringLiteral("Điểm")},
                                                           {8, QStringLiteral("Mã tiêu chí")}}));
    EXPECT_TRUE(test::messageNames({ErrorCode::InvalidInput, report->problems[3].message},
                                   {"I.1 Xây dựng văn bản", "31", "30"}));
    EXPECT_TRUE(report->problems[5].message.contains(QStringLiteral("line 7")));
    EXPECT_EQ(report->rowsGood, 1);
    EXPECT_EQ(report->rowsImported, 0);
    EXPECT_FALSE(yearEnd());
    EXPECT_EQ(auditRows(), audited);
    EXPECT_TRUE(events.empty());
}

TEST_F(ScoreImport, AScorersFileHearsTheGridsRefusals) {
    const domain::RowId roundId = openYearEnd();
    ASSERT_TRUE(workspace->scoring().setSelfScore(roundId, university, 1, 28, {}));
    const QString header = QStringLiteral("Đơn vị;Mã tiêu chí;Điểm;Ghi chú\n");
    auto refused = importScores(header + QStringLiteral("Viện Khoa học pháp lý;I.1;20;\n"
                                                        "Trường Đại học Luật Hà Nội;I.1;25;\n"
                                                        "Nhà xuất bản Tư pháp;I.1;30;\n"),
                                institute);
    ASSERT_TRUE(refused);
    ASSERT_EQ(refused->problems.size(), 2u);
    EXPECT_EQ(refused->problems[0].column, QStringLiteral("Đơn vị"));
    EXPECT_TRUE(refused->problems[0].message.contains(QStringLiteral("self-score")));
    EXPECT_EQ(refused->problems[1].line, 3);
    EXPECT_EQ(refused->problems[1].column, QStringLiteral("Ghi chú"));
    EXPECT_EQ(scores().size(), 1u);

    auto notHead =
        importScores(header + QStringLiteral("Nhà xuất bản Tư pháp;I.1;30;\n"), university);
    ASSERT_TRUE(notHead);
    ASSERT_EQ(notHead->problems.size(), 1u);
    EXPECT_EQ(notHead->problems[0].line, 0);

    auto given = importScores(header + QStringLiteral("Trường Đại học Luật Hà Nội;I.1;25;Hai "
                                                      "văn bản chậm\n"),
                              institute);
    ASSERT_TRUE(given);
    EXPECT_FALSE(given->hasProblems());
    const auto all = scores();
    EXPECT_NE(std::ranges::find(
                  all, Given{university, 1, institute, 25, QStringLiteral("Hai văn bản chậm")}),
              all.end());
}

TEST_F(ScoreImport, AClosedRoundTakesNoPoints) {
    const domain::RowId roundId = openYearEnd();
    ASSERT_TRUE(workspace->scoring().close(roundId, QStringLiteral("Hết thời hạn")));
    auto report = importScores(selfScores);
    ASSERT_TRUE(report);
    ASSERT_EQ(report->problems.size(), 1u);
    EXPECT_EQ(report->problems[0].line, 0);
    EXPECT_TRUE(report->problems[0].message.contains(QStringLiteral("closed")));
    EXPECT_TRUE(scores().empty());
}
