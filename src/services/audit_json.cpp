#include "audit_json.h"

#include <QJsonArray>

#include <array>

namespace thidua::services {

namespace {

QJsonValue dateValue(QDate date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray idArray(const std::vector<domain::RowId>& ids) {
    QJsonArray array;
    for (domain::RowId id : ids)
        array.append(id);
    return array;
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

QJsonObject toJson(const domain::ClusterYear& cluster) {
    QJsonArray members;
    for (const domain::ClusterMember& member : cluster.members)
        members.append(QJsonObject{{QStringLiteral("unit_id"), member.unitId},
                                   {QStringLiteral("role"), domain::clusterRoleCode(member.role)}});
    QJsonValue decision;
    if (cluster.decision)
        decision = QJsonObject{{QStringLiteral("number"), cluster.decision->number},
                               {QStringLiteral("date"), dateValue(cluster.decision->date)},
                               {QStringLiteral("issuer_id"), cluster.decision->issuerId}};
    return {{QStringLiteral("organiser_id"), cluster.cluster.organiserId},
            {QStringLiteral("kind"), domain::clusterKindCode(cluster.cluster.kind)},
            {QStringLiteral("year"), cluster.cluster.year},
            {QStringLiteral("number"), cluster.cluster.number},
            {QStringLiteral("name"), cluster.cluster.name},
            {QStringLiteral("members"), members},
            {QStringLiteral("decision"), decision}};
}

QJsonObject toJson(const domain::Covenant& covenant) {
    return {{QStringLiteral("cluster_id"), covenant.clusterId},
            {QStringLiteral("signed_on"), dateValue(covenant.signedOn)},
            {QStringLiteral("place"), covenant.place},
            {QStringLiteral("signatories"), idArray(covenant.signatoryIds)},
            {QStringLiteral("targets"), QJsonArray::fromStringList(covenant.targets)}};
}

QJsonObject toJson(const domain::Movement& movement) {
    QJsonArray milestones;
    for (const domain::Milestone& milestone : movement.milestones)
        milestones.append(
            QJsonObject{{QStringLiteral("year"), milestone.year},
                        {QStringLiteral("kind"), domain::reviewKindCode(milestone.kind)},
                        {QStringLiteral("date"), dateValue(milestone.date)}});
    return {{QStringLiteral("name"), movement.name},
            {QStringLiteral("kind"), domain::movementKindCode(movement.kind)},
            {QStringLiteral("launcher_id"), movement.launcherId},
            {QStringLiteral("period_id"), movement.periodId},
            {QStringLiteral("launched_on"), dateValue(movement.launchedOn)},
            {QStringLiteral("document"), movement.document},
            {QStringLiteral("targets"), QJsonArray::fromStringList(movement.targets)},
            {QStringLiteral("participants"), idArray(movement.participantIds)},
            {QStringLiteral("milestones"), milestones}};
}

QJsonObject toJson(const domain::Evaluation& evaluation) {
    return {{QStringLiteral("year"), evaluation.year},
            {QStringLiteral("person_id"), evaluation.personId},
            {QStringLiteral("unit_id"), evaluation.unitId},
            {QStringLiteral("grade"), domain::gradeCode(evaluation.grade)},
            {QStringLiteral("note"), evaluation.note}};
}

QJsonObject toJson(const domain::Discipline& discipline) {
    return {{QStringLiteral("person_id"), discipline.personId},
            {QStringLiteral("form"), domain::disciplineFormCode(discipline.form)},
            {QStringLiteral("decision"), discipline.decision},
            {QStringLiteral("start_date"), dateValue(discipline.start)},
            {QStringLiteral("end_date"), dateValue(discipline.end)},
            {QStringLiteral("reason"), discipline.reason}};
}

} // namespace thidua::services
