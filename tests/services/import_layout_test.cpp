// Lists as Vietnamese offices draw them in Excel: the date of birth in the
// men's or the women's column under one merged header, rows grouped under
// numbered headings, names in capitals.

#include "import_fixture.h"

#include <xlsxwriter.h>

using namespace thidua;
using services::ImportKind;
using test::hasProblem;

namespace {

class ImportLayoutTest : public test::ImportFixture {
protected:
    void SetUp() override {
        ImportFixture::SetUp();
        vuPhapLuat = addUnit(QStringLiteral("Vụ Pháp luật quốc tế"));
    }

    domain::RowId vuPhapLuat = domain::NoId;

    // Name, date of birth and unit of everyone imported, by name.
    QStringList imported() {
        QStringList lines;
        for (const domain::Person& person : people())
            lines << QStringLiteral("%1 %2 %3 %4")
                         .arg(person.name.fullName(),
                              person.gender == domain::Gender::Male ? QStringLiteral("Nam")
                                                                    : QStringLiteral("Nữ"),
                              person.birthDate.toString(Qt::ISODate), person.position);
        return lines;
    }
};

} // namespace

TEST_F(ImportLayoutTest, TheDateOfBirthUnderNamAndNuGivesTheGender) {
    // Row 3 holds "Ngày sinh" merged over two columns and "Chức vụ, đơn vị"
    // over two more; row 4 names the columns under them; STT and "Họ và tên"
    // are merged down over both rows.
    const QString path = temp.dir() + QStringLiteral("/danh-sach.xlsx");
    lxw_workbook* workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    worksheet_merge_range(sheet, 0, 0, 0, 5, "DANH SÁCH CÁN BỘ NĂM 2025", nullptr);
    worksheet_merge_range(sheet, 2, 0, 3, 0, "STT", nullptr);
    worksheet_merge_range(sheet, 2, 1, 3, 1, "Họ và tên", nullptr);
    worksheet_merge_range(sheet, 2, 2, 2, 3, "Ngày sinh", nullptr);
    worksheet_merge_range(sheet, 2, 4, 2, 5, "Chức vụ, đơn vị công tác", nullptr);
    const char* below[] = {"Nam", "Nữ", "Chức vụ", "Đơn vị"};
    for (lxw_col_t column = 2; column < 6; ++column)
        worksheet_write_string(sheet, 3, column, below[column - 2], nullptr);
    const struct {
        const char *name, *man, *woman, *position;
    } rows[] = {
        {"Nguyễn Văn An", "12/03/1980", "", "Chuyên viên"},
        {"Lê Thị Bình", "", "05/06/1985", "Chuyên viên chính"},
        {"Trần Thị Cúc", "01/01/1990", "02/02/1991", "Văn thư"},
        {"Phạm Văn Dũng", "", "", "Lái xe"},
    };
    lxw_row_t line = 4;
    for (const auto& row : rows) {
        worksheet_write_number(sheet, line, 0, line - 3, nullptr);
        worksheet_write_string(sheet, line, 1, row.name, nullptr);
        worksheet_write_string(sheet, line, 2, row.man, nullptr);
        worksheet_write_string(sheet, line, 3, row.woman, nullptr);
        worksheet_write_string(sheet, line, 4, row.position, nullptr);
        worksheet_write_string(sheet, line, 5, "Vụ Pháp luật quốc tế", nullptr);
        ++line;
    }
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);

    services::ImportOptions skip;
    skip.skipBadRows = true;
    const auto report = import(ImportKind::People, path, skip);
    // Both columns filled, or neither: the gender is for the clerk to say, on
    // the row Excel shows.
    const QString gender = QStringLiteral("Giới tính (theo cột Nam, Nữ)");
    EXPECT_TRUE(hasProblem(report, 7, gender, QStringLiteral("Nam: 01/01/1990; Nữ: 02/02/1991")));
    EXPECT_TRUE(hasProblem(report, 8, gender, QStringLiteral("empty")));
    EXPECT_EQ(report.problems.size(), 2u);
    EXPECT_EQ(imported(), (QStringList{QStringLiteral("Nguyễn Văn An Nam 1980-03-12 Chuyên viên"),
                                       QStringLiteral("Lê Thị Bình Nữ 1985-06-05 Chuyên viên "
                                                      "chính")}));
}

TEST_F(ImportLayoutTest, NamAndNuAsTheHeadersThemselvesInEitherOrder) {
    const QString path =
        csv(QStringLiteral("nu-nam.csv"),
            QStringLiteral("STT;Họ và tên;Nữ;Nam;Chức vụ;Đơn vị\n"
                           "1;Nguyễn Văn An;;12/03/1980;Chuyên viên;Vụ Pháp luật quốc tế\n"
                           "2;Lê Thị Bình;05/06/1985;;Văn thư;Vụ Pháp luật quốc tế\n"));
    const auto report = import(ImportKind::People, path);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(imported(), (QStringList{QStringLiteral("Nguyễn Văn An Nam 1980-03-12 Chuyên viên"),
                                       QStringLiteral("Lê Thị Bình Nữ 1985-06-05 Văn thư")}));
}

TEST_F(ImportLayoutTest, TicksUnderNamAndNuGiveTheGenderBesideADateColumnOrAlone) {
    const QString beside =
        csv(QStringLiteral("danh-dau.csv"),
            QStringLiteral("STT,Họ và tên,Ngày sinh,Nam,Nữ,Đơn vị\n"
                           "1,Nguyễn Văn An,12/03/1980,x,,Vụ Pháp luật quốc tế\n"
                           "2,Lê Thị Bình,05/06/1985,,X,Vụ Pháp luật quốc tế\n"));
    auto report = import(ImportKind::People, beside);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    const QString alone = csv(QStringLiteral("chi-danh-dau.csv"),
                              QStringLiteral("STT,Họ và tên,Nam,Nữ,Đơn vị\n"
                                             "1,Trần Văn Cường,✓,,Vụ Pháp luật quốc tế\n"));
    report = import(ImportKind::People, alone);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(imported(), (QStringList{QStringLiteral("Nguyễn Văn An Nam 1980-03-12 "),
                                       QStringLiteral("Lê Thị Bình Nữ 1985-06-05 "),
                                       QStringLiteral("Trần Văn Cường Nam  ")}));
}

