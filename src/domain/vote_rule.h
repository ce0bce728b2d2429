#pragma once

#include "share.h"

#include <QDate>
#include <QString>

#include <optional>

// A row of the vote rule data (domain brief §2.3): the yes votes a title
// needs, or the members a meeting on awards needs present, as a share of all
// members, in force from a day, citing its legal basis. A change of law is a
// new row from the day it takes effect; earlier votes keep the rule of their
// day. Refusals are sentences for the user (translation context
// "thidua::domain").
namespace thidua::domain {

struct VoteRule {
    QString titleCode; // empty: the quorum of a meeting on awards
    QDate validFrom;
    Share share{80, 100};
    QString legalBasis;

    bool isQuorum() const { return titleCode.isEmpty(); }
};

// Why the row cannot be kept: no day, a share that is not above 0 and at most
// all members, or no legal basis.
std::optional<QString> voteRuleRefusal(const VoteRule& rule);

// "80" or "80%" (a percentage, commas allowed: "66,67"), or "2/3"; nullopt
// for anything else.
std::optional<Share> shareFromText(const QString& text);

} // namespace thidua::domain
