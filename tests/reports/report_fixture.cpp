#include "report_fixture.h"

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
                        domain::RowId unitId) {
    domain::Person person;
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

    const domain::RowId director =
        addPerson(db, QStringLiteral("Nguyễn Văn Dũng"), QStringLiteral("Giám đốc"), department);
    const domain::RowId an =
        addPerson(db, QStringLiteral("Lý Thị An"), QStringLiteral("Chánh Văn phòng"), office);
    const domain::RowId binh =
        addPerson(db, QStringLiteral("Bùi Văn Bình"), QStringLiteral("Chuyên viên"), office);
    const domain::RowId cuc = addPerson(db, QStringLiteral("Trần Thị Cúc"),
                                        QStringLiteral("Thanh tra viên"), inspectorate);
    const domain::RowId em =
        addPerson(db, QStringLiteral("Phạm Văn Em"), QStringLiteral("Chuyên viên"), vu);

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

} // namespace thidua::test
