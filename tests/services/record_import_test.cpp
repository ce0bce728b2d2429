// Importing the yearly records of people and units: registrations (đăng ký thi
// đua), evaluations (xếp loại) and discipline (kỷ luật).

#include "evaluation_repository.h"
#include "import_fixture.h"
#include "period_repository.h"
#include "registration_repository.h"
#include "registration_service.h"
#include "test_data.h"

#include <xlsxwriter.h>

using namespace thidua;
using services::ImportKind;
using services::ImportOptions;
using test::hasProblem;

namespace {

// Two departments with a "Thanh tra Sở" each, and two people called Nguyễn
// Văn An in the same department.
class RecordImport : public test::ImportFixture {
protected:
    void SetUp() override {
        ImportFixture::SetUp();
        auto db = temp.open();
        vinhPhuc = test::addUnit(db, QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc")).id;
        office = test::addUnit(db, QStringLiteral("Văn phòng Sở"), vinhPhuc).id;
        inspection = test::addUnit(db, QStringLiteral("Thanh tra Sở"), vinhPhuc).id;
        phuTho = test::addUnit(db, QStringLiteral("Sở Tư pháp tỉnh Phú Thọ")).id;
        test::addUnit(db, QStringLiteral("Thanh tra Sở"), phuTho);
        an = person(db, QStringLiteral("Nguyễn Văn An"), office, QDate(1980, 1, 1));
        otherAn = person(db, QStringLiteral("Nguyễn Văn An"), inspection, QDate(1990, 5, 5));
        binh = person(db, QStringLiteral("Trần Văn Bình"), office, QDate(1975, 7, 7));
        hoa = person(db, QStringLiteral("Lê Thị Hoa"), phuTho, QDate(1985, 3, 14));
        storage::PeriodRepository periods(db);
        ASSERT_TRUE(periods.ensure(year2025));
        ASSERT_TRUE(periods.ensure(year2024));
        year2024.closed = true;
        ASSERT_TRUE(periods.update(year2024));
    }

    static domain::RowId person(storage::Database& db, const QString& name, domain::RowId unit,
                                QDate born) {
        return test::addPerson(db, name, unit, domain::Gender::Male, born).id;
    }

    std::vector<domain::Registration> registrationsIn(int year) {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        auto periods = *storage::PeriodRepository(db).all();
        for (const domain::Period& period : periods)
            if (period.kind == domain::PeriodKind::Year && period.start.year() == year)
                return *storage::RegistrationRepository(db).inPeriod(period.id);
        return {};
    }

    const domain::Registration* find(const std::vector<domain::Registration>& registrations,
                                     domain::RowId personId, domain::RowId unitId) {
        for (const domain::Registration& registration : registrations)
            if (registration.personId == personId && registration.unitId == unitId)
                return &registration;
        return nullptr;
    }

    domain::Period year2025 = domain::calendarYear(2025);
    domain::Period year2024 = domain::calendarYear(2024);
    domain::RowId vinhPhuc = domain::NoId;
    domain::RowId office = domain::NoId;
    domain::RowId inspection = domain::NoId;
    domain::RowId phuTho = domain::NoId;
    domain::RowId an = domain::NoId;
    domain::RowId otherAn = domain::NoId;
    domain::RowId binh = domain::NoId;
    domain::RowId hoa = domain::NoId;
};

const QString registrationHeader =
    QStringLiteral("STT,Họ và tên,Ngày sinh,Đơn vị,Năm,Danh hiệu,Ngày đăng ký\n");

} // namespace

TEST_F(RecordImport, RegistrationsOfPeopleAndCollectivesImportByCodeAbbreviationOrName) {
    const QString file = csv(
        QStringLiteral("dang-ky.csv"),
        registrationHeader +
            QStringLiteral("1,Nguyễn Văn An,01/01/1980,,2025,LĐTT,15/01/2025\n"
                           "2,Nguyễn Văn An,,Sở Tư pháp tỉnh Vĩnh Phúc / Thanh tra Sở,2025,"
                           "cstđcs,\n"
                           "3,Lê Thị Hoa,14/03/1985,Sở Tư pháp tỉnh Phú Thọ,2026,"
                           "Lao động tiên tiến,\n"
                           "4,,,Sở Tư pháp tỉnh Vĩnh Phúc / Văn phòng Sở,2025,TTLĐTT,20/01/2025\n"
                           "5,,,so tu phap tinh phu tho,2026,TTLDXS,\n"));
    const auto report = import(ImportKind::Registrations, file);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsImported, 5);

