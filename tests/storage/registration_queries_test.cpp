#include "evaluation_repository.h"
#include "period_repository.h"
#include "person_repository.h"
#include "registration_repository.h"
#include "temp_database.h"
#include "test_data.h"

#include <gtest/gtest.h>

using namespace thidua;

namespace {

class RegistrationQueries : public ::testing::Test {
protected:
    void SetUp() override {
        department = test::addUnit(db, QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"));
        section =
            test::addUnit(db, QStringLiteral("Phòng Phổ biến, giáo dục pháp luật"), department.id);
        head = test::addPerson(db, QStringLiteral("Nguyễn Văn Hùng"), department.id,
                               domain::Gender::Male);
        an = test::addPerson(db, QStringLiteral("Lê Thị An"), section.id, domain::Gender::Female);
        binh =
            test::addPerson(db, QStringLiteral("Trần Văn Bình"), section.id, domain::Gender::Male);
        ASSERT_TRUE(storage::PeriodRepository(db).ensure(year));
    }

    domain::Registration registration(domain::RowId personId, const QString& title) {
        domain::Registration result;
        result.periodId = year.id;
        result.personId = personId;
        result.titleCode = title;
        result.registeredOn = QDate(2025, 1, 15);
        EXPECT_TRUE(registrations.insert(result));
        return result;
    }

    test::TempDatabase temp;
    storage::Database db = temp.open();
    storage::RegistrationRepository registrations{db};
    domain::Period year = domain::calendarYear(2025);
    domain::Unit department;
    domain::Unit section;
    domain::Person head;
    domain::Person an;
    domain::Person binh;
};

} // namespace

TEST_F(RegistrationQueries, StatusChangesAreStoredAndReadBack) {
    auto stored = registration(an.id, QStringLiteral("LDTT"));
    stored.status = domain::RegistrationStatus::Returned;
    stored.returnReason = QStringLiteral("Thiếu bản đăng ký có chữ ký");
    ASSERT_TRUE(registrations.updateStatus(stored));
    const auto read = registrations.find(stored.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->status, domain::RegistrationStatus::Returned);
    EXPECT_EQ(read->returnReason, stored.returnReason);
    EXPECT_EQ(read->personId, an.id);
    EXPECT_EQ(read->registeredOn, QDate(2025, 1, 15));

    ASSERT_TRUE(registrations.remove(stored.id));
    EXPECT_EQ(registrations.find(stored.id).error().code, ErrorCode::NotFound);
}

TEST_F(RegistrationQueries, FindsTheSameSubjectTitleAndPeriod) {
    const auto first = registration(an.id, QStringLiteral("LDTT"));
    domain::Registration again = first;
    again.id = domain::NoId;
    const auto same = registrations.findSame(again);
    ASSERT_TRUE(same);
    ASSERT_TRUE(same->has_value());
    EXPECT_EQ((*same)->id, first.id);
    again.titleCode = QStringLiteral("CSTDCS");
    EXPECT_FALSE(registrations.findSame(again)->has_value());
}

TEST_F(RegistrationQueries, CoverageCountsTheUnitAndTheUnitsBelowIt) {
    registration(an.id, QStringLiteral("LDTT"));
    registration(an.id, QStringLiteral("CSTDCS")); // one person, counted once
    const auto whole = registrations.coverage(year.id, department.id);
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->staff, 3);
    EXPECT_EQ(whole->registered, 1);
    const auto part = registrations.coverage(year.id, section.id);
    EXPECT_EQ(part->staff, 2);
    EXPECT_EQ(part->registered, 1);
}

TEST_F(RegistrationQueries, UnregisteredPeopleOfAUnitInListOrder) {
    registration(binh.id, QStringLiteral("CSTDCS"));
    auto missing = registrations.unregisteredPeople(year.id, section.id, QStringLiteral("LDTT"));
    ASSERT_TRUE(missing);
    EXPECT_EQ(*missing, (std::vector<domain::RowId>{an.id, binh.id})); // An before Bình
    registration(an.id, QStringLiteral("LDTT"));
    missing = registrations.unregisteredPeople(year.id, section.id, QStringLiteral("LDTT"));
    EXPECT_EQ(*missing, (std::vector<domain::RowId>{binh.id}));
}

TEST_F(RegistrationQueries, PeriodsKeepTheirDeadlineAndClosing) {
    year.registrationDeadline = QDate(2025, 2, 15);
    year.closed = true;
    ASSERT_TRUE(storage::PeriodRepository(db).update(year));
    const auto read = storage::PeriodRepository(db).find(year.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->registrationDeadline, QDate(2025, 2, 15));
    EXPECT_TRUE(read->closed);
}

