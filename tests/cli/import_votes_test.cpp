// `thidua import votes` and `thidua export minutes|vote-count|ballots` on the
// small demo: the documentation's example loads a cluster's tally, a broken
// file is refused with every bad row named in Vietnamese and leaves the
// database byte for byte as it was, and the minutes come out as a PDF.

#include "cli_fixture.h"
#include "poppler.h"
#include "test_data.h"

#include <QDir>

using thidua::test::Outcome;

namespace {

class ImportVotesTest : public thidua::test::ImportIntoDemoTest {
protected:
    Outcome importVotes(const QString& path,
                        const QStringList& options = {
                            QStringLiteral("--cluster"), QStringLiteral("Cụm thi đua số III"),
                            QStringLiteral("--year"), QStringLiteral("2025")}) {
        return import(QStringLiteral("votes"), path, options);
    }
};

QString example() {
    return QDir(thidua::test::testDataDir())
        .filePath(QStringLiteral("../../docs/examples/phieu-bau.csv"));
}

} // namespace

TEST_F(ImportVotesTest, TheExampleTallyImportsAndTheMinutesNameWhoCarried) {
    const Outcome run = importVotes(example());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Đã nhập 4/4 dòng"))) << run.out.toStdString();

    const QString pdf = file(QStringLiteral("bien-ban.pdf"));
    const Outcome written =
        thidua({QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("--db"), db,
                QStringLiteral("--cluster"), QStringLiteral("III"), QStringLiteral("--year"),
                QStringLiteral("2025"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const auto text = thidua::documents::testing::pdfText(pdf);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    const QString minutes = text.output.simplified();
    for (const char* expected :
         {"BIÊN BẢN HỌP", "CỤM THI ĐUA SỐ III", "Tổng số thành viên: 6; có mặt: 6",
          "Đề nghị tặng Cờ thi đua của Bộ, ban, ngành, tỉnh cho 02 đơn vị:", "- Cục Con nuôi;",
          "- Cục Trợ giúp pháp lý.", "Đề nghị tặng Cờ thi đua của Chính phủ cho 01 đơn vị:"})
        EXPECT_TRUE(minutes.contains(QString::fromUtf8(expected))) << expected;

    // The seeds' vote of cluster II in 2018 is in the demo already.
    const Outcome papers = thidua(
        {QStringLiteral("export"), QStringLiteral("ballots"), QStringLiteral("--db"), db,
         QStringLiteral("--cluster"), QStringLiteral("Cụm thi đua số II"), QStringLiteral("--year"),
         QStringLiteral("2018"), QStringLiteral("--out"), file(QStringLiteral("phieu.pdf"))});
    EXPECT_EQ(papers.exitCode, 0) << papers.err.toStdString();
}

TEST_F(ImportVotesTest, ABrokenTallyNamesEveryBadRowInVietnameseAndWritesNothing) {
    const QString broken = writeText(
        QStringLiteral("phieu-loi.csv"),
        QStringLiteral("Đơn vị,Danh hiệu,Vòng,Phát ra,Thu về,Hợp lệ,Đồng ý,Tổng số thành viên,"
                       "Có mặt\n"
                       "Cục Con nuôi,CTĐBO,1,6,6,6,6,6,6\n"
                       "Vụ Pháp luật quốc tế,CTĐBO,1,6,6,6,6,6,6\n"
                       "Cục Trợ giúp pháp lý,Bằng khen,1,6,6,6,6,6,6\n"
                       "Cục Bổ trợ tư pháp,CTĐBO,3,6,6,6,6,6,6\n"
                       "Cục Công nghệ thông tin,CTĐBO,1,6,6,5,6,6,6\n"
                       "\"Cục Hộ tịch, quốc tịch, chứng thực\",CTĐBO,1,6,6,6,mười,7,6\n"));
    const QByteArray before = fingerprint();
    const Outcome run = importVotes(broken);
    EXPECT_EQ(run.exitCode, 3);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const char* expected : {"phieu-loi.csv, dòng 3, cột \"Đơn vị\": \"Vụ Pháp luật quốc tế\"",
                                 "phieu-loi.csv, dòng 4, cột \"Danh hiệu\": \"Bằng khen\"",
                                 "phieu-loi.csv, dòng 5, cột \"Vòng\"", "phieu-loi.csv, dòng 6: ",
                                 "phieu-loi.csv, dòng 7, cột \"Đồng ý\": \"mười\"",
                                 "phieu-loi.csv, dòng 7, cột \"Tổng số thành viên\""})
        EXPECT_TRUE(std::ranges::any_of(
            lines,
            [&](const QString& line) { return line.startsWith(QString::fromUtf8(expected)); }))
            << expected << "\n"
            << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Chưa nhập gì"))) << run.out.toStdString();
    EXPECT_EQ(fingerprint(), before);

    // The cluster and the year are named on the command line.
    EXPECT_EQ(importVotes(example(), {}).exitCode, 2);
    const Outcome unknown =
        importVotes(example(), {QStringLiteral("--cluster"), QStringLiteral("IX"),
                                QStringLiteral("--year"), QStringLiteral("2025")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Cụm thi đua số III")))
        << unknown.err.toStdString();
    EXPECT_EQ(fingerprint(), before);
}
