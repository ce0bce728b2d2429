#include "catalogue_service.h"
#include "import_fixture.h"
#include "person_list_query.h"
#include "person_repository.h"
#include "unit_repository.h"

#include <xlsxwriter.h>

using namespace thidua;
using services::ImportKind;
using services::ImportOptions;
using services::ImportProblem;
using test::hasProblem;

namespace {

class ImportServiceTest : public test::ImportFixture {
protected:
    void SetUp() override {
        ImportFixture::SetUp();
        vuPhapLuat = addUnit(QStringLiteral("Vụ Pháp luật quốc tế"));
        soTuPhap = addUnit(QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"));
        thanhTraSo = addUnit(QStringLiteral("Thanh tra Sở"), soTuPhap);
        addUnit(QStringLiteral("Thanh tra Sở"), addUnit(QStringLiteral("Sở Tư pháp tỉnh Phú Thọ")));
        events.clear();
    }

    domain::RowId vuPhapLuat = domain::NoId;
    domain::RowId soTuPhap = domain::NoId;
    domain::RowId thanhTraSo = domain::NoId;
};

const QString peopleHeader = QStringLiteral("STT,Họ và tên,Ngày sinh,Giới tính,Chức vụ,Đơn vị\n");

} // namespace

TEST_F(ImportServiceTest, APeopleFileWithTheUsualVietnameseHeadersImportsAsItIs) {
    const QString file =
        csv(QStringLiteral("can-bo.csv"),
            peopleHeader + QStringLiteral("1,Nguyễn Thị Tố Nga,14/03/1985,Nữ,Chuyên viên,"
                                          "Vụ Pháp luật quốc tế\n"
                                          "2,Đào Quý Lộc,05/02/1979,Nam,Phó Vụ trưởng,"
                                          "vu phap luat quoc te\n"
                                          "3,Lê Văn Bình,,nam,Thanh tra viên,"
                                          "Sở Tư pháp tỉnh Vĩnh Phúc / Thanh tra Sở\n"));
    const auto report = import(ImportKind::People, file);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsRead, 3);
    EXPECT_EQ(report.rowsImported, 3);

    const auto all = people();
    ASSERT_EQ(all.size(), 3u);
    // Listed by given name: Bình, Lộc, Nga.
    EXPECT_EQ(all[0].name, (domain::PersonName{QStringLiteral("Lê"), QStringLiteral("Văn"),
                                               QStringLiteral("Bình")}));
    EXPECT_EQ(all[0].unitId, thanhTraSo);
    EXPECT_FALSE(all[0].birthDate.isValid());
    EXPECT_EQ(all[1].gender, domain::Gender::Male);
    EXPECT_EQ(all[1].unitId, vuPhapLuat);
    EXPECT_EQ(all[2].name.middle, QStringLiteral("Thị Tố"));
    EXPECT_EQ(all[2].birthDate, QDate(1985, 3, 14));
    EXPECT_EQ(all[2].gender, domain::Gender::Female);
    EXPECT_EQ(all[2].position, QStringLiteral("Chuyên viên"));

    EXPECT_EQ(auditRows(), 5 + 3); // the five units of SetUp, then one per person
    ASSERT_EQ(events.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<services::DataReloaded>(events.front()));
}

TEST_F(ImportServiceTest, OneBadRowStopsTheWholeImportAndLeavesTheFileUntouched) {
    const QString file =
        csv(QStringLiteral("loi.csv"),
            peopleHeader + QStringLiteral("1,Nguyễn Văn An,01/01/1980,Nam,Chuyên viên,"
                                          "Vụ Pháp luật quốc tế\n"
                                          "2,Trần Thị Hoa,31/02/1985,Nữ,Chuyên viên,"
                                          "Vụ Pháp luật quốc tế\n"
                                          "3,Phạm Văn Cường,02/03/1975,Không rõ,Chuyên viên,"
                                          "Vụ Pháp luật quốc tế\n"));
    const QByteArray before = fingerprint();
    const auto report = import(ImportKind::People, file);
    EXPECT_TRUE(hasProblem(report, 3, QStringLiteral("Ngày sinh"), QStringLiteral("31/02/1985")));
    EXPECT_TRUE(hasProblem(report, 4, QStringLiteral("Giới tính"), QStringLiteral("Không rõ")));
    EXPECT_EQ(report.problems.size(), 2u);
    EXPECT_EQ(report.rowsGood, 1);
    EXPECT_EQ(report.rowsImported, 0);
    EXPECT_EQ(fingerprint(), before);
    EXPECT_TRUE(people().empty());
    EXPECT_TRUE(events.empty());
}

