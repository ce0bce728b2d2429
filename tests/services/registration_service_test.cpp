#include "audit_log.h"
#include "catalogue_service.h"
#include "change_events.h"
#include "fake_clock.h"
#include "period_repository.h"
#include "registration_service.h"
#include "temp_database.h"
#include "workspace.h"
#include "workspace_fixture.h"

#include <gtest/gtest.h>

using namespace thidua;
using domain::RegistrationStatus;

namespace {

class RegistrationServiceTest : public test::WorkspaceFixture {
protected:
    void SetUp() override {
        WorkspaceFixture::SetUp();
        if (HasFatalFailure())
            return;
        section = unit(QStringLiteral("Phòng Hành chính tư pháp"));
        an = addPerson(QStringLiteral("Lê Thị An"), section);
        binh = addPerson(QStringLiteral("Trần Văn Bình"), section);
        {
            auto db = temp.open();
            ASSERT_TRUE(storage::PeriodRepository(db).ensure(year));
        }
        keepEvents();
    }

    domain::RowId unit(const QString& name) {
        domain::Unit created;
        created.name = name;
        return addUnit(created);
    }

    domain::Registration individual(domain::RowId personId, const QString& title,
                                    QDate on = QDate(2025, 1, 20)) const {
        domain::Registration registration;
        registration.periodId = year.id;
        registration.personId = personId;
        registration.titleCode = title;
        registration.registeredOn = on;
        return registration;
    }

    services::RegistrationService& service() { return workspace->registrations(); }

    domain::Period year = domain::calendarYear(2025);
    domain::RowId section = domain::NoId;
    domain::RowId an = domain::NoId;
    domain::RowId binh = domain::NoId;
};

} // namespace

TEST_F(RegistrationServiceTest, ARegistrationIsStoredAuditedAndAnnounced) {
    const qint64 before = auditRows();
    // The clerk types the abbreviation as it is written on paper.
    auto made = service().registerTitle(individual(an, QStringLiteral("LĐTT")));
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_EQ(made->registration.titleCode, QStringLiteral("LDTT"));
    EXPECT_TRUE(made->warning.isEmpty());
    EXPECT_EQ(auditRows(), before + 1);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(std::get<services::RegistrationChanged>(events.front()).periodId, year.id);
}

TEST_F(RegistrationServiceTest, TheSameRegistrationTwiceIsRefusedNamingWhoAndWhat) {
    ASSERT_TRUE(service().registerTitle(individual(an, QStringLiteral("LDTT"))));
    const auto twice = service().registerTitle(individual(an, QStringLiteral("LDTT")));
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("Lê Thị An")))
        << twice.error().message.toStdString();
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("Lao động tiên tiến")));
    // Another title in the same year is a different registration.
    EXPECT_TRUE(service().registerTitle(individual(an, QStringLiteral("CSTĐCS"))));
}

TEST_F(RegistrationServiceTest, RulesOfTheDomainAreKept) {
    auto collectiveTitle = service().registerTitle(individual(an, QStringLiteral("TTLĐTT")));
    ASSERT_FALSE(collectiveTitle);
    EXPECT_TRUE(collectiveTitle.error().message.contains(QStringLiteral("Lê Thị An")));

    auto outside =
        service().registerTitle(individual(an, QStringLiteral("LDTT"), QDate(2026, 1, 5)));
    ASSERT_FALSE(outside);
    EXPECT_TRUE(outside.error().message.contains(QStringLiteral("05/01/2026")));

    auto unknown = service().registerTitle(individual(an, QStringLiteral("Anh hùng")));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("Anh hùng")));
    EXPECT_TRUE(events.empty());
}

