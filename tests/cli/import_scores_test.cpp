// `thidua import scores` on the small demo: the documentation's self-scores
// load into cluster III's open round, a broken sheet is refused with every
// bad row named in Vietnamese and leaves the database byte for byte as it
// was, and a scorer's sheet hears the grid's refusals.

#include "cli_fixture.h"
#include "test_data.h"

#include <QDir>

using thidua::test::Outcome;

namespace {

class ImportScoresTest : public thidua::test::ImportIntoDemoTest {
protected:
    Outcome importScores(const QString& path, const QStringList& extra = {}) {
        return import(QStringLiteral("scores"), path,
                      QStringList{QStringLiteral("--cluster"), QStringLiteral("Cụm thi đua số III"),
                                  QStringLiteral("--year"), QStringLiteral("2025")} +
                          extra);
    }
};

QString example() {
    return QDir(thidua::test::testDataDir())
        .filePath(QStringLiteral("../../docs/examples/diem-tu-cham.csv"));
}

bool startsALine(const QString& text, const char* start) {
    return std::ranges::any_of(text.split(QLatin1Char('\n')), [&](const QString& line) {
        return line.startsWith(QString::fromUtf8(start));
    });
}

} // namespace

TEST_F(ImportScoresTest, TheExampleSelfScoresImport) {
    const QByteArray before = fingerprint();
    const Outcome dryRun = importScores(example(), {QStringLiteral("--dry-run")});
    ASSERT_EQ(dryRun.exitCode, 0) << dryRun.err.toStdString();
    EXPECT_EQ(fingerprint(), before);

    const Outcome run = importScores(example());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // The row without points is left for later.
    EXPECT_TRUE(run.out.contains(QStringLiteral("Đã nhập 12/13 dòng"))) << run.out.toStdString();
}

