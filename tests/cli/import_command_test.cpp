#include "cli_fixture.h"
#include "people_workbook.h"

using thidua::test::Outcome;

namespace {

using ImportCommandTest = thidua::test::ImportIntoDemoTest;

const QString header = QStringLiteral("STT,Họ và tên,Ngày sinh,Giới tính,Chức vụ,Đơn vị\n");

} // namespace

TEST_F(ImportCommandTest, AGoodPeopleFileImportsAndSaysHowMany) {
    const QString csv = writeText(
        QStringLiteral("can-bo.csv"),
        header + QStringLiteral("1,Trịnh Thị Mai Anh,12/12/1991,Nữ,Chuyên viên,Vụ Pháp luật "
                                "quốc tế\n2,Quách Văn Dũng,03/04/1988,Nam,Chuyên viên,Vụ Pháp "
                                "luật quốc tế\n"));
    const Outcome run = import(QStringLiteral("people"), csv);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Đã nhập 2/2 dòng"))) << run.out.toStdString();
    // The people are there: a second import of the same file finds them.
    const Outcome again = import(QStringLiteral("people"), csv);
    EXPECT_EQ(again.exitCode, 3);
    EXPECT_TRUE(again.err.contains(QStringLiteral("Trịnh Thị Mai Anh"))) << again.err.toStdString();
}

TEST_F(ImportCommandTest, BadRowsExitWithThreeAndListEveryProblemInVietnamese) {
    const QString csv = writeText(
        QStringLiteral("loi.csv"),
        header + QStringLiteral("1,Trịnh Thị Mai Anh,31/02/1991,Nữ,,Vụ Pháp luật quốc tế\n"
                                "2,Quách Văn Dũng,03/04/1988,Nam,,Vụ Không Có\n"));
    const Outcome run = import(QStringLiteral("people"), csv);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("loi.csv, dòng 2, cột \"Ngày sinh\"")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("31/02/1991"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("loi.csv, dòng 3, cột \"Đơn vị\"")))
        << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("--skip-bad"))) << run.out.toStdString();

    // Nothing went in: with --skip-bad nothing is left to skip but the bad rows.
    const Outcome skipped = import(QStringLiteral("people"), csv, {QStringLiteral("--skip-bad")});
    EXPECT_EQ(skipped.exitCode, 3);
    EXPECT_TRUE(skipped.out.contains(QStringLiteral("Đã nhập 0/2 dòng")))
        << skipped.out.toStdString();
}

TEST_F(ImportCommandTest, ADryRunWritesNothing) {
    const QString csv = writeText(
        QStringLiteral("thu.csv"),
        header + QStringLiteral("1,Trịnh Thị Mai Anh,12/12/1991,Nữ,,Vụ Pháp luật quốc tế\n"));
    Outcome run = import(QStringLiteral("people"), csv, {QStringLiteral("--dry-run")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = import(QStringLiteral("people"), csv);
    EXPECT_EQ(run.exitCode, 0) << "the dry run must not have imported the row: "
                               << run.err.toStdString();
}

TEST_F(ImportCommandTest, WrongUsageExitsWithTwo) {
    EXPECT_EQ(thidua({QStringLiteral("import"), QStringLiteral("people")}).exitCode, 2);
    EXPECT_EQ(import(QStringLiteral("honours"), file(QStringLiteral("x.csv"))).exitCode, 2);
    EXPECT_EQ(
        thidua({QStringLiteral("import"), QStringLiteral("people"), file(QStringLiteral("x.csv"))})
            .exitCode,
        2);
}

TEST_F(ImportCommandTest, AMissingFileFailsWithItsName) {
    const Outcome run = import(QStringLiteral("units"), file(QStringLiteral("khong-co.xlsx")));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("khong-co.xlsx"))) << run.err.toStdString();
}

TEST_F(ImportCommandTest, AWorkbookSaysWhichSheetsItLeftAndReadsTheOneChosen) {
    // One tab per department, as offices keep them.
    const QString path = file(QStringLiteral("hai-trang.xlsx"));
    ASSERT_TRUE(thidua::test::writePeopleWorkbook(
        path, {{"Vụ PLQT", "Trịnh Thị Mai Anh", "Vụ Pháp luật quốc tế"},
               {"Vụ HTQT", "Quách Văn Dũng", "Vụ Hợp tác quốc tế"}}));

    Outcome run = import(QStringLiteral("people"), path);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("\"Vụ PLQT\"")) &&
                run.out.contains(QStringLiteral("\"Vụ HTQT\"")) &&
                run.out.contains(QStringLiteral("--sheet")))
        << run.out.toStdString();

    run = import(QStringLiteral("people"), path,
                 {QStringLiteral("--sheet"), QStringLiteral("vụ htqt")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Đã nhập 1/1 dòng"))) << run.out.toStdString();
    EXPECT_EQ(onDemo(QStringLiteral("list"), {QStringLiteral("people"), QStringLiteral("--search"),
                                              QStringLiteral("quach van dung")})
                  .out.count(QStringLiteral("Quách Văn Dũng")),
              1);

    run =
        import(QStringLiteral("people"), path, {QStringLiteral("--sheet"), QStringLiteral("Vụ X")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"Vụ X\""))) << run.err.toStdString();
}
