#include "conference_fixture.h"
#include "conference_groups.h"
#include "conference_pack.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

// The conference papers from plain packs: the order of honorees, the cut
// into batches and which parts the minutes print.
namespace thidua::test {
namespace {

using reports::Honoree;

QStringList namesOf(const std::vector<reports::HonoreeGroup>& groups) {
    QStringList names;
    for (const reports::HonoreeGroup& group : groups)
        for (const Honoree& honoree : group.honorees)
            names << honoree.name;
    return names;
}

std::vector<Honoree> shuffled(std::vector<Honoree> honorees) {
    std::mt19937 random(2018);
    std::ranges::shuffle(honorees, random);
    return honorees;
}

TEST(ConferenceOrder, HighestAwardFirstAndAnAwardsCollectivesBeforeItsPeople) {
    const QString minister = QStringLiteral("Bằng khen của Bộ trưởng Bộ Tư pháp");
    const QString flag = QStringLiteral("Cờ thi đua của Bộ Tư pháp");
    const auto groups = reports::honoreeGroups(shuffled({
        honoree(QStringLiteral("Vũ Thị Lan"), minister, 30, false),
        honoree(QStringLiteral("Phòng Quản lý khoa học"), minister, 30, true),
        honoree(QStringLiteral("Học viện Tư pháp"), flag, 20, true),
        honoree(QStringLiteral("Hoàng Minh Tuấn"), QStringLiteral("Huân chương Lao động hạng Ba"),
                5, false, QStringLiteral("state")),
    }));
    ASSERT_EQ(groups.size(), 4u);
    EXPECT_EQ(groups[0].awardName, QStringLiteral("Huân chương Lao động hạng Ba"));
    EXPECT_EQ(groups[1].awardName, flag);
    EXPECT_EQ(groups[2].awardName, minister);
    EXPECT_TRUE(groups[2].collective);
    EXPECT_EQ(groups[3].awardName, minister);
    EXPECT_FALSE(groups[3].collective);
}

TEST(ConferenceOrder, PeopleGoByGivenNameThenFamilyNameInVietnameseOrder) {
    const QString fighter = QStringLiteral("Chiến sĩ thi đua cơ sở");
    std::vector<Honoree> people;
    // By family name the order would be Đặng, Dương, Lê, Nguyễn, Phạm, Trần;
    // by the unaccented given name Đức would come before Dũng.
    for (const char* name : {"Trần Thị Bình", "Lê Thị Hà", "Nguyễn Văn An", "Đặng Văn Đức",
                             "Dương Văn Dũng", "Phạm Văn An"})
        people.push_back(honoree(QString::fromUtf8(name), fighter, 50, false));
    const QStringList expected{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Phạm Văn An"),
                               QStringLiteral("Trần Thị Bình"), QStringLiteral("Dương Văn Dũng"),
                               QStringLiteral("Đặng Văn Đức"),  QStringLiteral("Lê Thị Hà")};
    for (int seed = 0; seed < 5; ++seed) {
        std::mt19937 random(seed);
        std::ranges::shuffle(people, random);
        EXPECT_EQ(namesOf(reports::honoreeGroups(people)), expected) << seed;
    }
}

TEST(ConferenceOrder, CollectivesGoByTheirWholeName) {
    const QString flag = QStringLiteral("Cờ thi đua của Bộ Tư pháp");
    const auto groups = reports::honoreeGroups(shuffled({
        honoree(QStringLiteral("Trường Đại học Luật Hà Nội"), flag, 20, true),
        honoree(QStringLiteral("Học viện Tư pháp"), flag, 20, true),
        honoree(QStringLiteral("Đài Truyền hình"), flag, 20, true),
        honoree(QStringLiteral("Báo Pháp luật Việt Nam"), flag, 20, true),
        honoree(QStringLiteral("Dự án hỗ trợ"), flag, 20, true),
    }));
    EXPECT_EQ(namesOf(groups),
              (QStringList{QStringLiteral("Báo Pháp luật Việt Nam"), QStringLiteral("Dự án hỗ trợ"),
                           QStringLiteral("Đài Truyền hình"), QStringLiteral("Học viện Tư pháp"),
                           QStringLiteral("Trường Đại học Luật Hà Nội")}));
}

TEST(ConferenceOrder, TheHonoreeListNumbersOnThroughItsAwardGroups) {
    const QStringList lines = documentLines(reports::honoreeList(clusterTwoConference()));
    const qsizetype flag =
        lines.indexOf(QStringLiteral("II. Cờ thi đua của Bộ Tư pháp (4 tập thể)"));
    ASSERT_GE(flag, 0) << lines.join(u'\n').toStdString();
    EXPECT_EQ(lines.at(0), QStringLiteral("Tổng số: 6 tập thể và 29 cá nhân."));
    EXPECT_EQ(lines.at(1), QStringLiteral("I. Bằng khen của Thủ tướng Chính phủ (1 cá nhân)"));
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("1 | Phạm Văn An | Phó Giám đốc, Học viện")));
    EXPECT_TRUE(lines.at(flag + 1).startsWith(QStringLiteral("2 | Báo Pháp luật Việt Nam")));
    EXPECT_EQ(lines.at(flag + 5),
              QStringLiteral("III. Bằng khen của Bộ trưởng Bộ Tư pháp (2 tập thể)"));
    EXPECT_TRUE(lines.last().startsWith(QStringLiteral("35 | ")));
}