TEST_F(ImportScoresTest, ABrokenSheetNamesEveryBadRowInVietnameseAndWritesNothing) {
    const QString broken =
        writeText(QStringLiteral("diem-loi.csv"), QStringLiteral("Đơn vị,Mã tiêu chí,Điểm,Ghi chú\n"
                                                                 "Cục Con nuôi,I.1,25,\n"
                                                                 "Vụ Pháp luật quốc tế,I.1,20,\n"
                                                                 "Cục Con nuôi,I,20,\n"
                                                                 "Cục Con nuôi,I.2,5,\n"
                                                                 "Cục Con nuôi,II.2,3,\n"
                                                                 "Cục Con nuôi,VII,1,\n"
                                                                 "Cục Con nuôi,I.3,mười,\n"));
    const QByteArray before = fingerprint();
    const Outcome run =
        importScores(broken, {QStringLiteral("--scorer"), QStringLiteral("Cục Con nuôi")});
    EXPECT_EQ(run.exitCode, 3);
    for (const char* expected :
         {"diem-loi.csv, dòng 2, cột \"Đơn vị\": Cục Con nuôi không được chấm điểm cho chính mình",
          "diem-loi.csv, dòng 3, cột \"Đơn vị\": \"Vụ Pháp luật quốc tế\" không phải là thành viên",
          "diem-loi.csv, dòng 4, cột \"Mã tiêu chí\": \"I\"",
          "diem-loi.csv, dòng 5, cột \"Điểm\": I.2 Chất lượng văn bản tham mưu",
          "diem-loi.csv, dòng 6, cột \"Điểm\": II.2", "diem-loi.csv, dòng 7, cột \"Mã tiêu chí\"",
          "diem-loi.csv, dòng 8, cột \"Điểm\": \"mười\""})
        EXPECT_TRUE(startsALine(run.err, expected)) << expected << "\n" << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Chưa nhập gì"))) << run.out.toStdString();
    EXPECT_EQ(fingerprint(), before);

    // Points the member did not give itself need the scorer's reason.
    const QString silent = writeText(QStringLiteral("diem-cham.csv"),
                                     QStringLiteral("Đơn vị,Mã tiêu chí,Điểm,Ghi chú\n"
                                                    "Cục Trợ giúp pháp lý,I.1,1,\n"));
    const Outcome refused =
        importScores(silent, {QStringLiteral("--scorer"), QStringLiteral("Cục Con nuôi")});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(startsALine(refused.err, "diem-cham.csv, dòng 2, cột \"Ghi chú\": "))
        << refused.err.toStdString();
    EXPECT_EQ(fingerprint(), before);

    // A past year's round is closed; --round and --scorer are checked.
    const Outcome closed = import(QStringLiteral("scores"), example(),
                                  {QStringLiteral("--cluster"), QStringLiteral("III"),
                                   QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(closed.exitCode, 3);
    EXPECT_TRUE(closed.err.contains(QStringLiteral("đã khóa"))) << closed.err.toStdString();
    EXPECT_EQ(
        importScores(example(), {QStringLiteral("--round"), QStringLiteral("giua-ky")}).exitCode,
        2);
    EXPECT_EQ(
        importScores(example(), {QStringLiteral("--scorer"), QStringLiteral("Không có")}).exitCode,
        2);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ImportScoresTest, AnExportedSheetImportsBackAndCarriesWhatTheUnitFilledIn) {
    const QStringList where{QStringLiteral("--db"),      db,
                            QStringLiteral("--cluster"), QStringLiteral("III"),
                            QStringLiteral("--year"),    QStringLiteral("2025"),
                            QStringLiteral("--unit"),    QStringLiteral("Cục Con nuôi")};
    auto exportSheet = [&](const QString& name) {
        const Outcome written =
            thidua(QStringList{QStringLiteral("export"), QStringLiteral("score-sheet"),
                               QStringLiteral("--out"), file(name)} +
                   where);
        EXPECT_EQ(written.exitCode, 0) << written.err.toStdString();
        return file(name);
    };
    // As exported, with the self-scores the demo gave: nothing changes.
    const QByteArray before = fingerprint();
    const Outcome unchanged = importScores(exportSheet(QStringLiteral("phieu.xlsx")));
    ASSERT_EQ(unchanged.exitCode, 0) << unchanged.err.toStdString();
    EXPECT_TRUE(unchanged.out.contains(QStringLiteral("Đã nhập 13/13 dòng")))
        << unchanged.out.toStdString();
    EXPECT_EQ(fingerprint(), before);

    // The unit fills in I.1 and empties I.2, which is then left as it was.
    QFile exported(exportSheet(QStringLiteral("phieu.csv")));
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(exported.readAll()).split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 14);
    EXPECT_TRUE(
        lines[0].endsWith(QStringLiteral("Đơn vị,Mã tiêu chí,Tiêu chí,Điểm tối đa,Điểm,Ghi chú")));
    lines[1] =
        QStringLiteral("Cục Con nuôi,I.1,Hoàn thành chỉ tiêu,30,\"29,5\",Báo cáo số 7/BC-CCN");
    lines[2] = QStringLiteral("Cục Con nuôi,I.2,Chất lượng văn bản tham mưu,10,,");
    const Outcome filled =
        importScores(writeText(QStringLiteral("phieu-da-cham.csv"), lines.join(QLatin1Char('\n'))));
    ASSERT_EQ(filled.exitCode, 0) << filled.err.toStdString();
    EXPECT_TRUE(filled.out.contains(QStringLiteral("Đã nhập 12/13 dòng")))
        << filled.out.toStdString();

    QFile again(exportSheet(QStringLiteral("phieu-sau.csv")));
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    const QStringList after = QString::fromUtf8(again.readAll()).split(QStringLiteral("\r\n"));
    EXPECT_EQ(after[1], QStringLiteral("Cục Con nuôi,I.1,Hoàn thành chỉ tiêu kế hoạch công tác "
                                       "năm,30,\"29,5\",Báo cáo số 7/BC-CCN"));
    EXPECT_EQ(after[2].section(QLatin1Char(','), 0, 1), QStringLiteral("Cục Con nuôi,I.2"));
    EXPECT_FALSE(after[2].section(QLatin1Char(','), 4, 4).isEmpty()); // the stored self-score stays

    // A PDF cannot be filled in; a unit outside the cluster has no sheet.
    const Outcome pdf =
        thidua(QStringList{QStringLiteral("export"), QStringLiteral("score-sheet"),
                           QStringLiteral("--out"), file(QStringLiteral("phieu.pdf"))} +
               where);
    EXPECT_EQ(pdf.exitCode, 2);
    QStringList outsider = where;
    outsider.last() = QStringLiteral("Vụ Pháp luật quốc tế");
    const Outcome notMember =
        thidua(QStringList{QStringLiteral("export"), QStringLiteral("score-sheet"),
                           QStringLiteral("--out"), file(QStringLiteral("x.csv"))} +
               outsider);
    EXPECT_EQ(notMember.exitCode, 2);
    EXPECT_TRUE(notMember.err.contains(QStringLiteral("Cụm thi đua số III (2025)")))
        << notMember.err.toStdString();
}