TEST_F(RegistrationQueries, OneGradePerSubjectAndYear) {
    storage::EvaluationRepository evaluations(db);
    domain::Evaluation grade{
        domain::NoId, {}, 2024, an.id, domain::NoId, domain::Grade::Excellent, {}};
    ASSERT_TRUE(evaluations.insert(grade));
    domain::Evaluation twice = grade;
    twice.uuid.clear();
    twice.grade = domain::Grade::Good;
    const auto refused = evaluations.insert(twice);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    domain::Evaluation unitGrade{domain::NoId,
                                 {},
                                 2024,
                                 domain::NoId,
                                 section.id,
                                 domain::Grade::Good,
                                 QStringLiteral("Tập thể")};
    ASSERT_TRUE(evaluations.insert(unitGrade));
    EXPECT_EQ(evaluations.forPerson(an.id)->front().grade, domain::Grade::Excellent);
    EXPECT_EQ(evaluations.forUnit(section.id)->front().note, QStringLiteral("Tập thể"));
}

TEST_F(RegistrationQueries, DisciplineRecordsMayBeOpenEnded) {
    storage::EvaluationRepository evaluations(db);
    domain::Discipline record{domain::NoId,
                              {},
                              binh.id,
                              domain::DisciplineForm::Warning,
                              QStringLiteral("Quyết định số 12/QĐ-STP"),
                              QDate(2024, 3, 5),
                              QDate(),
                              QStringLiteral("Vi phạm quy chế")};
    ASSERT_TRUE(evaluations.insert(record));
    const auto read = evaluations.disciplineOf(binh.id);
    ASSERT_EQ(read->size(), 1u);
    EXPECT_EQ(read->front().form, domain::DisciplineForm::Warning);
    EXPECT_FALSE(read->front().end.isValid());
    EXPECT_TRUE(read->front().activeOn(QDate(2026, 1, 1)));
}

TEST_F(RegistrationQueries, APeriodsRegistrationsAndAYearsGradesAreReadInOneQuery) {
    const auto first = registration(an.id, QStringLiteral("LDTT"));
    registration(binh.id, QStringLiteral("CSTDCS"));
    domain::Period other = domain::calendarYear(2024);
    ASSERT_TRUE(storage::PeriodRepository(db).ensure(other));
    const auto registered = registrations.inPeriod(year.id);
    ASSERT_TRUE(registered);
    ASSERT_EQ(registered->size(), 2u);
    EXPECT_EQ(registered->front().uuid, first.uuid);
    EXPECT_TRUE(registrations.inPeriod(other.id)->empty());

    storage::EvaluationRepository evaluations(db);
    domain::Evaluation person{domain::NoId, {}, 2024, an.id, domain::NoId, domain::Grade::Good, {}};
    domain::Evaluation unit{
        domain::NoId, {}, 2024, domain::NoId, section.id, domain::Grade::Excellent, {}};
    domain::Evaluation later{domain::NoId, {}, 2025, an.id, domain::NoId, domain::Grade::Good, {}};
    for (auto* evaluation : {&person, &unit, &later})
        ASSERT_TRUE(evaluations.insert(*evaluation));
    const auto graded = evaluations.inYear(2024);
    ASSERT_TRUE(graded);
    ASSERT_EQ(graded->size(), 2u);
    EXPECT_EQ(graded->at(1).unitId, section.id);
    EXPECT_EQ(graded->at(1).grade, domain::Grade::Excellent);
}

TEST_F(RegistrationQueries, PeopleAreFoundByManySearchKeysAtOnce) {
    storage::PersonRepository people(db);
    const auto found = people.findBySearchKeys(
        {QStringLiteral("le thi an"), QStringLiteral("tran van binh"), QStringLiteral("khong co")});
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 2u);
    EXPECT_EQ(found->at(0).person.id, an.id);
    EXPECT_EQ(found->at(0).searchKey, QStringLiteral("le thi an"));
    EXPECT_EQ(found->at(1).person.name.fullName(), QStringLiteral("Trần Văn Bình"));
    EXPECT_TRUE(people.findBySearchKeys({})->empty());
    // A key is data, not SQL or JSON syntax.
    EXPECT_TRUE(people.findBySearchKeys({QStringLiteral("\"]' OR 1=1 --")})->empty());
}

// Few keys against a large catalogue take the index instead of reading the
// table in order: the same people either way, each key's in id order.
TEST_F(RegistrationQueries, AFewKeysAmongManyPeopleFindTheSamePeople) {
    for (int i = 0; i < 150; ++i)
        test::addPerson(db, QStringLiteral("Phạm Văn Số %1").arg(i), section.id,
                        domain::Gender::Male);
    const domain::RowId lastAn =
        test::addPerson(db, QStringLiteral("Lê Thị An"), department.id, domain::Gender::Female).id;
    storage::PersonRepository people(db);
    const auto found = people.findBySearchKeys({QStringLiteral("le thi an")});
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 2u);
    EXPECT_EQ(found->at(0).person.id, an.id);
    EXPECT_EQ(found->at(1).person.id, lastAn);
    EXPECT_EQ(found->at(1).person.unitId, department.id);
    EXPECT_EQ(found->at(1).searchKey, QStringLiteral("le thi an"));
}
