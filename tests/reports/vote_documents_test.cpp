#include "ballot_papers.h"
#include "fake_clock.h"
#include "file_renderer.h"
#include "rendered_text.h"
#include "table_reader.h"
#include "temp_database.h"
#include "vote_data.h"
#include "vote_minutes.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace thidua;

namespace {

class VoteDocumentsTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = services::Workspace::open(temp.path(), clock, QStringLiteral("thu.ky"));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        workspace = std::move(*opened);
        vote = test::addClusterVote(*workspace);
        auto read = reports::readBallotPrint(*workspace, vote.clusterId);
        ASSERT_TRUE(read) << read.error().message.toStdString();
        print = std::move(*read);
    }

    QString pdfText(const documents::Document& document, const QString& name, int page = 0) {
        return test::renderedPdfText(document, QDir(temp.dir()).filePath(name), page);
    }

    test::TempDatabase temp;
    test::FakeClock clock;
    std::unique_ptr<services::Workspace> workspace;
    test::ClusterVote vote;
    reports::BallotPrint print;
};

} // namespace

TEST_F(VoteDocumentsTest, TheSessionIsReadWithNamesAndTitlesFromTheLowestUpward) {
    EXPECT_EQ(print.organiser, QStringLiteral("Bộ Tư pháp"));
    EXPECT_EQ(print.clusterName, QStringLiteral("Cụm thi đua số II"));
    ASSERT_EQ(print.titles.size(), 2u);
    EXPECT_EQ(print.titles[0].code, QStringLiteral("CTDBO"));
    EXPECT_EQ(print.titles[1].code, QStringLiteral("CTDCP"));
    EXPECT_EQ(print.unitName(vote.academy), QStringLiteral("Học viện Tư pháp"));
}

TEST_F(VoteDocumentsTest, TheMeetingMinutesGiveEveryNumberAndTheConclusion) {
    const QString text = pdfText(reports::meetingMinutes(print), QStringLiteral("bien-ban.pdf"));
    for (const char* expected :
         {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BỘ TƯ PHÁP", "CỤM THI ĐUA SỐ II", "BIÊN BẢN HỌP",
          "ngày 20 tháng 12 năm 2018", "Hội trường Viện Khoa học pháp lý",
          "Chủ trì: Nguyễn Văn An.", "Thư ký: Trần Thị Bình.",
          "Tổng số thành viên: 12; có mặt: 11; vắng mặt: 1", "có ý kiến bằng văn bản", "91,67 %",
          "83,33", "75", "Không đạt",
          "Đề nghị tặng Cờ thi đua của Bộ, ban, ngành, tỉnh cho 01 đơn vị:",
          "Đề nghị tặng Cờ thi đua của Chính phủ cho 01 đơn vị:", "- Viện Khoa học pháp lý.",
          "THƯ KÝ", "CHỦ TRÌ"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(text.contains(QStringLiteral("- Học viện Tư pháp")));
}

TEST_F(VoteDocumentsTest, TheVoteCountMinutesTallyEveryCandidate) {
    const QString text =
        pdfText(reports::voteCountMinutes(print), QStringLiteral("kiem-phieu.pdf"));
    for (const char* expected :
         {"BIÊN BẢN KIỂM PHIẾU", "Ban kiểm phiếu tiến hành kiểm phiếu", "STT", "Vòng",
          "tính trên tổng số thành viên (kể cả thành viên vắng mặt)", "Học viện Tư pháp",
          "Cờ thi đua của Chính phủ (cần từ 80 % trở lên)", "TRƯỞNG BAN KIỂM PHIẾU"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
}

TEST_F(VoteDocumentsTest, ThereIsANumberedBallotPaperForEveryMemberPresent) {
    const documents::Document papers = reports::ballotPapers(print);
    EXPECT_EQ(std::ranges::count_if(papers.blocks,
                                    [](const documents::Block& block) {
                                        return std::holds_alternative<documents::PageBreak>(block);
                                    }),
              10);
    const QString last = pdfText(papers, QStringLiteral("phieu.pdf"), 11);
    for (const char* expected :
         {"CỤM THI ĐUA SỐ II", "PHIẾU BẦU", "Phiếu số: 11/11",
          "1. Suy tôn đề nghị tặng Cờ thi đua của Bộ, ban, ngành, tỉnh", "Viện Khoa học pháp lý",
          "Học viện Tư pháp", "Đồng ý", "Không đồng ý",
          "2. Suy tôn đề nghị tặng Cờ thi đua của Chính phủ"})
        EXPECT_TRUE(last.contains(QString::fromUtf8(expected))) << expected;
}

TEST_F(VoteDocumentsTest, TheMinutesBecomeAWorkbookWithTheTally) {
    const QString file = QDir(temp.dir()).filePath(QStringLiteral("bien-ban.xlsx"));
    ASSERT_TRUE(
        documents::renderFile(reports::meetingMinutes(print), documents::FileFormat::Xlsx, file));
    auto table = interchange::readTable(file);
    ASSERT_TRUE(table) << table.error().message.toStdString();
    bool found = false;
    for (const interchange::SourceRow& row : table->rows)
        found = found || (row.cells.contains(QStringLiteral("Học viện Tư pháp")) &&
                          row.cells.contains(QStringLiteral("Không đạt")));
    EXPECT_TRUE(found);
}

TEST_F(VoteDocumentsTest, TheSecondRoundsPapersListItsCandidatesOnly) {
    EXPECT_EQ(reports::roundToPrint(print.session), 1);
    ASSERT_TRUE(
        workspace->voting().addRound(vote.session.id, vote.academy, QStringLiteral("CTDBO")));
    auto reread = reports::readBallotPrint(*workspace, vote.clusterId);
    ASSERT_TRUE(reread);
    ASSERT_EQ(reports::roundToPrint(reread->session), 2);
    const QString text =
        pdfText(reports::ballotPapers(*reread, 2), QStringLiteral("vong-2.pdf"), 1);
    EXPECT_TRUE(text.contains(QStringLiteral("(vòng 2)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Học viện Tư pháp")));
    EXPECT_FALSE(text.contains(QStringLiteral("Viện Khoa học pháp lý")));
    EXPECT_FALSE(text.contains(QStringLiteral("Cờ thi đua của Chính phủ")));
}
