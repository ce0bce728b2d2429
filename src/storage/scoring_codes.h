#pragma once

#include "criteria_table.h"
#include "scoring_round.h"

#include <QString>

#include <vector>

// How the scoring enums are spelled in the database (schema 7's CHECKs) and
// in the files thidua writes and reads back.
namespace thidua::storage {

QString criterionKindCode(domain::CriterionKind kind);
domain::CriterionKind criterionKindFromCode(const QString& code);

QString scaleCode(domain::OverTargetScale scale);
domain::OverTargetScale scaleFromCode(const QString& code);

// Space-separated, in the order they apply.
QString tieBreakCodes(const std::vector<domain::TieBreak>& tieBreaks);
std::vector<domain::TieBreak> tieBreaksFromCodes(const QString& codes);

QString roundKindCode(domain::RoundKind kind);
domain::RoundKind roundKindFromCode(const QString& code);

} // namespace thidua::storage