    const auto in2025 = registrationsIn(2025);
    ASSERT_EQ(in2025.size(), 3u);
    const auto* first = find(in2025, an, domain::NoId);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->titleCode, QStringLiteral("LDTT"));
    EXPECT_EQ(first->registeredOn, QDate(2025, 1, 15));
    EXPECT_EQ(first->status, domain::RegistrationStatus::Draft);
    // The unit tells the two An apart; without a date, a past year's is its first day.
    const auto* second = find(in2025, otherAn, domain::NoId);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->titleCode, QStringLiteral("CSTDCS"));
    EXPECT_EQ(second->registeredOn, QDate(2025, 1, 1));
    ASSERT_NE(find(in2025, domain::NoId, office), nullptr);
    EXPECT_EQ(find(in2025, domain::NoId, office)->titleCode, QStringLiteral("TTLDTT"));

    // 2026 was not recorded: the import opened it. Hoa works in a section of
    // the department the row names.
    const auto in2026 = registrationsIn(2026);
    ASSERT_EQ(in2026.size(), 2u);
    ASSERT_NE(find(in2026, hoa, domain::NoId), nullptr);
    EXPECT_EQ(find(in2026, hoa, domain::NoId)->registeredOn, clock.today());
    ASSERT_NE(find(in2026, domain::NoId, phuTho), nullptr);
    EXPECT_EQ(find(in2026, domain::NoId, phuTho)->titleCode, QStringLiteral("TTLDXS"));

    EXPECT_EQ(auditRows(), 5 + 1); // each registration, and the period opened
    auto db = temp.open(storage::OpenMode::ReadOnly);
    const auto audit =
        *storage::AuditLog(db).forEntity(QStringLiteral("registration"), first->uuid);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].action, storage::AuditAction::Create);
    EXPECT_EQ(audit[0].actor, QStringLiteral("thu.ky"));
    EXPECT_EQ(audit[0].at, clock.now());
    EXPECT_EQ(audit[0].after.value(QStringLiteral("person_id")).toInteger(), an);
    EXPECT_EQ(audit[0].after.value(QStringLiteral("title_code")).toString(),
              QStringLiteral("LDTT"));
    EXPECT_EQ(audit[0].after.value(QStringLiteral("registered_on")).toString(),
              QStringLiteral("2025-01-15"));
    ASSERT_EQ(events.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<services::DataReloaded>(events.front()));
}

TEST_F(RecordImport, EveryRegistrationRuleNamesTheRowInTheServicesOwnWords) {
    services::RegistrationService& service = workspace->registrations();
    domain::Registration registered;
    registered.periodId = year2025.id;
    registered.personId = an;
    registered.titleCode = QStringLiteral("LDTT");
    registered.registeredOn = QDate(2025, 2, 3);
    ASSERT_TRUE(service.registerTitle(registered));
    const auto again = service.registerTitle(registered);
    ASSERT_FALSE(again);
    domain::Registration collectiveTitle = registered;
    collectiveTitle.titleCode = QStringLiteral("TTLDTT");
    const auto misfit = service.registerTitle(collectiveTitle);
    ASSERT_FALSE(misfit);
    events.clear();

    const QString file = csv(
        QStringLiteral("dang-ky-loi.csv"),
        registrationHeader + QStringLiteral("1,Nguyễn Văn An,01/01/1980,,2025,LĐTT,\n"
                                            "2,Nguyễn Văn An,01/01/1980,,2025,TTLĐTT,03/02/2025\n"
                                            "3,Trần Văn Bình,07/07/1975,,2024,LĐTT,\n"
                                            "4,Trần Văn Bình,07/07/1975,,2025,LĐTT,05/05/2024\n"
                                            "5,Trần Văn Bình,07/07/1975,,2025,LĐXS,\n"
                                            "6,Trần Văn Bình,07/07/1975,,2025,CSTĐCS,\n"
                                            "7,TRAN VAN BINH,07/07/1975,,2025,"
                                            "Chiến sĩ thi đua cơ sở,\n"
                                            "8,Trần Văn Bình,07/07/1975,,1900,LĐTT,\n"));
    const QByteArray before = fingerprint();
    const auto report = import(ImportKind::Registrations, file);
    EXPECT_TRUE(hasProblem(report, 2, QStringLiteral("Danh hiệu"), again.error().message));
    EXPECT_TRUE(hasProblem(report, 3, QStringLiteral("Danh hiệu"), misfit.error().message));
    EXPECT_TRUE(hasProblem(report, 4, QStringLiteral("Năm"), QStringLiteral("closed")));
    EXPECT_TRUE(
        hasProblem(report, 5, QStringLiteral("Ngày đăng ký"), QStringLiteral("05/05/2024")));
    EXPECT_TRUE(hasProblem(report, 6, QStringLiteral("Danh hiệu"), QStringLiteral("\"LĐXS\"")));
    EXPECT_TRUE(hasProblem(report, 8, QStringLiteral("Danh hiệu"), QStringLiteral("line 7")));
    EXPECT_TRUE(hasProblem(report, 9, QStringLiteral("Năm"), QStringLiteral("1900")));
    EXPECT_EQ(report.problems.size(), 7u);
    EXPECT_EQ(report.rowsGood, 1);
    EXPECT_EQ(report.rowsImported, 0);
    EXPECT_EQ(fingerprint(), before);
    EXPECT_TRUE(events.empty());
}

