#include "registration_refusals.h"

#include "service_text.h"
#include "vietnamese_format.h"

namespace thidua::services {

QString alreadyRegistered(const QString& subjectName, const domain::Title& title,
                          const domain::Period& period, QDate registeredOn) {
    return Text::tr("%1 has already registered for %2 in %3 (on %4).")
        .arg(subjectName, title.name, period.label, domain::vn::formatDate(registeredOn));
}

} // namespace thidua::services
