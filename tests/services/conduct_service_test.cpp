#include "audit_log.h"
#include "catalogue_service.h"
#include "change_events.h"
#include "conduct_service.h"
#include "fake_clock.h"
#include "temp_database.h"
#include "workspace.h"
#include "workspace_fixture.h"

#include <gtest/gtest.h>

using namespace thidua;

namespace {

// The fake clock stands on 15/01/2026: grades are kept up to 2026.
class ConductServiceTest : public test::WorkspaceFixture {
protected:
    void SetUp() override {
        WorkspaceFixture::SetUp();
        if (HasFatalFailure())
            return;
        domain::Unit unit;
        unit.name = QStringLiteral("Cục Con nuôi");
        unitId = addUnit(unit);
        personId = addPerson(QStringLiteral("Nguyễn Thị Lan"), unitId);
        keepEvents();
    }

    domain::Discipline reprimand(QDate start, QDate end = {}) const {
        domain::Discipline record;
        record.personId = personId;
        record.form = domain::DisciplineForm::Reprimand;
        record.decision = QStringLiteral("Quyết định số 12/QĐ-CCN");
        record.start = start;
        record.end = end;
        record.reason = QStringLiteral("Vi phạm quy chế làm việc");
        return record;
    }

    services::ConductService& conduct() { return workspace->conduct(); }

    domain::RowId unitId = domain::NoId;
    domain::RowId personId = domain::NoId;
};

} // namespace

TEST_F(ConductServiceTest, AYearsGradeIsWrittenThenReplacedEachAudited) {
    const auto lan = services::ConductSubject::person(personId);
    auto set = conduct().setGrade(lan, 2024, domain::Grade::Good, QStringLiteral(" tốt "));
    ASSERT_TRUE(set) << set.error().message.toStdString();
    auto replaced = conduct().setGrade(lan, 2024, domain::Grade::Excellent, {});
    ASSERT_TRUE(replaced);
    EXPECT_EQ(replaced->uuid, set->uuid);
    ASSERT_TRUE(conduct().setGrade(lan, 2023, domain::Grade::Completed, {}));

    const auto grades = *conduct().grades(lan);
    ASSERT_EQ(grades.size(), 2u);
    EXPECT_EQ(grades[0].year, 2023);
    EXPECT_EQ(grades[1].grade, domain::Grade::Excellent);
    EXPECT_TRUE(conduct().grades(services::ConductSubject::unit(unitId))->empty());

    const auto audit = auditOf(QStringLiteral("evaluation"), set->uuid);
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[0].action, storage::AuditAction::Create);
    EXPECT_EQ(audit[0].after.value(QStringLiteral("note")).toString(), QStringLiteral("tốt"));
    EXPECT_EQ(audit[1].action, storage::AuditAction::Update);
    EXPECT_EQ(audit[1].before.value(QStringLiteral("grade")).toString(), QStringLiteral("HTTNV"));
    EXPECT_EQ(audit[1].after.value(QStringLiteral("grade")).toString(), QStringLiteral("HTXSNV"));
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(std::get<services::ConductChanged>(events[0]).personId, personId);
}

TEST_F(ConductServiceTest, AUnitIsGradedAndAGradeRemoved) {
    const auto cuc = services::ConductSubject::unit(unitId);
    auto set = conduct().setGrade(cuc, 2025, domain::Grade::Good, {});
    ASSERT_TRUE(set);
    EXPECT_EQ(set->unitId, unitId);
    EXPECT_EQ(set->personId, domain::NoId);
    ASSERT_TRUE(conduct().removeGrade(cuc, 2025));
    EXPECT_TRUE(conduct().grades(cuc)->empty());
    const auto audit = auditOf(QStringLiteral("evaluation"), set->uuid);
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[1].action, storage::AuditAction::Delete);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(std::get<services::ConductChanged>(events[1]).unitId, unitId);
    // Removing a year without a grade changes nothing.
    EXPECT_TRUE(conduct().removeGrade(cuc, 2025));
}

