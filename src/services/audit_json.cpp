#include "audit_json.h"

#include <array>

namespace thidua::services {

namespace {

QJsonValue dateValue(QDate date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject toJson(const domain::Unit& unit) {
    return {{QStringLiteral("name"), unit.name},
            {QStringLiteral("short_name"), unit.shortName},
            {QStringLiteral("kind"), unit.kind},
            {QStringLiteral("parent_id"), unit.parentId},
            {QStringLiteral("has_legal_personality"), unit.hasLegalPersonality},
            {QStringLiteral("active_from"), dateValue(unit.activeFrom)},
            {QStringLiteral("active_to"), dateValue(unit.activeTo)}};
}

QJsonObject toJson(const domain::Person& person) {
    return {{QStringLiteral("family_name"), person.name.family},
            {QStringLiteral("middle_name"), person.name.middle},
            {QStringLiteral("given_name"), person.name.given},
            {QStringLiteral("gender"), person.gender == domain::Gender::Male
                                           ? QStringLiteral("male")
                                           : QStringLiteral("female")},
            {QStringLiteral("birth_date"), dateValue(person.birthDate)},
            {QStringLiteral("unit_id"), person.unitId},
            {QStringLiteral("position"), person.position}};
}

QJsonObject toJson(const domain::Registration& registration) {
    static constexpr std::array<const char*, 4> statuses{"draft", "submitted", "accepted",
                                                         "returned"};
    return {{QStringLiteral("period_id"), registration.periodId},
            {QStringLiteral("person_id"), registration.personId},
            {QStringLiteral("unit_id"), registration.unitId},
            {QStringLiteral("title_code"), registration.titleCode},
            {QStringLiteral("status"),
             QLatin1String(statuses[static_cast<std::size_t>(registration.status)])},
            {QStringLiteral("return_reason"), registration.returnReason},
            {QStringLiteral("registered_on"), dateValue(registration.registeredOn)}};
}

QJsonObject toJson(const domain::Period& period) {
    return {{QStringLiteral("label"), period.label},
            {QStringLiteral("start_date"), dateValue(period.start)},
            {QStringLiteral("end_date"), dateValue(period.end)},
            {QStringLiteral("closed"), period.closed},
            {QStringLiteral("registration_deadline"), dateValue(period.registrationDeadline)}};
}

} // namespace thidua::services