TEST_F(RecordImport, APersonIsToldApartByBirthDateAndUnitAndCandidatesAreNamed) {
    const QString file =
        csv(QStringLiteral("ai.csv"),
            registrationHeader + QStringLiteral("1,Nguyễn Văn An,,,2025,LĐTT,\n"
                                                "2,Nguyễn Văn An,,Sở Tư pháp tỉnh Vĩnh Phúc,2025,"
                                                "LĐTT,\n"
                                                "3,Nguyễn Văn An,02/02/1982,,2025,LĐTT,\n"
                                                "4,Phạm Văn Không,01/01/1980,,2025,LĐTT,\n"
                                                "5,Lê Thị Hoa,,Thanh tra Sở,2025,LĐTT,\n"
                                                "6,,,,2025,TTLĐTT,\n"
                                                "7,Nguyễn Văn An,31/02/1980,,2025,LĐTT,\n"
                                                "8,Nguy?n V?n An,,,2025,LĐTT,\n"));
    const auto report = import(ImportKind::Registrations, file);
    const QString office = QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc / Văn phòng Sở");
    const QString inspection = QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc / Thanh tra Sở");
    EXPECT_TRUE(
        hasProblem(report, 2, QStringLiteral("Họ và tên"), QStringLiteral("date of birth")));
    EXPECT_TRUE(hasProblem(report, 3, QStringLiteral("Họ và tên"), QStringLiteral("2 people")));
    EXPECT_TRUE(hasProblem(report, 3, QStringLiteral("Họ và tên"),
                           QStringLiteral("Nguyễn Văn An (01/01/1980, %1)").arg(office)));
    EXPECT_TRUE(hasProblem(report, 3, QStringLiteral("Họ và tên"),
                           QStringLiteral("Nguyễn Văn An (05/05/1990, %1)").arg(inspection)));
    EXPECT_TRUE(hasProblem(report, 4, QStringLiteral("Họ và tên"), QStringLiteral("02/02/1982")));
    EXPECT_TRUE(hasProblem(report, 4, QStringLiteral("Họ và tên"),
                           QStringLiteral("Nguyễn Văn An (05/05/1990, %1)").arg(inspection)));
    EXPECT_TRUE(
        hasProblem(report, 5, QStringLiteral("Họ và tên"), QStringLiteral("Phạm Văn Không")));
    EXPECT_TRUE(hasProblem(report, 6, QStringLiteral("Đơn vị"),
                           QStringLiteral("Sở Tư pháp tỉnh Phú Thọ / Thanh tra Sở")));
    EXPECT_TRUE(hasProblem(report, 7, QStringLiteral("Họ và tên"), QStringLiteral("nobody")));
    EXPECT_TRUE(hasProblem(report, 8, QStringLiteral("Ngày sinh"), QStringLiteral("31/02/1980")));
    // A name that lost its letters in an ANSI CSV is not "nobody in the catalogue".
    EXPECT_TRUE(hasProblem(report, 9, QStringLiteral("Họ và tên"), QStringLiteral("CSV UTF-8")));
    EXPECT_EQ(report.problems.size(), 8u);

    const QString both = csv(QStringLiteral("ca-hai.csv"),
                             QStringLiteral("Họ và tên;Ngày sinh;Tên tập thể;Danh hiệu;Năm\n"
                                            "Trần Văn Bình;07/07/1975;Văn phòng Sở;LĐTT;2025\n"
                                            ";;Văn phòng Sở;TTLĐTT;2025\n"));
    const auto mixed = import(ImportKind::Registrations, both);
    EXPECT_TRUE(hasProblem(mixed, 2, QStringLiteral("Tên tập thể"), QStringLiteral("both")));
    EXPECT_EQ(mixed.problems.size(), 1u);
    EXPECT_EQ(mixed.rowsGood, 1);
}