TEST_F(ImportServiceTest, SkippingBadRowsImportsTheGoodOnes) {
    const QString file = csv(QStringLiteral("mot-phan.csv"),
                             peopleHeader + QStringLiteral("1,Nguyễn Văn An,01/01/1980,Nam,,"
                                                           "Vụ Pháp luật quốc tế\n"
                                                           "2,Trần Thị Hoa,01/01/1985,Nữ,,"
                                                           "Vụ không có\n"));
    ImportOptions options;
    options.skipBadRows = true;
    const auto report = import(ImportKind::People, file, options);
    EXPECT_TRUE(hasProblem(report, 3, QStringLiteral("Đơn vị"), QStringLiteral("Vụ không có")));
    EXPECT_EQ(report.rowsImported, 1);
    ASSERT_EQ(people().size(), 1u);
    EXPECT_EQ(people().front().name.given, QStringLiteral("An"));
}

TEST_F(ImportServiceTest, ADryRunChecksEverythingAndWritesNothing) {
    const QString file = csv(QStringLiteral("thu.csv"),
                             peopleHeader + QStringLiteral("1,Nguyễn Văn An,01/01/1980,Nam,,"
                                                           "Vụ Pháp luật quốc tế\n"));
    const QByteArray before = fingerprint();
    ImportOptions options;
    options.dryRun = true;
    const auto report = import(ImportKind::People, file, options);
    EXPECT_FALSE(report.hasProblems());
    EXPECT_EQ(report.rowsGood, 1);
    EXPECT_EQ(report.rowsImported, 0);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ImportServiceTest, AUnitNameThatRepeatsInTheTreeMustNameItsParent) {
    const QString file = csv(QStringLiteral("thanh-tra.csv"),
                             peopleHeader + QStringLiteral("1,Nguyễn Văn An,01/01/1980,Nam,,"
                                                           "Thanh tra Sở\n"));
    const auto report = import(ImportKind::People, file);
    EXPECT_TRUE(hasProblem(report, 2, QStringLiteral("Đơn vị"),
                           QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc / Thanh tra Sở")));
    EXPECT_TRUE(hasProblem(report, 2, QStringLiteral("Đơn vị"),
                           QStringLiteral("Sở Tư pháp tỉnh Phú Thọ / Thanh tra Sở")));
}

TEST_F(ImportServiceTest, PossibleDuplicatesAreShownNotSilentlyDoubled) {
    const QString first = csv(QStringLiteral("dot-1.csv"),
                              peopleHeader + QStringLiteral("1,Nguyễn Thị Hoà,02/09/1990,Nữ,,"
                                                            "Vụ Pháp luật quốc tế\n"));
    ASSERT_EQ(import(ImportKind::People, first).rowsImported, 1);

    // The same person with the other accent placement, and a repeat inside the file.
    const QString second =
        csv(QStringLiteral("dot-2.csv"),
            peopleHeader + QStringLiteral("1,NGUYỄN THỊ HÒA,02/09/1990,Nữ,,Vụ Pháp luật quốc tế\n"
                                          "2,Lê Văn Tám,01/01/1970,Nam,,Vụ Pháp luật quốc tế\n"
                                          "3,Le Van Tam,01/01/1970,Nam,,Vụ Pháp luật quốc tế\n"));
    const auto report = import(ImportKind::People, second);
    EXPECT_TRUE(hasProblem(report, 2, QStringLiteral("Họ và tên"), QStringLiteral("02/09/1990")));
    EXPECT_TRUE(hasProblem(report, 4, QStringLiteral("Họ và tên"), QStringLiteral("line 3")));
    EXPECT_EQ(report.rowsImported, 0);
    EXPECT_EQ(people().size(), 1u);
}

TEST_F(ImportServiceTest, AFileWithoutANameColumnIsRefusedAsAWhole) {
    const QString file = csv(QStringLiteral("thieu-cot.csv"),
                             QStringLiteral("STT,Ngày sinh,Giới tính,Đơn vị\n"
                                            "1,01/01/1980,Nam,Vụ Pháp luật quốc tế\n"));
    const auto report = import(ImportKind::People, file);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems.front().line, 0);
    EXPECT_TRUE(report.problems.front().message.contains(QStringLiteral("Full name")) ||
                report.problems.front().message.contains(QStringLiteral("Họ và tên")))
        << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsImported, 0);
}