TEST_F(RegistrationServiceTest, LateRegistrationsAreTakenWithAWarning) {
    ASSERT_TRUE(service().setRegistrationDeadline(year.id, QDate(2025, 2, 15)));
    const auto late =
        service().registerTitle(individual(an, QStringLiteral("LDTT"), QDate(2025, 3, 1)));
    ASSERT_TRUE(late);
    EXPECT_TRUE(late->warning.contains(QStringLiteral("15/02/2025")))
        << late->warning.toStdString();
    EXPECT_FALSE(service().setRegistrationDeadline(year.id, QDate(2026, 1, 1)));
}

TEST_F(RegistrationServiceTest, AClosedYearRefusesChanges) {
    const auto made = service().registerTitle(individual(an, QStringLiteral("LDTT")));
    ASSERT_TRUE(made);
    ASSERT_TRUE(service().setClosed(year.id, true));
    EXPECT_FALSE(service().registerTitle(individual(binh, QStringLiteral("LDTT"))));
    EXPECT_FALSE(service().remove({made->registration.id}));
    EXPECT_FALSE(service().changeStatus(made->registration.id, RegistrationStatus::Submitted, {}));
    ASSERT_TRUE(service().setClosed(year.id, false));
    EXPECT_TRUE(service().changeStatus(made->registration.id, RegistrationStatus::Submitted, {}));
}

TEST_F(RegistrationServiceTest, TheWorkflowNeedsAReasonToReturn) {
    const auto made = service().registerTitle(individual(an, QStringLiteral("LDTT")));
    const domain::RowId id = made->registration.id;
    EXPECT_FALSE(service().changeStatus(id, RegistrationStatus::Accepted, {}));
    ASSERT_TRUE(service().changeStatus(id, RegistrationStatus::Submitted, {}));
    EXPECT_FALSE(service().changeStatus(id, RegistrationStatus::Returned, QStringLiteral(" ")));
    ASSERT_TRUE(
        service().changeStatus(id, RegistrationStatus::Returned, QStringLiteral("Thiếu chữ ký")));
    ASSERT_TRUE(service().changeStatus(id, RegistrationStatus::Submitted, {}));
    ASSERT_TRUE(service().changeStatus(id, RegistrationStatus::Accepted, {}));
}

TEST_F(RegistrationServiceTest, AUnitsRegistrationsMoveTogetherSkippingThoseAlreadyThere) {
    const domain::RowId first =
        service().registerTitle(individual(an, QStringLiteral("LDTT")))->registration.id;
    const domain::RowId second =
        service().registerTitle(individual(binh, QStringLiteral("LDTT")))->registration.id;
    ASSERT_TRUE(service().changeStatus(first, RegistrationStatus::Submitted, {}));
    events.clear();
    EXPECT_EQ(*service().changeStatuses({first, second}, RegistrationStatus::Submitted, {}), 1);
    EXPECT_EQ(events.size(), 1u);
    // Returning needs a reason for the whole batch; nothing moves without one.
    auto noReason = service().changeStatuses({first, second}, RegistrationStatus::Returned, {});
    ASSERT_FALSE(noReason);
    EXPECT_TRUE(noReason.error().message.contains(QStringLiteral("why")));
    EXPECT_EQ(*service().changeStatuses({first, second}, RegistrationStatus::Accepted, {}), 2);
    auto again = service().changeStatuses({first}, RegistrationStatus::Accepted, {});
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("Accepted")));
    EXPECT_EQ(*service().changeStatuses({}, RegistrationStatus::Accepted, {}), 0);
}

TEST_F(RegistrationServiceTest, RegisteringAWholeUnitIsOneStepThatCanBeUndone) {
    ASSERT_TRUE(service().registerTitle(individual(an, QStringLiteral("LDTT"))));
    const qint64 auditBefore = auditRows();
    const auto bulk =
        service().registerUnitStaff(section, year.id, QStringLiteral("LDTT"), QDate(2025, 1, 20));
    ASSERT_TRUE(bulk) << bulk.error().message.toStdString();
    EXPECT_EQ(bulk->created.size(), 1u); // Bình; An was registered already
    EXPECT_EQ(bulk->alreadyRegistered, 1);
    EXPECT_EQ(service().coverage(year.id, section)->percent(), 100);
    EXPECT_EQ(auditRows(), auditBefore + 1);

    ASSERT_TRUE(service().remove(bulk->created));
    const auto after = service().coverage(year.id, section);
    EXPECT_EQ(after->staff, 2);
    EXPECT_EQ(after->registered, 1);
    EXPECT_EQ(after->percent(), 50);
}