TEST_F(RecordImport, AYearOfBirthUnderNamSinhTellsNamesakesApart) {
    const QString file = csv(QStringLiteral("nam-sinh.csv"),
                             QStringLiteral("STT,Họ và tên,Năm sinh,Năm,Danh hiệu\n"
                                            "1,Nguyễn Văn An,1990,2025,LĐTT\n"
                                            "2,Nguyễn Văn An,1985,2025,LĐTT\n"
                                            "3,Trần Văn Bình,01/01/2030,2025,LĐTT\n"
                                            "4,Trần Văn Bình,2030,2025,LĐTT\n"
                                            "5,Trần Văn Bình,07/07/1975,2025,CSTĐCS\n"));
    services::ImportOptions skip;
    skip.skipBadRows = true;
    const auto report = import(ImportKind::Registrations, file, skip);
    EXPECT_TRUE(hasProblem(report, 3, QStringLiteral("Họ và tên"),
                           QStringLiteral("Nguyễn Văn An (born in 1985)")));
    EXPECT_TRUE(hasProblem(report, 4, QStringLiteral("Họ và tên"), QStringLiteral("01/01/2030")));
    EXPECT_TRUE(hasProblem(report, 5, QStringLiteral("Năm sinh"),
                           QStringLiteral("2030 is not a year of birth")));
    EXPECT_EQ(report.problems.size(), 3u);
    const auto registered = registrationsIn(2025);
    ASSERT_EQ(registered.size(), 2u);
    EXPECT_NE(find(registered, otherAn, domain::NoId), nullptr);
    EXPECT_NE(find(registered, binh, domain::NoId), nullptr);
}

TEST_F(RecordImport, TheYearComesFromTheRowTheOptionOrTheTitle) {
    const QString titled =
        csv(QStringLiteral("tieu-de.csv"), QStringLiteral("DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2025\n"
                                                          "Họ và tên,Ngày sinh,Danh hiệu\n"
                                                          "Trần Văn Bình,07/07/1975,LĐTT\n"));
    ImportOptions dryRun;
    dryRun.dryRun = true;
    EXPECT_FALSE(import(ImportKind::Registrations, titled, dryRun).hasProblems());
    // The option wins over the title: 2024 is closed.
    ImportOptions closedYear = dryRun;
    closedYear.year = 2024;
    EXPECT_TRUE(hasProblem(import(ImportKind::Registrations, titled, closedYear), 3,
                           QStringLiteral("Year"), QStringLiteral("closed")));

    // The row's own year wins over both; an empty cell takes the option's.
    const QString column =
        csv(QStringLiteral("cot-nam.csv"), QStringLiteral("Họ và tên,Ngày sinh,Danh hiệu,Năm\n"
                                                          "Trần Văn Bình,07/07/1975,LĐTT,2025\n"
                                                          "Nguyễn Văn An,01/01/1980,LĐTT,\n"));
    ImportOptions option;
    option.year = 2026;
    EXPECT_FALSE(import(ImportKind::Registrations, column, option).hasProblems());
    EXPECT_NE(find(registrationsIn(2025), binh, domain::NoId), nullptr);
    EXPECT_NE(find(registrationsIn(2026), an, domain::NoId), nullptr);

    const QString none =
        csv(QStringLiteral("khong-nam.csv"), QStringLiteral("Họ và tên,Ngày sinh,Danh hiệu\n"
                                                            "Trần Văn Bình,07/07/1975,LĐTT\n"));
    const auto refused = import(ImportKind::Registrations, none);
    ASSERT_EQ(refused.problems.size(), 1u);
    EXPECT_EQ(refused.problems.front().line, 0);
    EXPECT_TRUE(refused.problems.front().message.contains(QStringLiteral("no year")))
        << refused.problems.front().message.toStdString();
}