TEST_F(ImportServiceTest, SeparateFamilyMiddleAndGivenColumnsAreReadToo) {
    const QString file = csv(QStringLiteral("tach-ten.csv"),
                             QStringLiteral("Họ,Tên đệm,Tên,Giới tính (*),Đơn vị\n"
                                            "Hoàng,Thị Minh,Hạnh,Nữ,Vụ Pháp luật quốc tế\n"));
    const auto report = import(ImportKind::People, file);
    EXPECT_FALSE(report.hasProblems());
    ASSERT_EQ(people().size(), 1u);
    EXPECT_EQ(people().front().name,
              (domain::PersonName{QStringLiteral("Hoàng"), QStringLiteral("Thị Minh"),
                                  QStringLiteral("Hạnh")}));
}

TEST_F(ImportServiceTest, UnitsComeInParentsFirstWhateverTheirOrderInTheFile) {
    const QString file = csv(QStringLiteral("don-vi.csv"),
                             QStringLiteral("STT;Tên đơn vị;Đơn vị cấp trên;Tư cách pháp nhân\n"
                                            "1;Phòng Hành chính tư pháp;Sở Tư pháp tỉnh Bắc Ninh;\n"
                                            "2;Sở Tư pháp tỉnh Bắc Ninh;;Có\n"
                                            "3;Văn phòng;Sở Tư pháp tỉnh Vĩnh Phúc;\n"));
    const auto report = import(ImportKind::Units, file);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsImported, 3);

    auto db = temp.open(storage::OpenMode::ReadOnly);
    const auto units = *storage::UnitRepository(db).all();
    auto named = [&](const QString& name) {
        return *std::find_if(units.begin(), units.end(),
                             [&](const domain::Unit& unit) { return unit.name == name; });
    };
    const domain::Unit bacNinh = named(QStringLiteral("Sở Tư pháp tỉnh Bắc Ninh"));
    EXPECT_TRUE(bacNinh.hasLegalPersonality);
    EXPECT_EQ(bacNinh.kind, QStringLiteral("provincial_department"));
    const domain::Unit section = named(QStringLiteral("Phòng Hành chính tư pháp"));
    EXPECT_EQ(section.parentId, bacNinh.id);
    EXPECT_EQ(section.kind, QStringLiteral("section"));
    EXPECT_EQ(named(QStringLiteral("Văn phòng")).parentId, soTuPhap);
}

TEST_F(ImportServiceTest, UnitProblemsNameTheRow) {
    const QString file = csv(QStringLiteral("don-vi-loi.csv"),
                             QStringLiteral("Tên đơn vị,Đơn vị cấp trên,Loại đơn vị\n"
                                            "Thanh tra Sở,Sở Tư pháp tỉnh Vĩnh Phúc,\n"
                                            "Phòng A,Phòng B,\n"
                                            "Phòng B,Phòng A,\n"
                                            "Vụ Hợp tác quốc tế,,Hợp tác xã\n"
                                            "Phòng Công chứng,Không có đơn vị này,\n"));
    const auto report = import(ImportKind::Units, file);
    EXPECT_TRUE(hasProblem(report, 2, QStringLiteral("Tên đơn vị"),
                           QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc / Thanh tra Sở")));
    EXPECT_TRUE(
        hasProblem(report, 3, QStringLiteral("Đơn vị cấp trên"), QStringLiteral("Phòng A")));
    EXPECT_TRUE(
        hasProblem(report, 4, QStringLiteral("Đơn vị cấp trên"), QStringLiteral("Phòng B")));
    EXPECT_TRUE(hasProblem(report, 5, QStringLiteral("Loại đơn vị"), QStringLiteral("Hợp tác xã")));
    EXPECT_TRUE(hasProblem(report, 6, QStringLiteral("Đơn vị cấp trên"),
                           QStringLiteral("Không có đơn vị")));
    EXPECT_EQ(report.rowsImported, 0);
}

TEST_F(ImportServiceTest, AnUnreadableFileIsAnErrorNamingIt) {
    const QString missing = temp.dir() + QStringLiteral("/khong-co.csv");
    auto report = workspace->imports().importFile(ImportKind::People, missing, {});
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("khong-co.csv")))
        << report.error().message.toStdString();
}

