#pragma once

#include "ballot_session.h"
#include "document.h"
#include "result.h"
#include "title.h"

#include <QHash>
#include <QString>

#include <vector>

namespace thidua::services {
class Workspace;
}

namespace thidua::reports {

// What the ballot papers and the minutes of a cluster-year's vote print,
// names already looked up.
struct BallotPrint {
    QString organiser;   // "Bộ Tư pháp"
    QString clusterName; // "Cụm thi đua số II"
    QString place;       // before the date: read from the head unit's or organiser's name
    int year = 0;
    domain::BallotSession session;
    domain::VoteRules rules;
    QHash<domain::RowId, QString> units; // the candidates' names
    // The titles voted on, in voting order: from the lowest title upward.
    std::vector<domain::Title> titles;

    QString unitName(domain::RowId id) const { return units.value(id); }
};

// The cluster-year's session as BallotPrint; NotFound when it has none.
Result<BallotPrint> readBallotPrint(services::Workspace& workspace, domain::RowId clusterId);

// The two-column header shared by the minutes: the organiser over the
// cluster, the place and the day of the session.
documents::OfficialHeader ballotHeader(const BallotPrint& print);

// "Bình xét, suy tôn thi đua năm 2018 của Cụm thi đua số II".
QString ballotSummary(const BallotPrint& print);

} // namespace thidua::reports
