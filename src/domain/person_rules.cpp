#include "person_rules.h"

#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

int ageOn(QDate birthDate, QDate day) {
    const int years = day.year() - birthDate.year();
    const bool birthdayPassed =
        std::pair(day.month(), day.day()) >= std::pair(birthDate.month(), birthDate.day());
    return birthdayPassed ? years : years - 1;
}

} // namespace

QString compactIdentityNumber(const QString& text) {
    QString digits = text;
    digits.removeIf([](QChar c) { return c.isSpace() || c == QLatin1Char('.'); });
    return digits;
}

bool isIdentityNumber(const QString& text) {
    if (text.size() != 12 && text.size() != 9)
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

std::optional<QString> personRefusal(const Person& person, QDate today) {
    if (vn::normalized(person.name.given).isEmpty())
        return Text::tr(
            "Given name: type the given name (tên), e.g. \"Lan\" in \"Nguyễn Thị Lan\".");
    if (person.birthDate.isValid()) {
        if (person.birthDate > today)
            return Text::tr("Date of birth: %1 is in the future.")
                .arg(vn::formatDate(person.birthDate));
        const int age = ageOn(person.birthDate, today);
        if (age < YoungestAge || age > OldestAge)
            return Text::tr("Date of birth: %1 gives an age of %2 today; a civil servant is "
                            "between %3 and %4 years old.")
                .arg(vn::formatDate(person.birthDate))
                .arg(age)
                .arg(YoungestAge)
                .arg(OldestAge);
    }
    const QString identity = compactIdentityNumber(person.identityNumber);
    if (!identity.isEmpty() && !isIdentityNumber(identity))
        return Text::tr("Identity number: \"%1\" is neither 12 digits (citizen identity card) "
                        "nor 9 digits (old identity card).")
            .arg(person.identityNumber);
    return std::nullopt;
}

} // namespace thidua::domain