TEST_F(ImportServiceTest, AFileTypedInTheOldTcvn3FontsIsConvertedToUnicode) {
    // The bytes as a .VnTime user's Excel saved them; the reader sees Latin-1.
    const QString text = QStringLiteral("STT,Ho va ten,Ngay sinh,Gioi tinh,Don vi\n"
                                        "1,NguyÔn ThÞ Tè Nga,14/03/1985,Nu,Vu Phap luat quoc te\n"
                                        "2,§µo Quý Léc,05/02/1979,Nam,Vu Phap luat quoc te\n");
    const QString path = eightBitCsv(QStringLiteral("tcvn3.csv"), text);

    const auto report = import(ImportKind::People, path);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.convertedFrom, QStringLiteral("TCVN3 (ABC)"));
    QStringList names;
    for (const auto& person : people())
        names << person.name.fullName();
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("Đào Quý Lộc"), QStringLiteral("Nguyễn Thị Tố Nga")}));
}

TEST_F(ImportServiceTest, AnExcelCsvSavedOnVietnameseWindowsIsConvertedToUnicode) {
    // Excel's "CSV (Comma delimited)" on Windows set to Vietnamese writes
    // Windows-1258 (encoded here by iconv, shown as Windows-1252): the headers
    // are recognised once converted, and "Lê Vãn Khánh", which alone would be
    // Unicode too, is read as the file is.
    const QString text = QStringLiteral(
        "STT,Hoò và tên,Ngày sinh,Giõìi tính,Chýìc vuò,Ðõn viò\n"
        "1,NguyêÞn Thiò Tôì Nga,14/03/1985,NýÞ,Chuyên viên,Vuò Pháp luâòt quôìc têì\n"
        "2,Lê Vãn Khánh,05/02/1979,Nam,Phó Vuò trýõÒng,Vuò Pháp luâòt quôìc têì\n");
    const QString path = eightBitCsv(QStringLiteral("excel-1258.csv"), text);

    const auto report = import(ImportKind::People, path);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.convertedFrom, QStringLiteral("Windows-1258"));
    QStringList names;
    for (const auto& person : people())
        names << person.name.fullName() + QLatin1Char('/') + person.position;
    EXPECT_EQ(names, (QStringList{QStringLiteral("Lê Văn Khánh/Phó Vụ trưởng"),
                                  QStringLiteral("Nguyễn Thị Tố Nga/Chuyên viên")}));
}

// Excel's "CSV (Comma delimited)" on an English Windows turns every letter
// Windows-1252 lacks into "?"; the bytes (written here as Latin-1) keep à, á,
// â, ê, ô... and nothing can bring the others back.
TEST_F(ImportServiceTest, AFileThatLostItsLettersIsRefusedSayingHowToSaveIt) {
    const QString lost = eightBitCsv(
        QStringLiteral("mat-dau.csv"),
        QStringLiteral("STT,H? và tên,Ngày sinh,Gi?i tính,Ch?c v?,??n v?\n"
                       "1,Nguy?n Th? T? Nga,14/03/1985,N?,Chuyên viên,V? Pháp lu?t qu?c t?\n"));
    const auto whole = import(ImportKind::People, lost);
    ASSERT_EQ(whole.problems.size(), 1u);
    EXPECT_EQ(whole.problems.front().line, 0);
    EXPECT_TRUE(whole.problems.front().message.contains(QStringLiteral("\"H? và tên\"")));
    EXPECT_TRUE(whole.problems.front().message.contains(QStringLiteral("CSV UTF-8")));
    // The wizard's first step says the same before any column is chosen.
    const auto preview = workspace->imports().preview(ImportKind::People, lost);
    ASSERT_FALSE(preview);
    EXPECT_EQ(preview.error().message, whole.problems.front().message);

    // Headers typed without diacritics survive; the names must not be stored.
    ImportOptions skip;
    skip.skipBadRows = true;
    const QString names =
        csv(QStringLiteral("ten-mat-dau.csv"),
            QStringLiteral("STT,Ho va ten,Ngay sinh,Gioi tinh,Don vi\n"
                           "1,Nguy?n V?n V?,05/02/1979,Nam,Vu Phap luat quoc te\n"
                           "2,Lê Th? Hoa,05/02/1980,Nữ,V? Pháp lu?t qu?c t?\n"
                           "3,Nguyễn Thị Tố Nga,14/03/1985,Nữ,Vu Phap luat quoc te\n"));
    const auto rows = import(ImportKind::People, names, skip);
    EXPECT_TRUE(hasProblem(rows, 2, QStringLiteral("Ho va ten"), QStringLiteral("CSV UTF-8")));
    EXPECT_TRUE(hasProblem(rows, 3, QStringLiteral("Ho va ten"), QStringLiteral("\"Lê Th? Hoa\"")));
    EXPECT_TRUE(hasProblem(rows, 3, QStringLiteral("Don vi"), QStringLiteral("CSV UTF-8")));
    EXPECT_EQ(rows.rowsImported, 1);
    ASSERT_EQ(people().size(), 1u);
    EXPECT_EQ(people().front().name.fullName(), QStringLiteral("Nguyễn Thị Tố Nga"));

    const QString units = csv(QStringLiteral("don-vi-mat-dau.csv"),
                              QStringLiteral("STT,Ten don vi\n1,Phòng T? ch?c cán b?\n"));
    EXPECT_TRUE(hasProblem(import(ImportKind::Units, units), 2, QStringLiteral("Ten don vi"),
                           QStringLiteral("CSV UTF-8")));
}

