#pragma once

#include "award.h"
#include "ballot_session.h"
#include "cluster_year.h"
#include "covenant.h"
#include "criteria_table.h"
#include "discipline.h"
#include "evaluation.h"
#include "initiative.h"
#include "movement.h"
#include "period.h"
#include "person.h"
#include "registration.h"
#include "scoring_round.h"
#include "unit.h"

#include <QJsonObject>

// The values an audit row records before and after a change.
namespace thidua::services {

QJsonObject toJson(const domain::Unit& unit);
QJsonObject toJson(const domain::Person& person);
QJsonObject toJson(const domain::Registration& registration);
QJsonObject toJson(const domain::Period& period);
QJsonObject toJson(const domain::ClusterYear& cluster);
QJsonObject toJson(const domain::Covenant& covenant);
QJsonObject toJson(const domain::Movement& movement);
QJsonObject toJson(const domain::Evaluation& evaluation);
QJsonObject toJson(const domain::Discipline& discipline);
QJsonObject toJson(const domain::CriteriaTable& table);
QJsonObject toJson(const domain::ScoringRound& round);
QJsonObject toJson(const domain::Score& score);
QJsonObject toJson(const domain::BallotSession& session);
QJsonObject toJson(const domain::Award& award);
QJsonObject toJson(const domain::Initiative& initiative);

// The same values as compact JSON text: what imports write, many rows at a
// time. The yearly records are written as text first (toJson() reads that
// text back); the others are serialised from toJson().
QByteArray toJsonText(const domain::Registration& registration);
QByteArray toJsonText(const domain::Evaluation& evaluation);
QByteArray toJsonText(const domain::Discipline& discipline);
QByteArray toJsonText(const domain::Unit& unit);
QByteArray toJsonText(const domain::Person& person);
QByteArray toJsonText(const domain::Award& award);
QByteArray toJsonText(const domain::Initiative& initiative);

} // namespace thidua::services