TEST(ConferenceOrder, AListWithoutHonoreesSaysSoInsteadOfAnEmptyTable) {
    reports::ConferencePack pack = clusterTwoConference();
    pack.honorees.clear();
    const documents::Document list = reports::honoreeList(pack);
    EXPECT_EQ(documents::dataRowCount(list), 0);
    EXPECT_FALSE(std::ranges::any_of(list.blocks, [](const documents::Block& block) {
        return std::holds_alternative<documents::Table>(block);
    }));
    EXPECT_TRUE(documentLines(list).contains(
        QStringLiteral("Không có tập thể, cá nhân nào được khen thưởng tại Hội nghị.")));
    EXPECT_EQ(list.orientation, documents::Orientation::Portrait);
}

TEST(ConferenceOrder, OnlyTheMinutesCarryTheHeadersNumber) {
    const reports::ConferencePack pack = clusterTwoConference();
    EXPECT_FALSE(reports::honoreeList(pack).header->numbered);
    EXPECT_FALSE(reports::presentationOrder(pack).header->numbered);
    EXPECT_TRUE(reports::conferenceMinutes(pack).header->numbered);
    EXPECT_EQ(reports::conferenceMinutes(pack).header->number, QStringLiteral("05/BB-CTĐII"));
}

TEST(ConferenceOrder, DecisionNumbersTurnTheListToLandscapeAndNoneLeaveTheirColumnOut) {
    reports::ConferencePack pack = clusterTwoConference();
    EXPECT_EQ(reports::honoreeList(pack).orientation, documents::Orientation::Landscape);
    for (Honoree& honoree : pack.honorees)
        honoree.decision.clear();
    const documents::Document upright = reports::honoreeList(pack);
    EXPECT_EQ(upright.orientation, documents::Orientation::Portrait);
    const auto table = std::ranges::find_if(upright.blocks, [](const documents::Block& block) {
        return std::holds_alternative<documents::Table>(block);
    });
    ASSERT_NE(table, upright.blocks.end());
    const documents::Table& grid = std::get<documents::Table>(*table);
    EXPECT_EQ(grid.columns.size(), 4);
    for (const documents::TableRow& row : grid.rows) {
        if (row.kind == documents::TableRow::Kind::Data) {
            EXPECT_EQ(row.cells.size(), 4);
        }
    }
}

std::vector<qsizetype> batchSizes(const std::vector<reports::Batch>& batches) {
    std::vector<qsizetype> sizes;
    for (const reports::Batch& batch : batches)
        sizes.push_back(qsizetype(batch.honorees.size()));
    return sizes;
}

std::vector<Honoree> fighters(int count) {
    std::vector<Honoree> people;
    for (int i = 0; i < count; ++i)
        people.push_back(honoree(
            QStringLiteral("Nguyễn Văn Người %1").arg(i, 2, 10, QLatin1Char('0')),
            QStringLiteral("Chiến sĩ thi đua cơ sở"), 50, false, QStringLiteral("grassroots")));
    return people;
}

TEST(ConferenceBatches, TwentyThreeOfOneAwardGoUpTenTenAndThree) {
    const auto groups = reports::honoreeGroups(fighters(23));
    const auto cut = reports::batches(groups, 10);
    EXPECT_EQ(batchSizes(cut), (std::vector<qsizetype>{10, 10, 3}));
    EXPECT_EQ(cut[2].number, 3);
    EXPECT_FALSE(cut[0].continued);
    EXPECT_TRUE(cut[1].continued);
    EXPECT_EQ(reports::batches(groups, 0).size(), 1u);
}