TEST_F(ImportServiceTest, AnExcelListWithATitleAboveItsHeaderImportsAsItIs) {
    const QString path = temp.dir() + QStringLiteral("/danh-sach.xlsx");
    lxw_workbook* workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Cán bộ");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    worksheet_merge_range(sheet, 0, 0, 0, 5, "DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2025", nullptr);
    const char* headers[] = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Đơn vị"};
    for (lxw_col_t column = 0; column < 6; ++column)
        worksheet_write_string(sheet, 2, column, headers[column], nullptr);
    worksheet_write_number(sheet, 3, 0, 1, nullptr);
    worksheet_write_string(sheet, 3, 1, "Vương Thị Hạnh", nullptr);
    lxw_datetime born = {1987, 11, 9, 0, 0, 0};
    worksheet_write_datetime(sheet, 3, 2, &born, date);
    worksheet_write_string(sheet, 3, 3, "Nữ", nullptr);
    worksheet_write_string(sheet, 3, 4, "Kế toán viên", nullptr);
    worksheet_write_string(sheet, 3, 5, "Vụ Pháp luật quốc tế", nullptr);
    worksheet_write_number(sheet, 4, 0, 2, nullptr);
    worksheet_write_string(sheet, 4, 1, "Ông Văn Khoa", nullptr);
    worksheet_write_string(sheet, 4, 2, "không nhớ", nullptr);
    worksheet_write_string(sheet, 4, 3, "Nam", nullptr);
    worksheet_write_string(sheet, 4, 5, "Vụ Pháp luật quốc tế", nullptr);
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);

    auto report = import(ImportKind::People, path);
    // Excel's row 5 is where the clerk looks for the bad date.
    EXPECT_TRUE(hasProblem(report, 5, QStringLiteral("Ngày sinh"), QStringLiteral("không nhớ")));
    EXPECT_EQ(report.problems.size(), 1u);

    ImportOptions skip;
    skip.skipBadRows = true;
    report = import(ImportKind::People, path, skip);
    EXPECT_EQ(report.rowsImported, 1);
    ASSERT_EQ(people().size(), 1u);
    EXPECT_EQ(people().front().birthDate, QDate(1987, 11, 9));
    EXPECT_EQ(people().front().position, QStringLiteral("Kế toán viên"));
}

