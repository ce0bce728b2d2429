#include "discipline.h"
#include "evaluation.h"
#include "registration_rules.h"
#include "title_lookup.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

namespace {

Title title(const QString& code, TitleSubject subject, QDate validFrom = QDate(2018, 1, 1),
            QDate validTo = {}) {
    Title result;
    result.code = code;
    result.name = code == QStringLiteral("LDTT") ? QStringLiteral("Lao động tiên tiến")
                                                 : QStringLiteral("Tập thể lao động tiên tiến");
    result.subject = subject;
    result.validFrom = validFrom;
    result.validTo = validTo;
    return result;
}

Registration personRegistration(QDate on) {
    Registration registration;
    registration.personId = 7;
    registration.titleCode = QStringLiteral("LDTT");
    registration.registeredOn = on;
    return registration;
}

const Title ldtt = title(QStringLiteral("LDTT"), TitleSubject::Individual);
const Title ttldtt = title(QStringLiteral("TTLDTT"), TitleSubject::Collective);

} // namespace

TEST(RegistrationRules, APersonMayRegisterAnIndividualTitleInAnOpenYear) {
    EXPECT_EQ(registrationRefusal(personRegistration(QDate(2025, 1, 20)), ldtt, calendarYear(2025),
                                  QStringLiteral("Nguyễn Văn An")),
              std::nullopt);
}

TEST(RegistrationRules, TheTitleMustFitTheSubject) {
    const auto refusal = registrationRefusal(personRegistration(QDate(2025, 1, 20)), ttldtt,
                                             calendarYear(2025), QStringLiteral("Nguyễn Văn An"));
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->contains(QStringLiteral("Nguyễn Văn An"))) << refusal->toStdString();

    Registration collective;
    collective.unitId = 3;
    collective.registeredOn = QDate(2025, 1, 20);
    const auto unitRefusal =
        registrationRefusal(collective, ldtt, calendarYear(2025), QStringLiteral("Phòng Tư pháp"));
    ASSERT_TRUE(unitRefusal);
    EXPECT_TRUE(unitRefusal->contains(QStringLiteral("Phòng Tư pháp")));
    EXPECT_EQ(registrationRefusal(collective, ttldtt, calendarYear(2025), QStringLiteral("x")),
              std::nullopt);
}

TEST(RegistrationRules, ADateOutsideThePeriodIsRefusedWithThePeriodNamed) {
    const auto refusal = registrationRefusal(personRegistration(QDate(2024, 12, 30)), ldtt,
                                             calendarYear(2025), QStringLiteral("An"));
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->contains(QStringLiteral("30/12/2024"))) << refusal->toStdString();
    EXPECT_TRUE(refusal->contains(QStringLiteral("01/01/2025")));
    EXPECT_TRUE(registrationRefusal(personRegistration(QDate()), ldtt, calendarYear(2025),
                                    QStringLiteral("An")));
}

TEST(RegistrationRules, AClosedPeriodTakesNoRegistrations) {
    Period closed = calendarYear(2024);
    closed.closed = true;
    const auto refusal = registrationRefusal(personRegistration(QDate(2024, 1, 20)), ldtt, closed,
                                             QStringLiteral("An"));
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->contains(closed.label)) << refusal->toStdString();
}

TEST(RegistrationRules, ATitleMustBeInForceDuringThePeriod) {
    const Title repealed = title(QStringLiteral("LDTT"), TitleSubject::Individual,
                                 QDate(2018, 1, 1), QDate(2019, 12, 31));
    EXPECT_TRUE(registrationRefusal(personRegistration(QDate(2025, 1, 20)), repealed,
                                    calendarYear(2025), QStringLiteral("An")));
    EXPECT_FALSE(registrationRefusal(personRegistration(QDate(2019, 1, 20)), repealed,
                                     calendarYear(2019), QStringLiteral("An")));
}

TEST(RegistrationRules, LateRegistrationsAreTakenWithAWarning) {
    Period year = calendarYear(2025);
    year.registrationDeadline = QDate(2025, 2, 15);
    EXPECT_EQ(lateRegistrationWarning(personRegistration(QDate(2025, 2, 15)), year), std::nullopt);
    const auto warning = lateRegistrationWarning(personRegistration(QDate(2025, 2, 16)), year);
    ASSERT_TRUE(warning);
    EXPECT_TRUE(warning->contains(QStringLiteral("15/02/2025"))) << warning->toStdString();
    year.registrationDeadline = QDate();
    EXPECT_EQ(lateRegistrationWarning(personRegistration(QDate(2025, 12, 1)), year), std::nullopt);
}

