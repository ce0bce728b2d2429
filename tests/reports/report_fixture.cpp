#include "report_fixture.h"

#include "award_service.h"
#include "nomination_service.h"
#include "period.h"
#include "period_repository.h"
#include "person_name.h"
#include "person_repository.h"
#include "registration_repository.h"
#include "test_data.h"

namespace thidua::test {

namespace {

using domain::RegistrationStatus;

domain::RowId addPerson(storage::Database& db, const QString& name, const QString& position,
                        domain::RowId unitId, domain::Gender gender = domain::Gender::Female) {
    domain::Person person;
    person.gender = gender;
    person.name = domain::splitFullName(name);
    person.position = position;
    person.unitId = unitId;
    person.birthDate = QDate(1980, 5, 17);
    EXPECT_TRUE(storage::PersonRepository(db).insert(person));
    return person.id;
}

void registerTitle(storage::Database& db, domain::RowId periodId, domain::RowId personId,
                   domain::RowId unitId, const QString& title, RegistrationStatus status,
                   const QString& returnReason = {}) {
    domain::Registration registration;
    registration.periodId = periodId;
    registration.personId = personId;
    registration.unitId = unitId;
    registration.titleCode = title;
    registration.status = status;
    registration.returnReason = returnReason;
    registration.registeredOn = QDate(2025, 1, 20);
    auto inserted = storage::RegistrationRepository(db).insert(registration);
    ASSERT_TRUE(inserted) << inserted.error().message.toStdString();
}

} // namespace

void RegistrationListTest::SetUp() {
    auto opened = services::Workspace::open(temp.path(), clock, QStringLiteral("thu.ky"));
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    workspace_ = std::move(*opened);
    storage::Database db = temp.open();

    department = addUnit(db, QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc")).id;
    office = addUnit(db, QStringLiteral("Văn phòng Sở"), department).id;
    inspectorate = addUnit(db, QStringLiteral("Thanh tra Sở"), department).id;
    ministry =
        addUnit(db, QStringLiteral("Bộ Tư pháp"), domain::NoId, QStringLiteral("ministry")).id;
    vu = addUnit(db, QStringLiteral("Vụ Pháp luật quốc tế"), ministry).id;

    domain::Period year = domain::calendarYear(2025);
    ASSERT_TRUE(storage::PeriodRepository(db).ensure(year));
    year2025 = year.id;

    director = addPerson(db, QStringLiteral("Nguyễn Văn Dũng"), QStringLiteral("Giám đốc"),
                         department, domain::Gender::Male);
    an = addPerson(db, QStringLiteral("Lý Thị An"), QStringLiteral("Chánh Văn phòng"), office);
    binh = addPerson(db, QStringLiteral("Bùi Văn Bình"), QStringLiteral("Chuyên viên"), office,
                     domain::Gender::Male);
    cuc = addPerson(db, QStringLiteral("Trần Thị Cúc"), QStringLiteral("Thanh tra viên"),
                    inspectorate);
    em = addPerson(db, QStringLiteral("Phạm Văn Em"), QStringLiteral("Chuyên viên"), vu,
                   domain::Gender::Male);

    const domain::RowId none = domain::NoId;
    registerTitle(db, year.id, none, department, QStringLiteral("CTDBO"),
                  RegistrationStatus::Accepted);
    registerTitle(db, year.id, none, office, QStringLiteral("TTLDTT"),
                  RegistrationStatus::Accepted);
    registerTitle(db, year.id, none, inspectorate, QStringLiteral("TTLDXS"),
                  RegistrationStatus::Submitted);
    registerTitle(db, year.id, director, none, QStringLiteral("CSTDBO"),
                  RegistrationStatus::Accepted);
    registerTitle(db, year.id, an, none, QStringLiteral("LDTT"), RegistrationStatus::Accepted);
    registerTitle(db, year.id, an, none, QStringLiteral("CSTDCS"), RegistrationStatus::Draft);
    registerTitle(db, year.id, binh, none, QStringLiteral("LDTT"), RegistrationStatus::Returned,
                  QStringLiteral("Thiếu báo cáo thành tích"));
    registerTitle(db, year.id, cuc, none, QStringLiteral("CSTDCS"), RegistrationStatus::Submitted);
    registerTitle(db, year.id, em, none, QStringLiteral("LDTT"), RegistrationStatus::Accepted);
}

void NominationDocumentsTest::SetUp() {
    RegistrationListTest::SetUp();
    if (HasFatalFailure())
        return;
    // Lý Thị An's record: what part III of her report tabulates and what her
    // nomination's basis is drafted from.
    const auto award = [this](const QString& code, int year, const QString& number) {
        domain::Award made;
        made.awardCode = code;
        made.personId = an;
        made.firstYear = made.year = year;
        made.decisionNumber = number;
        made.decisionDate = QDate(year, 12, 26);
        made.issuer = QStringLiteral("Giám đốc Sở Tư pháp tỉnh Vĩnh Phúc");
        auto recorded = workspace().awards().record(made);
        EXPECT_TRUE(recorded) << recorded.error().message.toStdString();
        return made.id;
    };
    award(QStringLiteral("LDTT"), 2023, QStringLiteral("215/QĐ-STP"));
    award(QStringLiteral("LDTT"), 2024, QStringLiteral("198/QĐ-STP"));
    const domain::RowId soldier =
        award(QStringLiteral("CSTDCS"), 2024, QStringLiteral("199/QĐ-STP"));
    domain::Initiative initiative;
    initiative.title = QStringLiteral("Số hóa hồ sơ thi đua, khen thưởng của Sở");
    initiative.year = 2024;
    initiative.decisionNumber = QStringLiteral("120/QĐ-STP");
    initiative.decisionDate = QDate(2024, 11, 5);
    initiative.issuer = QStringLiteral("Giám đốc Sở Tư pháp tỉnh Vĩnh Phúc");
    initiative.authorIds = {an};
    ASSERT_TRUE(workspace().awards().recordInitiative(initiative));
    ASSERT_TRUE(workspace().awards().useInitiative(initiative.id, soldier));

    const auto propose = [this](const QString& code, domain::RowId personId, domain::RowId unitId,
                                const QString& basis) {
        domain::Nomination nomination;
        nomination.year = 2025;
        nomination.awardCode = code;
        nomination.kind = domain::AwardKind::Merit;
        nomination.personId = personId;
        nomination.unitId = unitId;
        nomination.proposingUnitId = department;
        nomination.basis = basis;
        auto proposed = workspace().nominations().propose(nomination);
        EXPECT_TRUE(proposed) << proposed.error().message.toStdString();
        return nomination.id;
    };
    const domain::RowId none = domain::NoId;
    propose(QStringLiteral("CTDBO"), none, inspectorate,
            QStringLiteral("Dẫn đầu Khối thi đua Nội chính năm 2025"));
    officeNomination =
        propose(QStringLiteral("BKBO"), none, office, QStringLiteral("TTLĐXS 2024–2025"));
    propose(QStringLiteral("CSTDBO"), director, none, QStringLiteral("CSTĐCS 2023–2025"));
    // Drafted from her record: "LĐTT 2023–2024; CSTĐCS 2024".
    anNomination = propose(QStringLiteral("BKBO"), an, none, {});
    propose(QStringLiteral("BKBO"), cuc, none, QStringLiteral("LĐTT 2021–2025"));
}

} // namespace thidua::test