TEST_F(RecordImport, AnExcelRegistrationListTakesItsYearFromItsTitle) {
    const QString path = temp.dir() + QStringLiteral("/dang-ky.xlsx");
    lxw_workbook* workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Đăng ký");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    worksheet_merge_range(sheet, 0, 0, 0, 4, "DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2025", nullptr);
    const char* headers[] = {"STT", "Họ và tên", "Ngày sinh", "Danh hiệu đăng ký", "Ngày đăng ký"};
    for (lxw_col_t column = 0; column < 5; ++column)
        worksheet_write_string(sheet, 2, column, headers[column], nullptr);
    worksheet_write_number(sheet, 3, 0, 1, nullptr);
    worksheet_write_string(sheet, 3, 1, "Trần Văn Bình", nullptr);
    lxw_datetime born = {1975, 7, 7, 0, 0, 0};
    worksheet_write_datetime(sheet, 3, 2, &born, date);
    worksheet_write_string(sheet, 3, 3, "CSTĐCS", nullptr);
    lxw_datetime registered = {2025, 1, 20, 0, 0, 0};
    worksheet_write_datetime(sheet, 3, 4, &registered, date);
    worksheet_write_number(sheet, 4, 0, 2, nullptr);
    worksheet_write_string(sheet, 4, 1, "Trần Văn Bình", nullptr);
    worksheet_write_datetime(sheet, 4, 2, &born, date);
    worksheet_write_string(sheet, 4, 3, "LĐTT", nullptr);
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);

    const auto report = import(ImportKind::Registrations, path);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsImported, 2);
    const auto in2025 = registrationsIn(2025);
    ASSERT_EQ(in2025.size(), 2u);
    EXPECT_EQ(in2025[0].titleCode, QStringLiteral("CSTDCS"));
    EXPECT_EQ(in2025[0].registeredOn, QDate(2025, 1, 20));
}

namespace {

const QString evaluationHeader =
    QStringLiteral("STT,Họ và tên,Ngày sinh,Đơn vị,Năm,Xếp loại,Ghi chú\n");

} // namespace

TEST_F(RecordImport, EvaluationsTakeTheCodesAndTheWordsWhateverTheirCase) {
    const QString file = csv(
        QStringLiteral("xep-loai.csv"),
        evaluationHeader +
            QStringLiteral("1,Nguyễn Văn An,01/01/1980,,2025,HTXSNV,\n"
                           "2,Nguyễn Văn An,,Sở Tư pháp tỉnh Vĩnh Phúc / Thanh tra Sở,2025,"
                           "Hoàn thành tốt nhiệm vụ,\n"
                           "3,Trần Văn Bình,07/07/1975,,2025,hoan thanh nhiem vu,Nghỉ ốm 3 tháng\n"
                           "4,Lê Thị Hoa,14/03/1985,,2025,KHÔNG HOÀN THÀNH NHIỆM VỤ,\n"
                           "5,,,Sở Tư pháp tỉnh Vĩnh Phúc / Văn phòng Sở,2025,htxsnv,\n"));
    const auto report = import(ImportKind::Evaluations, file);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsImported, 5);

    auto db = temp.open(storage::OpenMode::ReadOnly);
    storage::EvaluationRepository evaluations(db);
    auto grade = [&](domain::RowId personId) {
        return evaluations.forPerson(personId)->front();
    };
    EXPECT_EQ(grade(an).grade, domain::Grade::Excellent);
    EXPECT_EQ(grade(an).year, 2025);
    EXPECT_EQ(grade(otherAn).grade, domain::Grade::Good);
    EXPECT_EQ(grade(binh).grade, domain::Grade::Completed);
    EXPECT_EQ(grade(binh).note, QStringLiteral("Nghỉ ốm 3 tháng"));
    EXPECT_EQ(grade(hoa).grade, domain::Grade::NotCompleted);
    EXPECT_EQ(evaluations.forUnit(office)->front().grade, domain::Grade::Excellent);
    EXPECT_EQ(auditRows(), 5);
    EXPECT_EQ(events.size(), 1u);
}