TEST_F(RegistrationServiceTest, TitlesOfferedFitTheSubject) {
    const auto individuals = service().titlesFor(year.id, domain::TitleSubject::Individual);
    ASSERT_TRUE(individuals);
    ASSERT_FALSE(individuals->empty());
    for (const auto& title : *individuals)
        EXPECT_EQ(title.subject, domain::TitleSubject::Individual) << title.code.toStdString();
}

TEST_F(RegistrationServiceTest, TheSheetListsEveryPersonWithTheirTitles) {
    ASSERT_TRUE(service().registerTitle(individual(binh, QStringLiteral("LDTT"))));
    ASSERT_TRUE(service().registerTitle(individual(binh, QStringLiteral("CSTDCS"))));
    const auto sheet = service().unitSheet(year.id, section);
    ASSERT_TRUE(sheet);
    ASSERT_EQ(sheet->size(), 2u);
    EXPECT_EQ((*sheet)[0].fullName, QStringLiteral("Lê Thị An"));
    EXPECT_TRUE((*sheet)[0].registrations.empty());
    ASSERT_EQ((*sheet)[1].registrations.size(), 2u);
    // By precedence: CSTĐCS before LĐTT.
    EXPECT_EQ((*sheet)[1].registrations[0].abbreviation, QStringLiteral("CSTĐCS"));
    EXPECT_EQ((*sheet)[1].registrations[1].abbreviation, QStringLiteral("LĐTT"));
}

TEST_F(RegistrationServiceTest, TypingTheTitlesOfAPersonAddsAndRemovesDrafts) {
    auto change = service().setTitles(
        year.id, an, {QStringLiteral("LĐTT"), QStringLiteral("cstđcs")}, QDate(2025, 1, 20));
    ASSERT_TRUE(change) << change.error().message.toStdString();
    EXPECT_TRUE(change->before.isEmpty());
    EXPECT_EQ(change->after, (QStringList{QStringLiteral("LDTT"), QStringLiteral("CSTDCS")}));
    EXPECT_EQ(service().unitSheet(year.id, section)->front().registrations.size(), 2u);

    change = service().setTitles(year.id, an, {QStringLiteral("LĐTT")}, QDate(2025, 1, 21));
    ASSERT_TRUE(change);
    const auto sheet = service().unitSheet(year.id, section);
    ASSERT_EQ(sheet->front().registrations.size(), 1u);
    EXPECT_EQ(sheet->front().registrations.front().titleCode, QStringLiteral("LDTT"));

    // Undo is the same call with the titles from before.
    ASSERT_TRUE(service().setTitles(year.id, an, change->before, QDate(2025, 1, 21)));
    EXPECT_EQ(service().unitSheet(year.id, section)->front().registrations.size(), 2u);
}

TEST_F(RegistrationServiceTest, TypedTitlesThatDoNotExistOrAreSettledAreRefused) {
    auto unknown = service().setTitles(year.id, an, {QStringLiteral("LĐXS")}, QDate(2025, 1, 20));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("LĐXS")));

    const auto made = service().registerTitle(individual(an, QStringLiteral("LDTT")));
    ASSERT_TRUE(service().changeStatus(made->registration.id, RegistrationStatus::Submitted, {}));
    const auto settled = service().setTitles(year.id, an, {}, QDate(2025, 1, 20));
    ASSERT_FALSE(settled);
    EXPECT_TRUE(settled.error().message.contains(QStringLiteral("LĐTT")))
        << settled.error().message.toStdString();
    EXPECT_EQ(service().unitSheet(year.id, section)->front().registrations.size(), 1u);
}