TEST_F(ConductServiceTest, AGradeOutsideTheKeptYearsOrForNobodyIsRefused) {
    const auto lan = services::ConductSubject::person(personId);
    for (int year : {1999, 2027}) {
        auto refused = conduct().setGrade(lan, year, domain::Grade::Good, {});
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(refused.error().message.contains(QString::number(year)));
    }
    auto nobody =
        conduct().setGrade(services::ConductSubject::person(4242), 2024, domain::Grade::Good, {});
    ASSERT_FALSE(nobody);
    EXPECT_EQ(nobody.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(conduct().grades(lan)->empty());
    EXPECT_TRUE(events.empty());
}

TEST_F(ConductServiceTest, AUnitIsGradedOnlyForTheYearsItExisted) {
    domain::Unit merged;
    merged.name = QStringLiteral("Trung tâm Lý lịch tư pháp");
    merged.activeFrom = QDate(2019, 3, 1);
    merged.activeTo = QDate(2024, 6, 30); // merged in the reorganisation
    const auto centre = services::ConductSubject::unit(addUnit(merged));
    EXPECT_TRUE(conduct().setGrade(centre, 2019, domain::Grade::Good, {}));
    EXPECT_TRUE(conduct().setGrade(centre, 2024, domain::Grade::Good, {}));
    for (int year : {2018, 2025}) {
        auto refused = conduct().setGrade(centre, year, domain::Grade::Good, {});
        ASSERT_FALSE(refused) << year;
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Trung tâm Lý lịch tư pháp")));
        EXPECT_TRUE(refused.error().message.contains(QString::number(year)));
    }
    EXPECT_EQ(conduct().grades(centre)->size(), 2u);
}

TEST_F(ConductServiceTest, DisciplineRecordsAreAddedEditedAndRemovedEachAudited) {
    auto added = conduct().addDiscipline(reprimand(QDate(2024, 3, 5), QDate(2025, 3, 4)));
    ASSERT_TRUE(added) << added.error().message.toStdString();
    // A heavier form while the first runs: both are kept.
    domain::Discipline warning = reprimand(QDate(2024, 9, 1));
    warning.form = domain::DisciplineForm::Warning;
    auto second = conduct().addDiscipline(warning);
    ASSERT_TRUE(second) << second.error().message.toStdString();

    domain::Discipline edited = *added;
    edited.end = QDate(2025, 3, 5);
    edited.reason = QStringLiteral("Vi phạm  quy chế");
    ASSERT_TRUE(conduct().updateDiscipline(edited));
    auto records = *conduct().discipline(personId);
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].end, QDate(2025, 3, 5));
    EXPECT_EQ(records[0].reason, QStringLiteral("Vi phạm quy chế"));

    ASSERT_TRUE(conduct().removeDiscipline(second->id));
    EXPECT_EQ(conduct().discipline(personId)->size(), 1u);

    const auto audit = auditOf(QStringLiteral("discipline"), added->uuid);
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[1].action, storage::AuditAction::Update);
    EXPECT_EQ(audit[1].before.value(QStringLiteral("end_date")).toString(),
              QStringLiteral("2025-03-04"));
    EXPECT_EQ(auditOf(QStringLiteral("discipline"), second->uuid).back().action,
              storage::AuditAction::Delete);
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(std::get<services::ConductChanged>(events[3]).personId, personId);
}

TEST_F(ConductServiceTest, AGivenUuidIsKeptSoThatUndoFindsTheRecordAgain) {
    domain::Discipline record = reprimand(QDate(2024, 3, 5));
    record.uuid = QStringLiteral("0190f1a2-0000-7000-8000-000000000001");
    auto added = conduct().addDiscipline(record);
    ASSERT_TRUE(added);
    EXPECT_EQ(conduct().discipline(personId)->front().uuid, record.uuid);
}

TEST_F(ConductServiceTest, ADisciplineRecordWithoutStartEndingBeforeItOrTypedTwiceIsRefused) {
    auto noStart = conduct().addDiscipline(reprimand({}));
    ASSERT_FALSE(noStart);
    EXPECT_EQ(noStart.error().code, ErrorCode::InvalidInput);
    auto backwards = conduct().addDiscipline(reprimand(QDate(2024, 3, 5), QDate(2024, 3, 1)));
    ASSERT_FALSE(backwards);
    EXPECT_TRUE(backwards.error().message.contains(QStringLiteral("01/03/2024")));

    auto added = conduct().addDiscipline(reprimand(QDate(2024, 3, 5)));
    ASSERT_TRUE(added);
    EXPECT_FALSE(conduct().addDiscipline(reprimand(QDate(2024, 3, 5))));
    domain::Discipline edited = *added;
    edited.end = QDate(2023, 1, 1);
    EXPECT_FALSE(conduct().updateDiscipline(edited));
    EXPECT_EQ(conduct().discipline(personId)->front().end, QDate());
    EXPECT_FALSE(conduct().removeDiscipline(4242));
    EXPECT_EQ(events.size(), 1u);
}