TEST_F(RecordImport, OneGradePerSubjectAndYearAndOnlyForYearsThatHaveBegun) {
    ASSERT_EQ(import(ImportKind::Evaluations,
                     csv(QStringLiteral("dot-1.csv"),
                         evaluationHeader + QStringLiteral("1,Trần Văn Bình,07/07/1975,,2025,"
                                                           "HTTNV,\n")))
                  .rowsImported,
              1);
    const QString file =
        csv(QStringLiteral("xep-loai-loi.csv"),
            evaluationHeader + QStringLiteral("1,Trần Văn Bình,07/07/1975,,2025,HTNV,\n"
                                              "2,Lê Thị Hoa,14/03/1985,,2025,Xuất sắc,\n"
                                              "3,Lê Thị Hoa,14/03/1985,,2027,HTTNV,\n"
                                              "4,,,Văn phòng Sở,2024,HTTNV,\n"
                                              "5,,,van phong so,2024,HTNV,\n"
                                              "6,Lê Thị Hoa,14/03/1985,,2025,,\n"));
    const QByteArray before = fingerprint();
    const auto report = import(ImportKind::Evaluations, file);
    EXPECT_TRUE(hasProblem(report, 2, QStringLiteral("Xếp loại"), QStringLiteral("HTTNV")));
    EXPECT_TRUE(hasProblem(report, 3, QStringLiteral("Xếp loại"), QStringLiteral("Xuất sắc")));
    EXPECT_TRUE(hasProblem(report, 4, QStringLiteral("Năm"), QStringLiteral("2027")));
    EXPECT_TRUE(hasProblem(report, 6, QStringLiteral("Xếp loại"), QStringLiteral("line 5")));
    EXPECT_TRUE(hasProblem(report, 7, QStringLiteral("Xếp loại"), QStringLiteral("empty")));
    EXPECT_EQ(report.problems.size(), 5u);
    EXPECT_EQ(report.rowsGood, 1);
    EXPECT_EQ(fingerprint(), before);
}

namespace {

const QString disciplineHeader =
    QStringLiteral("STT,Họ và tên,Ngày sinh,Đơn vị,Hình thức kỷ luật,Số quyết định,"
                   "Ngày quyết định,Ngày bắt đầu,Ngày kết thúc,Lý do\n");

} // namespace

TEST_F(RecordImport, DisciplineRecordsKeepTheDecisionAndTheDaysTheyRun) {
    const QString file =
        csv(QStringLiteral("ky-luat.csv"),
            disciplineHeader +
                QStringLiteral("1,Trần Văn Bình,07/07/1975,,Khiển trách,12/QĐ-STP,05/03/2024,,"
                               "04/03/2025,Vi phạm quy chế làm việc\n"
                               "2,Lê Thị Hoa,,Sở Tư pháp tỉnh Phú Thọ,canh cao,"
                               "Quyết định số 7/QĐ-STP,,10/10/2025,,\n"));
    const auto report = import(ImportKind::Discipline, file);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsImported, 2);

    auto db = temp.open(storage::OpenMode::ReadOnly);
    storage::EvaluationRepository records(db);
    const auto binhs = *records.disciplineOf(binh);
    ASSERT_EQ(binhs.size(), 1u);
    EXPECT_EQ(binhs[0].form, domain::DisciplineForm::Reprimand);
    EXPECT_EQ(binhs[0].decision, QStringLiteral("Quyết định số 12/QĐ-STP ngày 05/03/2024"));
    EXPECT_EQ(binhs[0].start, QDate(2024, 3, 5)); // no start given: the decision's day
    EXPECT_EQ(binhs[0].end, QDate(2025, 3, 4));
    EXPECT_EQ(binhs[0].reason, QStringLiteral("Vi phạm quy chế làm việc"));
    const auto hoas = *records.disciplineOf(hoa);
    ASSERT_EQ(hoas.size(), 1u);
    EXPECT_EQ(hoas[0].form, domain::DisciplineForm::Warning);
    EXPECT_EQ(hoas[0].decision, QStringLiteral("Quyết định số 7/QĐ-STP"));
    EXPECT_EQ(hoas[0].start, QDate(2025, 10, 10));
    EXPECT_FALSE(hoas[0].end.isValid());
    EXPECT_EQ(auditRows(), 2);
}

