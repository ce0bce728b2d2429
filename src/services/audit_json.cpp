#include "audit_json.h"

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

} // namespace thidua::services