TEST_F(ImportServiceTest, EveryFieldHasAStableKeyAndSaysWhetherItIsRequired) {
    const auto people = services::importFields(ImportKind::People);
    QStringList keys;
    for (const auto& field : people)
        keys << field.key;
    EXPECT_EQ(keys, (QStringList{QStringLiteral("full_name"), QStringLiteral("family_name"),
                                 QStringLiteral("middle_name"), QStringLiteral("given_name"),
                                 QStringLiteral("birth_date"), QStringLiteral("gender"),
                                 QStringLiteral("position"), QStringLiteral("unit"),
                                 QStringLiteral("identity_number")}));
    EXPECT_TRUE(people[0].required);
    EXPECT_EQ(people[0].alternatives, QStringList{QStringLiteral("given_name")});
    EXPECT_EQ(people[3].alternatives, QStringList{QStringLiteral("full_name")});
    EXPECT_FALSE(people[1].required);
    EXPECT_TRUE(people[5].required);
    EXPECT_TRUE(people[5].alternatives.isEmpty());
    EXPECT_EQ(people[4].label, QStringLiteral("Date of birth"));

    const auto units = services::importFields(ImportKind::Units);
    ASSERT_EQ(units.size(), 5u);
    EXPECT_EQ(units[0].key, QStringLiteral("unit_name"));
    EXPECT_TRUE(units[0].required);
    EXPECT_EQ(units[2].key, QStringLiteral("parent"));
    EXPECT_FALSE(units[2].required);
}

// The headers of an office that never used the usual ones.
const QString otherHeaders = QStringLiteral("STT;Tên đầy đủ;NS;Phái;Nơi làm việc\n");

services::ImportMapping otherMapping() {
    return {{QStringLiteral("full_name"), 1},
            {QStringLiteral("birth_date"), 2},
            {QStringLiteral("gender"), 3},
            {QStringLiteral("unit"), 4}};
}

TEST_F(ImportServiceTest, AFileWithOtherHeadersImportsOnceTheColumnsAreChosen) {
    const QString file = csv(QStringLiteral("khac.csv"),
                             otherHeaders + QStringLiteral("1;Nguyễn Văn An;01/01/1980;Nam;"
                                                           "Vụ Pháp luật quốc tế\n"
                                                           "2;Trần Thị Hoa;02/02/1985;Nữ;"
                                                           "Vụ Pháp luật quốc tế\n"));
    // By the headers alone nothing fits.
    auto report = import(ImportKind::People, file);
    EXPECT_EQ(report.problems.size(), 3u);
    EXPECT_EQ(report.rowsImported, 0);

    ImportOptions options;
    options.mapping = otherMapping();
    report = import(ImportKind::People, file, options);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsImported, 2);
    const auto all = people();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].name.fullName(), QStringLiteral("Nguyễn Văn An"));
    EXPECT_EQ(all[0].birthDate, QDate(1980, 1, 1));
    EXPECT_EQ(all[1].gender, domain::Gender::Female);
    EXPECT_EQ(all[1].unitId, vuPhapLuat);
}

TEST_F(ImportServiceTest, ProblemsOfAChosenColumnNameTheFilesOwnHeader) {
    const QString file = csv(QStringLiteral("khac-loi.csv"),
                             otherHeaders + QStringLiteral("1;Nguyễn Văn An;31/02/1980;Nam;"
                                                           "Vụ Pháp luật quốc tế\n"));
    ImportOptions options;
    options.mapping = otherMapping();
    const auto report = import(ImportKind::People, file, options);
    EXPECT_TRUE(hasProblem(report, 2, QStringLiteral("NS"), QStringLiteral("31/02/1980")));
}

TEST_F(ImportServiceTest, AChosenMappingTakesOnlyTheFieldsItNames) {
    // The header "Chức vụ" would match, but the mapping leaves the position out.
    const QString file = csv(QStringLiteral("bot-cot.csv"),
                             peopleHeader + QStringLiteral("1,Nguyễn Văn An,01/01/1980,Nam,"
                                                           "Chuyên viên,Vụ Pháp luật quốc tế\n"));
    ImportOptions options;
    options.mapping = services::automaticMapping(
        ImportKind::People, QStringList{QStringLiteral("STT"), QStringLiteral("Họ và tên"),
                                        QStringLiteral("Ngày sinh"), QStringLiteral("Giới tính"),
                                        QStringLiteral("Chức vụ"), QStringLiteral("Đơn vị")});
    EXPECT_EQ(options.mapping->value(QStringLiteral("position")), 4);
    EXPECT_EQ(options.mapping->value(QStringLiteral("given_name")), -1);
    options.mapping->insert(QStringLiteral("position"), -1);
    const auto report = import(ImportKind::People, file, options);
    EXPECT_FALSE(report.hasProblems());
    ASSERT_EQ(people().size(), 1u);
    EXPECT_TRUE(people().front().position.isEmpty());
}