TEST_F(RecordImport, ADisciplineEndingBeforeItStartsOrWithoutAPersonIsARowProblem) {
    const QString first = csv(QStringLiteral("ky-luat-1.csv"),
                              disciplineHeader + QStringLiteral("1,Trần Văn Bình,07/07/1975,,"
                                                                "Cảnh cáo,,,01/06/2025,,\n"));
    ASSERT_EQ(import(ImportKind::Discipline, first).rowsImported, 1);
    const QString file =
        csv(QStringLiteral("ky-luat-loi.csv"),
            disciplineHeader + QStringLiteral("1,Lê Thị Hoa,14/03/1985,,Khiển trách,,,"
                                              "10/10/2025,09/10/2025,\n"
                                              "2,Lê Thị Hoa,14/03/1985,,Đình chỉ,,,10/10/2025,,\n"
                                              "3,Lê Thị Hoa,14/03/1985,,Khiển trách,5/QĐ,,,,\n"
                                              "4,,,Văn phòng Sở,Khiển trách,,,10/10/2025,,\n"
                                              "5,Trần Văn Bình,07/07/1975,,CẢNH CÁO,,,"
                                              "01/06/2025,,\n"
                                              "6,Lê Thị Hoa,14/03/1985,,Giáng chức,,,"
                                              "01/01/2026,,\n"
                                              "7,Lê Thị Hoa,14/03/1985,,giang chuc,,,"
                                              "01/01/2026,,\n"));
    const QByteArray before = fingerprint();
    const auto report = import(ImportKind::Discipline, file);
    EXPECT_TRUE(
        hasProblem(report, 2, QStringLiteral("Ngày kết thúc"), QStringLiteral("09/10/2025")));
    EXPECT_TRUE(
        hasProblem(report, 3, QStringLiteral("Hình thức kỷ luật"), QStringLiteral("Đình chỉ")));
    EXPECT_TRUE(hasProblem(report, 4, QStringLiteral("Ngày bắt đầu"), QStringLiteral("empty")));
    EXPECT_TRUE(hasProblem(report, 5, QStringLiteral("Họ và tên"), QStringLiteral("empty")));
    EXPECT_TRUE(
        hasProblem(report, 6, QStringLiteral("Hình thức kỷ luật"), QStringLiteral("already")));
    EXPECT_TRUE(
        hasProblem(report, 8, QStringLiteral("Hình thức kỷ luật"), QStringLiteral("line 7")));
    EXPECT_EQ(report.problems.size(), 6u);
    EXPECT_EQ(report.rowsGood, 1);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(RecordImport, TheNewKindsDescribeTheirFieldsForTheWizard) {
    auto keys = [](ImportKind kind) {
        QStringList result;
        for (const auto& field : services::importFields(kind))
            result << field.key + (field.required ? QStringLiteral("*") : QString());
        return result;
    };
    EXPECT_EQ(
        keys(ImportKind::Registrations),
        (QStringList{QStringLiteral("full_name*"), QStringLiteral("birth_date"),
                     QStringLiteral("unit*"), QStringLiteral("collective*"), QStringLiteral("year"),
                     QStringLiteral("title*"), QStringLiteral("registered_on")}));
    EXPECT_EQ(
        keys(ImportKind::Evaluations),
        (QStringList{QStringLiteral("full_name*"), QStringLiteral("birth_date"),
                     QStringLiteral("unit*"), QStringLiteral("collective*"), QStringLiteral("year"),
                     QStringLiteral("grade*"), QStringLiteral("note")}));
    EXPECT_EQ(keys(ImportKind::Discipline),
              (QStringList{QStringLiteral("full_name*"), QStringLiteral("birth_date"),
                           QStringLiteral("unit"), QStringLiteral("form*"),
                           QStringLiteral("decision_number"), QStringLiteral("decision_date*"),
                           QStringLiteral("start_date*"), QStringLiteral("end_date"),
                           QStringLiteral("reason")}));
    // Someone: a person's name, a collective, or a unit standing for itself.
    EXPECT_EQ(services::importFields(ImportKind::Registrations)[0].alternatives,
              (QStringList{QStringLiteral("unit"), QStringLiteral("collective")}));

    const auto mapping = services::automaticMapping(
        ImportKind::Discipline,
        {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Hình thức"),
         QStringLiteral("Quyết định số"), QStringLiteral("Ngày ký"), QStringLiteral("Từ ngày"),
         QStringLiteral("Đến ngày"), QStringLiteral("Nội dung vi phạm")});
    EXPECT_EQ(mapping.value(QStringLiteral("form")), 2);
    EXPECT_EQ(mapping.value(QStringLiteral("decision_number")), 3);
    EXPECT_EQ(mapping.value(QStringLiteral("decision_date")), 4);
    EXPECT_EQ(mapping.value(QStringLiteral("start_date")), 5);
    EXPECT_EQ(mapping.value(QStringLiteral("end_date")), 6);
    EXPECT_EQ(mapping.value(QStringLiteral("reason")), 7);

    EXPECT_EQ(services::importKindFromCode(QStringLiteral("evaluations")), ImportKind::Evaluations);
    EXPECT_EQ(services::importKindCode(ImportKind::Discipline), QStringLiteral("discipline"));
    EXPECT_EQ(services::importKindFromCode(QStringLiteral("awards")), ImportKind::Awards);
    EXPECT_FALSE(services::importKindFromCode(QStringLiteral("honours")));
    EXPECT_EQ(keys(ImportKind::Initiatives),
              (QStringList{QStringLiteral("full_name*"), QStringLiteral("birth_date"),
                           QStringLiteral("unit"), QStringLiteral("title*"), QStringLiteral("kind"),
                           QStringLiteral("level*"), QStringLiteral("year"),
                           QStringLiteral("decision_number"), QStringLiteral("decision_date"),
                           QStringLiteral("issuer"), QStringLiteral("note")}));
    EXPECT_EQ(keys(ImportKind::Awards),
              (QStringList{QStringLiteral("full_name*"), QStringLiteral("birth_date"),
                           QStringLiteral("unit*"), QStringLiteral("collective*"),
                           QStringLiteral("award*"), QStringLiteral("year"),
                           QStringLiteral("first_year"), QStringLiteral("kind"),
                           QStringLiteral("decision_number*"), QStringLiteral("decision_date*"),
                           QStringLiteral("issuer*"), QStringLiteral("golden_book_number"),
                           QStringLiteral("amount"), QStringLiteral("note")}));
}

TEST_F(RecordImport, EvaluationsAndDisciplineFromExcelTakeNumberAndDateCells) {
    const QString path = temp.dir() + QStringLiteral("/xep-loai-ky-luat.xlsx");
    lxw_workbook* workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_datetime born = {1975, 7, 7, 0, 0, 0};
    // Grades, the year a number cell as Excel keeps it.
    lxw_worksheet* grades = workbook_add_worksheet(workbook, "Xếp loại");
    const char* gradeHeaders[] = {"Họ và tên", "Ngày sinh", "Năm", "Xếp loại"};
    for (lxw_col_t column = 0; column < 4; ++column)
        worksheet_write_string(grades, 0, column, gradeHeaders[column], nullptr);
    worksheet_write_string(grades, 1, 0, "Trần Văn Bình", nullptr);
    worksheet_write_datetime(grades, 1, 1, &born, date);
    worksheet_write_number(grades, 1, 2, 2025, nullptr);
    worksheet_write_string(grades, 1, 3, "Hoàn thành xuất sắc nhiệm vụ", nullptr);
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);
    auto report = import(ImportKind::Evaluations, path);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsImported, 1);

    const QString second = temp.dir() + QStringLiteral("/ky-luat.xlsx");
    workbook = workbook_new(QFile::encodeName(second).constData());
    date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_worksheet* records = workbook_add_worksheet(workbook, "Kỷ luật");
    const char* recordHeaders[] = {"Họ và tên", "Ngày sinh", "Hình thức", "Từ ngày", "Đến ngày"};
    for (lxw_col_t column = 0; column < 5; ++column)
        worksheet_write_string(records, 0, column, recordHeaders[column], nullptr);
    lxw_datetime from = {2025, 4, 1, 0, 0, 0};
    lxw_datetime until = {2026, 3, 31, 0, 0, 0};
    worksheet_write_string(records, 1, 0, "Trần Văn Bình", nullptr);
    worksheet_write_datetime(records, 1, 1, &born, date);
    worksheet_write_string(records, 1, 2, "Cảnh cáo", nullptr);
    worksheet_write_datetime(records, 1, 3, &from, date);
    worksheet_write_datetime(records, 1, 4, &until, date);
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);
    report = import(ImportKind::Discipline, second);
    EXPECT_FALSE(report.hasProblems()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.rowsImported, 1);

    auto db = temp.open(storage::OpenMode::ReadOnly);
    storage::EvaluationRepository stored(db);
    EXPECT_EQ(stored.forPerson(binh)->front().year, 2025);
    EXPECT_EQ(stored.forPerson(binh)->front().grade, domain::Grade::Excellent);
    const auto discipline = *stored.disciplineOf(binh);
    ASSERT_EQ(discipline.size(), 1u);
    EXPECT_EQ(discipline[0].start, QDate(2025, 4, 1));
    EXPECT_EQ(discipline[0].end, QDate(2026, 3, 31));
    EXPECT_TRUE(discipline[0].decision.isEmpty());
}
