#include "registration_rules.h"

#include "vietnamese_format.h"

#include <QCoreApplication>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

bool titleInForceDuring(const Title& title, const Period& period) {
    return title.validFrom <= period.end &&
           (!title.validTo.isValid() || title.validTo >= period.start);
}

} // namespace

std::optional<QString> registrationRefusal(const Registration& registration, const Title& title,
                                           const Period& period, const QString& subjectName) {
    if (period.closed)
        return Text::tr("The period %1 is closed; registrations can no longer change.")
            .arg(period.label);
    if (!registration.registeredOn.isValid() || !period.contains(registration.registeredOn))
        return Text::tr("The registration date %1 is outside %2 (%3–%4).")
            .arg(registration.registeredOn.isValid() ? vn::formatDate(registration.registeredOn)
                                                     : Text::tr("(none)"),
                 period.label, vn::formatDate(period.start), vn::formatDate(period.end));
    if (!titleInForceDuring(title, period))
        return Text::tr("The title %1 is not in force in %2.").arg(title.name, period.label);
    const bool individual = registration.personId != NoId;
    if (individual && title.subject == TitleSubject::Collective)
        return Text::tr("%1 is a person; %2 is a title for collectives.")
            .arg(subjectName, title.name);
    if (!individual && title.subject == TitleSubject::Individual)
        return Text::tr("%1 is a collective; %2 is a title for individuals.")
            .arg(subjectName, title.name);
    return std::nullopt;
}

std::optional<QString> lateRegistrationWarning(const Registration& registration,
                                               const Period& period) {
    if (!period.registrationDeadline.isValid() ||
        registration.registeredOn <= period.registrationDeadline)
        return std::nullopt;
    return Text::tr("Registered on %1, after the deadline of %2.")
        .arg(vn::formatDate(registration.registeredOn),
             vn::formatDate(period.registrationDeadline));
}

QDate defaultRegistrationDate(const Period& period, QDate today) {
    if (period.contains(today))
        return today;
    return period.registrationDeadline.isValid() ? period.registrationDeadline : period.start;
}

std::optional<QString> statusChangeRefusal(RegistrationStatus from, RegistrationStatus to,
                                           const QString& reason) {
    using enum RegistrationStatus;
    const bool allowed = (from == Draft && to == Submitted) ||
                         (from == Submitted && (to == Accepted || to == Returned)) ||
                         (from == Returned && (to == Submitted || to == Draft)) ||
                         (from == Accepted && to == Submitted);
    if (!allowed)
        return Text::tr("A registration that is \"%1\" cannot become \"%2\".")
            .arg(registrationStatusName(from), registrationStatusName(to));
    if (to == Returned && reason.trimmed().isEmpty())
        return Text::tr("Say why the registration is returned, so that it can be corrected.");
    return std::nullopt;
}

QString registrationStatusName(RegistrationStatus status) {
    switch (status) {
    case RegistrationStatus::Draft:
        return Text::tr("Draft");
    case RegistrationStatus::Submitted:
        return Text::tr("Submitted");
    case RegistrationStatus::Accepted:
        return Text::tr("Accepted");
    case RegistrationStatus::Returned:
        return Text::tr("Returned");
    }
    return {};
}

} // namespace thidua::domain