TEST_F(ImportServiceTest, AMappingWithoutARequiredFieldSaysWhatToChoose) {
    const QStringList headers{QStringLiteral("Tên đầy đủ"), QStringLiteral("Phái"),
                              QStringLiteral("Nơi làm việc")};
    auto problems = services::mappingProblems(
        ImportKind::People, {{QStringLiteral("gender"), 1}, {QStringLiteral("unit"), 2}}, headers);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().line, 0);
    EXPECT_EQ(problems.front().message,
              QStringLiteral("Choose the column that holds \"Full name\" or \"Given name\"."));

    problems = services::mappingProblems(ImportKind::People,
                                         {{QStringLiteral("full_name"), 0},
                                          {QStringLiteral("gender"), 1},
                                          {QStringLiteral("unit"), 1}},
                                         headers);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems.front().message.contains(QStringLiteral("\"Phái\"")))
        << problems.front().message.toStdString();
    EXPECT_TRUE(problems.front().message.contains(QStringLiteral("Gender")));
    EXPECT_TRUE(problems.front().message.contains(QStringLiteral("Unit")));

    problems = services::mappingProblems(
        ImportKind::Units, {{QStringLiteral("unit_name"), 7}, {QStringLiteral("colour"), 1}},
        headers);
    EXPECT_EQ(problems.size(), 3u); // no such column, no such field, so no unit name

    EXPECT_TRUE(services::mappingProblems(ImportKind::People,
                                          {{QStringLiteral("given_name"), 0},
                                           {QStringLiteral("gender"), 1},
                                           {QStringLiteral("unit"), 2}},
                                          headers)
                    .empty());
}

TEST_F(ImportServiceTest, APreviewShowsTheFirstRowsAndTheColumnsTheHeadersGive) {
    QString text = QStringLiteral("DANH SÁCH CÁN BỘ\n") + peopleHeader;
    for (int row = 1; row <= 60; ++row)
        text += QStringLiteral("%1,Nguyễn Văn An %1,,Nam,,Vụ Pháp luật quốc tế\n").arg(row);
    text += QStringLiteral("61,Lê Văn Tám,,Nam,,Vụ Pháp luật quốc tế,ghi chú ngoài bảng\n");
    const QString file = csv(QStringLiteral("dai.csv"), text);
    const QByteArray before = fingerprint();

    auto preview = workspace->imports().preview(ImportKind::People, file);
    ASSERT_TRUE(preview) << preview.error().message.toStdString();
    EXPECT_EQ(preview->totalRows, 61);
    ASSERT_EQ(preview->rows.size(), std::size_t{services::ImportPreview::MaxRows});
    EXPECT_EQ(preview->rows.front().line, 3); // the title and the headers come first
    EXPECT_EQ(preview->rows.front().cells.at(1), QStringLiteral("Nguyễn Văn An 1"));
    // The value beyond the last header widens the table by one nameless column.
    EXPECT_EQ(preview->headers.size(), 7);
    EXPECT_EQ(preview->headers.at(1), QStringLiteral("Họ và tên"));
    EXPECT_TRUE(preview->headers.at(6).isEmpty());
    EXPECT_EQ(preview->mapping.value(QStringLiteral("full_name")), 1);
    EXPECT_EQ(preview->mapping.value(QStringLiteral("unit")), 5);
    EXPECT_EQ(preview->mapping.value(QStringLiteral("identity_number")), -1);
    EXPECT_EQ(preview->mapping.size(), 9);
    EXPECT_TRUE(preview->sheetName.isEmpty());
    EXPECT_TRUE(preview->convertedFrom.isEmpty());
    EXPECT_EQ(fingerprint(), before);

    // The same file as units: the unit column is the name of a unit.
    preview = workspace->imports().preview(ImportKind::Units, file);
    ASSERT_TRUE(preview);
    EXPECT_EQ(preview->mapping.value(QStringLiteral("unit_name")), 5);
}

