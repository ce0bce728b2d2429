#include "audit_json.h"

#include "json_text.h"
#include "scoring_codes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace thidua::services {

namespace {

QJsonValue dateValue(QDate date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject fromText(const QByteArray& text) {
    return QJsonDocument::fromJson(text).object();
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
            {QStringLiteral("identity_number"), person.identityNumber},
            {QStringLiteral("unit_id"), person.unitId},
            {QStringLiteral("position"), person.position}};
}

QByteArray toJsonText(const domain::Registration& registration) {
    static constexpr std::array<const char16_t*, 4> statuses{u"draft", u"submitted", u"accepted",
                                                             u"returned"};
    return JsonText()
        .add("period_id", registration.periodId)
        .add("person_id", registration.personId)
        .add("unit_id", registration.unitId)
        .add("title_code", registration.titleCode)
        .add("status", QString::fromUtf16(statuses[static_cast<std::size_t>(registration.status)]))
        .add("return_reason", registration.returnReason)
        .add("registered_on", registration.registeredOn)
        .finish();
}

QJsonObject toJson(const domain::Registration& registration) {
    return fromText(toJsonText(registration));
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

QJsonObject toJson(const domain::BallotSession& session) {
    QJsonArray ballots;
    for (const domain::Ballot& ballot : session.ballots)
        ballots.append(QJsonObject{{QStringLiteral("unit_id"), ballot.unitId},
                                   {QStringLiteral("title_code"), ballot.titleCode},
                                   {QStringLiteral("round"), ballot.round},
                                   {QStringLiteral("issued"), ballot.issued},
                                   {QStringLiteral("returned"), ballot.returned},
                                   {QStringLiteral("valid"), ballot.valid},
                                   {QStringLiteral("yes"), ballot.yes}});
    return {{QStringLiteral("cluster_id"), session.clusterId},
            {QStringLiteral("held_on"), dateValue(session.heldOn)},
            {QStringLiteral("place"), session.place},
            {QStringLiteral("chair"), session.chair},
            {QStringLiteral("secretary"), session.secretary},
            {QStringLiteral("members"), session.members},
            {QStringLiteral("present"), session.present},
            {QStringLiteral("written_opinions"), session.writtenOpinions},
            {QStringLiteral("ballots"), ballots}};
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

QByteArray toJsonText(const domain::Evaluation& evaluation) {
    return JsonText()
        .add("year", qint64{evaluation.year})
        .add("person_id", evaluation.personId)
        .add("unit_id", evaluation.unitId)
        .add("grade", domain::gradeCode(evaluation.grade))
        .add("note", evaluation.note)
        .finish();
}

QJsonObject toJson(const domain::Evaluation& evaluation) {
    return fromText(toJsonText(evaluation));
}

QByteArray toJsonText(const domain::Discipline& discipline) {
    return JsonText()
        .add("person_id", discipline.personId)
        .add("form", domain::disciplineFormCode(discipline.form))
        .add("decision", discipline.decision)
        .add("start_date", discipline.start)
        .add("end_date", discipline.end)
        .add("reason", discipline.reason)
        .finish();
}

QJsonObject toJson(const domain::Discipline& discipline) {
    return fromText(toJsonText(discipline));
}

QByteArray toJsonText(const domain::Unit& unit) {
    return QJsonDocument(toJson(unit)).toJson(QJsonDocument::Compact);
}

QByteArray toJsonText(const domain::Person& person) {
    return QJsonDocument(toJson(person)).toJson(QJsonDocument::Compact);
}

QJsonObject toJson(const domain::CriteriaTable& table) {
    QJsonArray criteria;
    for (const domain::Criterion& criterion : table.criteria)
        criteria.append(
            QJsonObject{{QStringLiteral("parent"), criterion.parent},
                        {QStringLiteral("code"), criterion.code},
                        {QStringLiteral("title"), criterion.title},
                        {QStringLiteral("kind"), storage::criterionKindCode(criterion.kind)},
                        {QStringLiteral("max_points"), criterion.maxPoints},
                        {QStringLiteral("points_each"), criterion.pointsEach}});
    QJsonArray bands;
    for (const domain::RatingBand& band : table.bands)
        bands.append(QJsonObject{{QStringLiteral("min_points"), band.minPoints},
                                 {QStringLiteral("label"), band.label}});
    return {{QStringLiteral("organiser_id"), table.organiserId},
            {QStringLiteral("year"), table.year},
            {QStringLiteral("total"), table.total},
            {QStringLiteral("over_target_scale"), storage::scaleCode(table.scale)},
            {QStringLiteral("tie_breaks"), storage::tieBreakCodes(table.tieBreaks)},
            {QStringLiteral("document"), table.document},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("bands"), bands}};
}

QJsonObject toJson(const domain::ScoringRound& round) {
    return {{QStringLiteral("cluster_id"), round.clusterId},
            {QStringLiteral("kind"), storage::roundKindCode(round.kind)},
            {QStringLiteral("members_score"), round.membersScore},
            {QStringLiteral("closed_on"), dateValue(round.closedOn.value_or(QDate()))},
            {QStringLiteral("close_reason"), round.closeReason}};
}

QJsonObject toJson(const domain::Score& score) {
    return {{QStringLiteral("unit_id"), score.unitId},
            {QStringLiteral("criterion"), score.criterion},
            {QStringLiteral("scorer_id"), score.scorerId},
            {QStringLiteral("points"), score.points},
            {QStringLiteral("note"), score.note}};
}

QJsonObject toJson(const domain::Award& award) {
    return {{QStringLiteral("award_code"), award.awardCode},
            {QStringLiteral("person_id"), award.personId},
            {QStringLiteral("unit_id"), award.unitId},
            {QStringLiteral("first_year"), award.firstYear},
            {QStringLiteral("year"), award.year},
            {QStringLiteral("kind"), domain::awardKindCode(award.kind)},
            {QStringLiteral("decision_number"), award.decisionNumber},
            {QStringLiteral("decision_date"), award.decisionDate.toString(Qt::ISODate)},
            {QStringLiteral("issuer"), award.issuer},
            {QStringLiteral("golden_book_number"), award.goldenBookNumber},
            {QStringLiteral("amount"), award.amount},
            {QStringLiteral("revoked_by"), award.revokedBy},
            {QStringLiteral("revoked_on"), award.revokedOn.toString(Qt::ISODate)},
            {QStringLiteral("revocation_reason"), award.revocationReason}};
}

QByteArray toJsonText(const domain::Award& award) {
    return QJsonDocument(toJson(award)).toJson(QJsonDocument::Compact);
}

QJsonObject toJson(const domain::Initiative& initiative) {
    QJsonArray authors;
    for (domain::RowId author : initiative.authorIds)
        authors.append(author);
    return {{QStringLiteral("title"), initiative.title},
            {QStringLiteral("kind"), domain::initiativeKindCode(initiative.kind)},
            {QStringLiteral("level"), domain::initiativeLevelCode(initiative.level)},
            {QStringLiteral("year"), initiative.year},
            {QStringLiteral("decision_number"), initiative.decisionNumber},
            {QStringLiteral("authors"), authors},
            {QStringLiteral("used_by_award_id"), initiative.usedByAwardId}};
}

QByteArray toJsonText(const domain::Initiative& initiative) {
    return QJsonDocument(toJson(initiative)).toJson(QJsonDocument::Compact);
}

} // namespace thidua::services