TEST(ConferenceBatches, TwoAwardsOrTwoKindsNeverShareABatch) {
    std::vector<Honoree> honorees = fighters(3);
    honorees.push_back(honoree(QStringLiteral("Lê Thị Hà"),
                               QStringLiteral("Bằng khen của Bộ trưởng Bộ Tư pháp"), 30, false));
    honorees.push_back(honoree(QStringLiteral("Khoa Đào tạo Luật sư"),
                               QStringLiteral("Bằng khen của Bộ trưởng Bộ Tư pháp"), 30, true));
    const auto groups = reports::honoreeGroups(honorees);
    const auto cut = reports::batches(groups, 10);
    ASSERT_EQ(batchSizes(cut), (std::vector<qsizetype>{1, 1, 3}));
    for (const reports::Batch& batch : cut)
        for (const Honoree& honoree : batch.honorees) {
            EXPECT_EQ(honoree.awardName, batch.group->awardName);
            EXPECT_EQ(honoree.collective, batch.group->collective);
        }
    EXPECT_TRUE(cut[0].group->collective);
}

TEST(ConferenceBatches, TheScriptNumbersItsBatchesAndCallsUpTheirPeopleInOrder) {
    reports::ConferencePack pack = clusterTwoConference();
    pack.honorees = fighters(23);
    const QStringList lines = documentLines(reports::presentationOrder(pack));
    for (const char* heading : {"Lượt 1: Chiến sĩ thi đua cơ sở (10 cá nhân)",
                                "Lượt 2: Chiến sĩ thi đua cơ sở (10 cá nhân)",
                                "Lượt 3: Chiến sĩ thi đua cơ sở (3 cá nhân)"})
        EXPECT_TRUE(lines.contains(QString::fromUtf8(heading))) << heading;
    EXPECT_FALSE(lines.join(u'\n').contains(QStringLiteral("Lượt 4")));
    const qsizetype third =
        lines.indexOf(QStringLiteral("Lượt 3: Chiến sĩ thi đua cơ sở (3 cá nhân)"));
    EXPECT_EQ(lines.at(third + 3), QStringLiteral("1 | Nguyễn Văn Người 20 | "));
    EXPECT_EQ(lines.at(third + 5), QStringLiteral("3 | Nguyễn Văn Người 22 | "));
    EXPECT_TRUE(lines.at(third + 1).contains(QStringLiteral("(tiếp theo)")));
}

TEST(ConferenceBatches, OneAwardDecidedAtTwoLevelsHasTwoPresentersAndTwoBatches) {
    const QString fighter = QStringLiteral("Chiến sĩ thi đua cơ sở");
    const auto groups = reports::honoreeGroups(
        {honoree(QStringLiteral("Lê Thị Hà"), fighter, 50, false, QStringLiteral("grassroots")),
         honoree(QStringLiteral("Vũ Thị Lan"), fighter, 50, false, QStringLiteral("ministry"))});
    const auto cut = reports::batches(groups, 10);
    ASSERT_EQ(cut.size(), 2u);
    EXPECT_EQ(cut[0].group->level, QStringLiteral("ministry"));
    EXPECT_EQ(cut[1].group->level, QStringLiteral("grassroots"));
}

TEST(ConferenceBatches, AConferenceWithoutAwardsHasAScriptThatSaysSo) {
    reports::ConferencePack pack = clusterTwoConference();
    pack.honorees.clear();
    const QStringList lines = documentLines(reports::presentationOrder(pack));
    EXPECT_EQ(lines, QStringList{QStringLiteral("Hội nghị không có phần trao khen thưởng.")});
}

TEST(ConferenceBatches, ThePresenterIsTheOneOfTheAwardsLevel) {
    const QStringList lines = documentLines(reports::presentationOrder(clusterTwoConference()));
    const QString text = lines.join(u'\n');
    const qsizetype state =
        lines.indexOf(QStringLiteral("Lượt 1: Bằng khen của Thủ tướng Chính phủ (1 cá nhân)"));
    ASSERT_GE(state, 0) << text.toStdString();
    EXPECT_EQ(lines.at(state + 2),
              QStringLiteral("Người trao: Trịnh Quốc Bảo, Thứ trưởng Bộ Tư pháp."));
    EXPECT_EQ(lines.at(state + 6),
              QStringLiteral("Người trao: Đỗ Quang Minh, Phó Vụ trưởng Vụ Thi đua - "
                             "Khen thưởng."));
    EXPECT_TRUE(text.contains(QStringLiteral("1 | Đại diện Báo Pháp luật Việt Nam | \n")));
    EXPECT_TRUE(text.contains(QStringLiteral("Người trao: ……………………, Thủ trưởng đơn vị.")));
}

