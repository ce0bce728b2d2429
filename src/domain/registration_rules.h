#pragma once

#include "period.h"
#include "registration.h"
#include "title.h"

#include <QString>

#include <optional>

// The rules a registration keeps whatever the screen or file it comes from.
// Each refusal is a sentence a clerk can act on (translation context
// "thidua::domain").
namespace thidua::domain {

// Why this registration cannot be made: a closed period, a date outside the
// period, a title not in force in the period, or a title that does not fit
// the subject (a person cannot register a collective title, nor a unit an
// individual's). Nothing when it may be made. subjectName names the person or
// unit in the message.
std::optional<QString> registrationRefusal(const Registration& registration, const Title& title,
                                           const Period& period, const QString& subjectName);

// A registration made after the period's deadline is taken with this warning.
std::optional<QString> lateRegistrationWarning(const Registration& registration,
                                               const Period& period);

// The date a registration made today is given: today inside the period;
// for a past or future period (history entered later, next year prepared
// early), its deadline when set, else its first day.
QDate defaultRegistrationDate(const Period& period, QDate today);

// draft -> submitted -> accepted, or returned with a reason; a returned one is
// corrected and submitted again; an accepted one can be reopened (submitted).
// Why the move is not allowed, or nothing.
std::optional<QString> statusChangeRefusal(RegistrationStatus from, RegistrationStatus to,
                                           const QString& reason);

// "Nháp", "Đã gửi", "Đã chấp nhận", "Bị trả lại".
QString registrationStatusName(RegistrationStatus status);

} // namespace thidua::domain
