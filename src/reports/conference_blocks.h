#pragma once

#include "conference_facts.h"

// Internal to the conference reports: the parts that the year-end, six-month
// and five-year reports print alike.
namespace thidua::reports {

// What people wrote for the section, a paragraph per line; dots to fill in
// by hand when they wrote nothing.
void addNote(documents::Document& document, const ConferenceFacts& facts, const QString& section);

// "- text" paragraphs, as reports list things.
void addDashed(documents::Document& document, const QStringList& items);

// Who the scope is: the cluster's members and leaders, or the unit's or
// organiser's clusters.
void addComposition(documents::Document& document, const ConferenceFacts& facts);

// The covenant each cluster signed, with its main targets.
void addCovenants(documents::Document& document, const ConferenceFacts& facts);

// Registered people and titles per unit (or cluster) with the share of the staff.
void addCoverage(documents::Document& document, const ConferenceFacts& facts);

// The movements run: kind, who launched them and how, the units taking part.
void addMovements(documents::Document& document, const std::vector<MovementFacts>& movements);

// The ranking table of each scored cluster, and for a single cluster its chart.
void addRankings(documents::Document& document, const ConferenceFacts& facts);

// The units each cluster's vote carried for a flag.
void addVotes(documents::Document& document, const ConferenceFacts& facts);

// The awards by form and level for the years from..to: a count of
// collectives and individuals per form, one column pair per year when
// several, then the chart of awards by level over the five years.
void addAwards(documents::Document& document, const ConferenceFacts& facts, int from, int to);

// The awards of state and ministry level by name, and how many more: a year's
// honorees, or a period's with the year each was for.
enum class ModelYears { Omitted, Shown };
void addModels(documents::Document& document, const std::vector<NamedAward>& awards,
               ModelYears years);

// "TM. CỤM THI ĐUA SỐ II / TRƯỞNG CỤM" or the head of the unit, and the recipients.
documents::SignatureBlock conferenceSignature(const ConferenceFacts& facts);

QString percentOf(qint64 part, qint64 whole);

// A report of one cluster, not of a unit or an organiser.
bool isCluster(const ConferenceFacts& facts);
// "Cụm" or "Khối" for a cluster's report, after the cluster's kind.
QString hostWord(const ConferenceFacts& facts);

} // namespace thidua::reports
