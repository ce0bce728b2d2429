#include "person_rules.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

namespace {

const QDate today(2026, 12, 2);

Person lan() {
    Person person;
    person.name = {QStringLiteral("Nguyễn"), QStringLiteral("Thị"), QStringLiteral("Lan")};
    person.birthDate = QDate(1985, 3, 14);
    return person;
}

} // namespace

TEST(PersonRules, APersonWithAGivenNameAndAPlausibleBirthIsTaken) {
    EXPECT_EQ(personRefusal(lan(), today), std::nullopt);
    Person unknownBirth = lan();
    unknownBirth.birthDate = {};
    EXPECT_EQ(personRefusal(unknownBirth, today), std::nullopt);
}

TEST(PersonRules, TheGivenNameIsRequired) {
    Person person = lan();
    person.name.given = QStringLiteral("  ");
    const auto refusal = personRefusal(person, today);
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->startsWith(QStringLiteral("Given name"))) << refusal->toStdString();
}

TEST(PersonRules, ABirthDateInTheFutureOrOutsideWorkingAgesIsRefused) {
    Person person = lan();
    person.birthDate = today.addDays(1);
    ASSERT_TRUE(personRefusal(person, today));
    EXPECT_TRUE(personRefusal(person, today)->contains(QStringLiteral("03/12/2026")));
    // 15 on the birthday itself, 14 the day before.
    person.birthDate = QDate(2011, 12, 2);
    EXPECT_EQ(personRefusal(person, today), std::nullopt);
    person.birthDate = QDate(2011, 12, 3);
    ASSERT_TRUE(personRefusal(person, today));
    EXPECT_TRUE(personRefusal(person, today)->startsWith(QStringLiteral("Date of birth")));
    // 100 until the day before the 101st birthday.
    person.birthDate = QDate(1925, 12, 3);
    EXPECT_EQ(personRefusal(person, today), std::nullopt);
    person.birthDate = QDate(1925, 12, 2);
    EXPECT_TRUE(personRefusal(person, today));
}

TEST(PersonRules, AnIdentityNumberHasTwelveOrNineDigits) {
    Person person = lan();
    for (const QString& good : {QStringLiteral("001085012345"), QStringLiteral("001 085 012 345"),
                                QStringLiteral("012345678"), QString()}) {
        person.identityNumber = good;
        EXPECT_EQ(personRefusal(person, today), std::nullopt) << good.toStdString();
    }
    for (const QString& bad : {QStringLiteral("00108501234"), QStringLiteral("00108501234A"),
                               QStringLiteral("0123456789")}) {
        person.identityNumber = bad;
        const auto refusal = personRefusal(person, today);
        ASSERT_TRUE(refusal) << bad.toStdString();
        EXPECT_TRUE(refusal->startsWith(QStringLiteral("Identity number")));
    }
    EXPECT_EQ(compactIdentityNumber(QStringLiteral(" 001 085.012345 ")),
              QStringLiteral("001085012345"));
}