TEST(RegistrationRules, StatusMovesAlongTheWorkflowOnly) {
    using enum RegistrationStatus;
    EXPECT_FALSE(statusChangeRefusal(Draft, Submitted, {}));
    EXPECT_FALSE(statusChangeRefusal(Submitted, Accepted, {}));
    EXPECT_FALSE(statusChangeRefusal(Submitted, Returned, QStringLiteral("Thiếu chữ ký")));
    EXPECT_FALSE(statusChangeRefusal(Returned, Submitted, {}));
    EXPECT_FALSE(statusChangeRefusal(Accepted, Submitted, {}));
    EXPECT_TRUE(statusChangeRefusal(Draft, Accepted, {}));
    EXPECT_TRUE(statusChangeRefusal(Accepted, Returned, QStringLiteral("x")));
    EXPECT_TRUE(statusChangeRefusal(Draft, Draft, {}));
    // Returning without a reason leaves the unit nothing to correct.
    EXPECT_TRUE(statusChangeRefusal(Submitted, Returned, QStringLiteral("   ")));
}

TEST(Evaluation, GradesReadFromCodesAndWords) {
    EXPECT_EQ(gradeFromText(QStringLiteral("HTXSNV")), Grade::Excellent);
    EXPECT_EQ(gradeFromText(QStringLiteral("httnv")), Grade::Good);
    EXPECT_EQ(gradeFromText(QStringLiteral("Hoàn thành nhiệm vụ")), Grade::Completed);
    EXPECT_EQ(gradeFromText(QStringLiteral("khong hoan thanh nhiem vu")), Grade::NotCompleted);
    EXPECT_EQ(gradeFromText(QStringLiteral("Tốt")), std::nullopt);
    EXPECT_EQ(gradeCode(Grade::Completed), QStringLiteral("HTNV"));
    EXPECT_TRUE(atLeastGood(Grade::Excellent));
    EXPECT_FALSE(atLeastGood(Grade::Completed));
}

TEST(Discipline, RunsFromItsStartToItsEndOrOpenEnded) {
    Discipline record;
    record.start = QDate(2024, 3, 5);
    record.end = QDate(2025, 3, 4);
    EXPECT_FALSE(record.activeOn(QDate(2024, 3, 4)));
    EXPECT_TRUE(record.activeOn(QDate(2025, 3, 4)));
    EXPECT_FALSE(record.activeOn(QDate(2025, 3, 5)));
    EXPECT_TRUE(record.overlaps(QDate(2025, 1, 1), QDate(2025, 12, 31)));
    EXPECT_FALSE(record.overlaps(QDate(2026, 1, 1), QDate(2026, 12, 31)));
    record.end = QDate();
    EXPECT_TRUE(record.activeOn(QDate(2030, 1, 1)));
    EXPECT_EQ(disciplineFormFromText(QStringLiteral("canh cao")), DisciplineForm::Warning);
    EXPECT_EQ(disciplineFormFromText(QStringLiteral("Khiển trách")), DisciplineForm::Reprimand);
    EXPECT_EQ(disciplineFormFromText(QStringLiteral("demotion")), DisciplineForm::Demotion);
    EXPECT_EQ(disciplineFormFromText(QStringLiteral("phạt tiền")), std::nullopt);
}

TEST(TitleLookup, FindsTitlesAsClerksWriteThem) {
    Title cstdcs = title(QStringLiteral("CSTDCS"), TitleSubject::Individual);
    cstdcs.abbreviation = QStringLiteral("CSTĐCS");
    cstdcs.name = QStringLiteral("Chiến sĩ thi đua cơ sở");
    Title ldttTitle = ldtt;
    ldttTitle.abbreviation = QStringLiteral("LĐTT");
    const std::vector<Title> titles{ldttTitle, cstdcs};
    EXPECT_EQ(findTitle(titles, QStringLiteral("LĐTT")), &titles[0]);
    EXPECT_EQ(findTitle(titles, QStringLiteral("ldtt")), &titles[0]);
    EXPECT_EQ(findTitle(titles, QStringLiteral("cstđcs")), &titles[1]);
    EXPECT_EQ(findTitle(titles, QStringLiteral("Chiến sĩ thi đua cơ sở")), &titles[1]);
    EXPECT_EQ(findTitle(titles, QStringLiteral("CSTĐ")), nullptr);
    EXPECT_EQ(findTitle(titles, QStringLiteral("  ")), nullptr);
}

TEST(RegistrationRules, ARegistrationMadeTodayIsDatedInsideItsPeriod) {
    Period year = calendarYear(2025);
    EXPECT_EQ(defaultRegistrationDate(year, QDate(2025, 3, 1)), QDate(2025, 3, 1));
    EXPECT_EQ(defaultRegistrationDate(year, QDate(2026, 11, 24)), QDate(2025, 1, 1));
    year.registrationDeadline = QDate(2025, 2, 15);
    EXPECT_EQ(defaultRegistrationDate(year, QDate(2026, 11, 24)), QDate(2025, 2, 15));
}