TEST_F(ImportServiceTest, APreviewShowsLegacyTextConverted) {
    const QString text = QStringLiteral("STT,Hä vµ tªn,Ngay sinh,Gioi tinh,Don vi\n"
                                        "1,NguyÔn ThÞ Tè Nga,14/03/1985,Nu,Vu Phap luat quoc te\n");
    const QString path = eightBitCsv(QStringLiteral("tcvn3-xem.csv"), text);

    const auto preview = workspace->imports().preview(ImportKind::People, path);
    ASSERT_TRUE(preview) << preview.error().message.toStdString();
    EXPECT_EQ(preview->convertedFrom, QStringLiteral("TCVN3 (ABC)"));
    EXPECT_EQ(preview->headers.at(1), QStringLiteral("Họ và tên"));
    EXPECT_EQ(preview->rows.front().cells.at(1), QStringLiteral("Nguyễn Thị Tố Nga"));
    EXPECT_EQ(preview->mapping.value(QStringLiteral("full_name")), 1);
}

TEST_F(ImportServiceTest, APreviewOfAnUnreadableFileIsAnError) {
    const auto preview =
        workspace->imports().preview(ImportKind::Units, temp.dir() + QStringLiteral("/x.csv"));
    ASSERT_FALSE(preview);
    EXPECT_TRUE(preview.error().message.contains(QStringLiteral("x.csv")));
}

namespace {

QString manyPeople(int count) {
    QString text = peopleHeader;
    for (int row = 1; row <= count; ++row)
        text += QStringLiteral("%1,Nguyễn Văn Số %2,,Nam,,Vụ Pháp luật quốc tế\n")
                    .arg(row)
                    .arg(QChar(u'A' + row % 26) + QString(QChar(u'a' + row / 26 % 26)));
    return text;
}

} // namespace

TEST_F(ImportServiceTest, ProgressEndsWithEveryRowCheckedAndWritten) {
    const QString file = csv(QStringLiteral("tien-do.csv"), manyPeople(40));
    std::vector<std::pair<qint64, qint64>> reports;
    ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        reports.emplace_back(done, total);
        return true;
    };
    const auto report = import(ImportKind::People, file, options);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsImported, 40);
    ASSERT_GE(reports.size(), 2u);
    EXPECT_EQ(reports.front(), (std::pair<qint64, qint64>{0, 80}));
    EXPECT_EQ(reports.back(), (std::pair<qint64, qint64>{80, 80}));
    for (std::size_t i = 1; i < reports.size(); ++i)
        EXPECT_LE(reports[i - 1].first, reports[i].first);

    // A dry run counts the checking only.
    reports.clear();
    options.dryRun = true;
    import(ImportKind::People, csv(QStringLiteral("tien-do-2.csv"), manyPeople(3)), options);
    EXPECT_EQ(reports.back(), (std::pair<qint64, qint64>{3, 3}));
}

TEST_F(ImportServiceTest, CancellingWhileCheckingOrWritingLeavesTheDatabaseAsItWas) {
    const QString file = csv(QStringLiteral("huy.csv"), manyPeople(30));
    const QByteArray before = fingerprint();
    ImportOptions options;
    options.progress = [](qint64, qint64) {
        return false;
    };
    auto report = workspace->imports().importFile(ImportKind::People, file, options);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(fingerprint(), before);

    // Stopped at the very last step, after every row was written: rolled back.
    options.progress = [](qint64 done, qint64 total) {
        return done < total || total < 60;
    };
    report = workspace->imports().importFile(ImportKind::People, file, options);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::Cancelled);
    EXPECT_TRUE(people().empty());
    EXPECT_EQ(auditRows(), 5);
    EXPECT_TRUE(events.empty());

    options.progress = {};
    EXPECT_EQ(import(ImportKind::People, file, options).rowsImported, 30);
}

TEST_F(ImportServiceTest, UnitsTakeAChosenMappingAndProgressToo) {
    const QString file = csv(QStringLiteral("don-vi-khac.csv"),
                             QStringLiteral("Cơ quan;Cấp trên\n"
                                            "Phòng Hành chính tư pháp;Sở Tư pháp tỉnh Bắc Ninh\n"
                                            "Sở Tư pháp tỉnh Bắc Ninh;\n"));
    ImportOptions options;
    options.mapping =
        services::ImportMapping{{QStringLiteral("unit_name"), 0}, {QStringLiteral("parent"), 1}};
    qint64 last = -1;
    options.progress = [&](qint64 done, qint64 total) {
        last = done == total ? done : last;
        return true;
    };
    const auto report = import(ImportKind::Units, file, options);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsImported, 2);
    EXPECT_EQ(last, 4);
}