TEST_F(ImportLayoutTest, ANamColumnWithoutANuBesideItIsNoGender) {
    // Without diacritics "Nam" may be Năm (year): only the pair counts.
    const QString path = csv(QStringLiteral("nam.csv"),
                             QStringLiteral("STT,Họ và tên,Nam,Đơn vị\n"
                                            "1,Nguyễn Văn An,2025,Vụ Pháp luật quốc tế\n"));
    const auto report = import(ImportKind::People, path);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_TRUE(report.problems.front().message.contains(QStringLiteral("Gender")))
        << report.problems.front().message.toStdString();
}

TEST_F(ImportLayoutTest, PeopleGroupedUnderTheirUnitsTakeTheUnitOfTheHeading) {
    const domain::RowId hopTac = addUnit(QStringLiteral("Vụ Hợp tác quốc tế"));
    // No unit column: the numbered headings say where each person works, the
    // number beside the heading or in its cell.
    const QString path = csv(QStringLiteral("theo-don-vi.csv"),
                             QStringLiteral("STT,Họ và tên,Ngày sinh,Giới tính,Chức vụ\n"
                                            "I,Vụ Pháp luật quốc tế,,,\n"
                                            "1,Nguyễn Văn An,12/03/1980,Nam,Vụ trưởng\n"
                                            "2,Lê Thị Bình,05/06/1985,Nữ,Chuyên viên\n"
                                            "II. Vụ Hợp tác quốc tế:,,,,\n"
                                            "1,Trần Văn Cường,01/01/1979,Nam,Vụ trưởng\n"
                                            "III,Lãnh đạo Bộ,,,\n"
                                            "1,Phạm Thị Dung,02/02/1970,Nữ,Thứ trưởng\n"));
    services::ImportOptions skip;
    skip.skipBadRows = true;
    const auto report = import(ImportKind::People, path, skip);
    // A heading that names no unit is said on each of its rows, not left to
    // the unit above it.
    EXPECT_TRUE(hasProblem(report, 8, QStringLiteral("Đơn vị (theo dòng nhóm)"),
                           QStringLiteral("Lãnh đạo Bộ")));
    EXPECT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.rowsRead, 4);
    std::vector<std::pair<QString, domain::RowId>> units;
    for (const domain::Person& person : people())
        units.emplace_back(person.name.given, person.unitId);
    EXPECT_EQ(units,
              (std::vector<std::pair<QString, domain::RowId>>{{QStringLiteral("An"), vuPhapLuat},
                                                              {QStringLiteral("Bình"), vuPhapLuat},
                                                              {QStringLiteral("Cường"), hopTac}}));
}

TEST_F(ImportLayoutTest, HeadingsOfAFileWithAUnitColumnAreSkipped) {
    const QString path =
        csv(QStringLiteral("nhom.csv"), QStringLiteral("STT,Họ và tên,Giới tính,Đơn vị\n"
                                                       "A,LÃNH ĐẠO,,\n"
                                                       "1,Nguyễn Văn An,Nam,Vụ Pháp luật quốc tế\n"
                                                       "B. CHUYÊN VIÊN\n"
                                                       "1,Lê Thị Bình,Nữ,Vụ Pháp luật quốc tế\n"));
    const auto report = import(ImportKind::People, path);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsImported, 2);
}

TEST_F(ImportLayoutTest, NamesListedInCapitalsAreStoredAsNamesAreWritten) {
    const QString path = csv(QStringLiteral("chu-hoa.csv"),
                             QStringLiteral("STT,Họ và tên,Ngày sinh,Giới tính,Chức vụ,Đơn vị\n"
                                            "1,NGUYỄN THỊ TỐ NGA,14/03/1985,Nữ,Chuyên viên,"
                                            "Vụ Pháp luật quốc tế\n"
                                            "2,y bih alêô,14/03/1986,Nam,Chuyên viên,"
                                            "Vụ Pháp luật quốc tế\n"));
    const auto report = import(ImportKind::People, path);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(imported(),
              (QStringList{QStringLiteral("Y Bih Alêô Nam 1986-03-14 Chuyên viên"),
                           QStringLiteral("Nguyễn Thị Tố Nga Nữ 1985-03-14 Chuyên viên")}));
}

TEST_F(ImportLayoutTest, ANamSinhColumnOfDatesIsReadAndOfYearsIsRefused) {
    services::ImportOptions skip;
    skip.skipBadRows = true;
    const QString path = csv(QStringLiteral("nam-sinh.csv"),
                             QStringLiteral("STT,Họ và tên,Năm sinh,Giới tính,Đơn vị\n"
                                            "1,Nguyễn Văn An,12/03/1980,Nam,Vụ Pháp luật quốc tế\n"
                                            "2,Lê Thị Bình,1985,Nữ,Vụ Pháp luật quốc tế\n"));
    const auto report = import(ImportKind::People, path, skip);
    // The catalogue keeps whole dates: a year alone would be lost.
    EXPECT_TRUE(hasProblem(report, 3, QStringLiteral("Năm sinh"),
                           QStringLiteral("1985 is only the year of birth")));
    EXPECT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(imported(), QStringList{QStringLiteral("Nguyễn Văn An Nam 1980-03-12 ")});
}
