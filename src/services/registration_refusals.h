#pragma once

#include "period.h"
#include "title.h"

#include <QString>

// Refusals of registrations that need the stored registrations to tell, in
// the words both the registration screens and the import use. The others are
// domain rules (domain/registration_rules.h). Internal to the services.
namespace thidua::services {

// "Nguyễn Văn An has already registered for Lao động tiên tiến in năm 2025 (on
// 15/01/2025).": one registration per subject, title and period.
QString alreadyRegistered(const QString& subjectName, const domain::Title& title,
                          const domain::Period& period, QDate registeredOn);

} // namespace thidua::services