TEST(ConferenceBatches, AMissingPresenterLeavesDotsToWriteIn) {
    reports::ConferencePack pack = clusterTwoConference();
    pack.presenters.erase(pack.presenters.begin());
    const QString text = documentLines(reports::presentationOrder(pack)).join(u'\n');
    EXPECT_TRUE(text.contains(QStringLiteral("Người trao: ……………………, …………………….")));
    EXPECT_FALSE(text.contains(QStringLiteral("Trịnh Quốc Bảo")));
}

TEST(ConferenceMinutes, EveryPartTheConferenceHadIsRecorded) {
    const QStringList lines = documentLines(reports::conferenceMinutes(clusterTwoConference()));
    for (const char* expected :
         {"Thành phần tham dự: có mặt 9 trên tổng số 10 đơn vị được mời, gồm:",
          "3. Kết quả chấm điểm, xếp hạng thi đua",
          "1. Học viện Tư pháp: 97,5 điểm, xếp loại Xuất sắc", "4. Kết quả bình xét, suy tôn",
          "Hội nghị thống nhất đề nghị tặng Cờ thi đua của Chính phủ cho 2 đơn vị:",
          "5. Trao khen thưởng", "Hội nghị đã trao khen thưởng cho 6 tập thể và 29 cá nhân:",
          "- Bằng khen của Thủ tướng Chính phủ: 1 cá nhân;",
          "- Cờ thi đua của Bộ Tư pháp: 4 tập thể;",
          "- Bằng khen của Bộ trưởng Bộ Tư pháp: 2 tập thể, 3 cá nhân;",
          "- Chiến sĩ thi đua cơ sở: 25 cá nhân.",
          "6. Trưởng, Phó Trưởng Cụm năm tiếp theo và giao ước thi đua",
          "Đơn vị Trưởng Cụm năm tiếp theo: Viện Khoa học pháp lý.", "7. Kết luận"})
        EXPECT_TRUE(lines.contains(QString::fromUtf8(expected))) << expected;
}

TEST(ConferenceMinutes, PartsWithoutDataAreLeftOutAndTheStepsCloseUp) {
    reports::ConferencePack pack = clusterTwoConference();
    pack.rankingLines.clear();
    pack.proposals.clear();
    pack.honorees.clear();
    pack.nextHead.clear();
    pack.nextDeputy.clear();
    pack.covenantSigned = false;
    pack.discussion.clear();
    pack.conclusion.clear();
    const QStringList lines = documentLines(reports::conferenceMinutes(pack));
    const QString text = lines.join(u'\n');
    for (const char* absent : {"xếp hạng", "suy tôn", "Trao khen thưởng", "giao ước"})
        EXPECT_FALSE(text.contains(QString::fromUtf8(absent))) << absent;
    EXPECT_TRUE(lines.contains(QStringLiteral("3. Kết luận")));
    // The discussion leaves lines to write on.
    const qsizetype discussion = lines.indexOf(QStringLiteral("2. Thảo luận"));
    ASSERT_GE(discussion, 0);
    EXPECT_TRUE(lines.at(discussion + 1).startsWith(QStringLiteral("……………")));
}

TEST(ConferenceMinutes, ATypedAgendaReplacesTheStandardOne) {
    reports::ConferencePack pack = clusterTwoConference();
    EXPECT_TRUE(documentLines(reports::conferenceMinutes(pack))
                    .contains(QStringLiteral("1. Khai mạc, tuyên bố lý do, giới thiệu đại biểu.")));
    pack.agenda = {QStringLiteral("Phát biểu khai mạc"), QStringLiteral("Trao Cờ thi đua")};
    const QStringList lines = documentLines(reports::conferenceMinutes(pack));
    EXPECT_TRUE(lines.contains(QStringLiteral("2. Trao Cờ thi đua.")));
    EXPECT_FALSE(
        lines.contains(QStringLiteral("1. Khai mạc, tuyên bố lý do, giới thiệu đại biểu.")));
}

TEST(ConferenceMinutes, AnEmptyPackLeavesBlanksToFillIn) {
    const QStringList lines = documentLines(reports::conferenceMinutes({}));
    for (const char* expected :
         {"Thời gian: bắt đầu hồi …… giờ …… phút, ngày …… tháng …… năm …….", "Địa điểm: …………………….",
          "Chủ trì: …………………….", "Thành phần tham dự: có mặt …… trên tổng số …… đại biểu được mời."})
        EXPECT_TRUE(lines.contains(QString::fromUtf8(expected))) << expected;
}

} // namespace
} // namespace thidua::test
