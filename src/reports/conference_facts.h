#pragma once

#include "agency_header.h"
#include "cluster.h"
#include "document.h"
#include "ids.h"
#include "progress.h"
#include "report_kind.h"
#include "result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace thidua::services {
class Workspace;
}

// What a conference report says that the data knows (domain brief §4.5, §3):
// read once for a scope and a year, then laid out by the report builders.
namespace thidua::reports {

struct ReportRequest {
    domain::ReportKind kind = domain::ReportKind::YearEnd;
    domain::ReportScopeKind scope = domain::ReportScopeKind::Cluster;
    domain::RowId id = domain::NoId; // the cluster-year, the unit or the organising unit
    int year = 0;                    // a cluster's own year when 0
    Issue issue;
};

// Registered people out of the people on the staff, and the titles the
// collective registered for.
struct Coverage {
    QString name; // a unit, or a cluster for an organiser's report
    qint64 people = 0;
    qint64 registered = 0;
    qint64 collectiveTitles = 0;
};

struct RankedUnit {
    int rank = 0;
    QString unit;
    double total = 0;
    QString rating;
};

struct ClusterFacts {
    QString name; // "Cụm thi đua số II"
    domain::ClusterKind kind = domain::ClusterKind::Cluster;
    QString organiser; // "Bộ Tư pháp"
    QString head;
    QString deputy;
    QString appointment; // "Quyết định số 15/QĐ-BTP ngày 10/01/2018"; empty when not recorded
    QStringList members; // in Vietnamese name order
    bool hasCovenant = false;
    QDate covenantSignedOn;
    QString covenantPlace;
    int covenantSignatories = 0;
    QStringList covenantTargets;
    std::vector<RankedUnit>
        ranking; // the round of the report's half, best first; empty when not scored
    // A title ("Cờ thi đua của Bộ, ban, ngành, tỉnh") and the units the vote carried for it.
    std::vector<std::pair<QString, QStringList>> proposals;
    QString nextHead; // the head and deputy already appointed for the next year
    QString nextDeputy;
};

struct MovementFacts {
    QString name;
    QString kind;     // "thường xuyên", "chuyên đề" (official text, not the interface's)
    QString launcher; // the unit that launched it
    QString document; // "Kế hoạch số 25/KH-BTP"
    QDate launchedOn;
    QString period; // "giai đoạn 2021–2025"
    QStringList targets;
    int participants = 0;    // of the scope's units
    bool spansYears = false; // a "giai đoạn", not one year
};

// How many awards of one form or title the scope's collectives and people
// received: in the year, or for the five-year conference in each year.
struct AwardCount {
    QString awardName;
    QString level; // "state", "ministry", "grassroots"
    int precedence = 0;
    std::map<int, qint64> collectives; // by year
    std::map<int, qint64> individuals;
    qint64 total() const;
};

// One named award: an advanced model, an honoree, a proposal upward.
struct NamedAward {
    QString awardCode;
    QString name;
    QString position; // a person's; empty for a collective
    QString unit;
    QString awardName;
    QString level;
    int precedence = 0;
    bool collective = false;
    QString decision; // "125/QĐ-BTP ngày 20/12/2018"; a proposal's status instead
    bool presentedAtConference = true; // the catalogue's rule (schema 15)
    int year = 0;                      // the year the award is for
};

struct ConferenceFacts {
    ReportRequest request;
    domain::ReportKey key; // where the written sections are kept
    QString scopeName;     // the cluster, the unit or the organiser
    QString organiser;     // who the report goes to; empty for a top unit
    documents::OfficialHeader header;
    int fromYear = 0; // the first year reviewed: the year itself, or five years back
    int toYear = 0;
    std::vector<Coverage> coverage; // per member unit, child unit or cluster
    Coverage totalCoverage;
    std::map<int, Coverage> coverageByYear; // five-year conference only
    std::vector<ClusterFacts> clusters;
    std::vector<MovementFacts> movements;
    std::vector<MovementFacts> nextMovements; // five-year conference: launched for the next period
    std::vector<AwardCount> awards;           // by precedence
    std::vector<NamedAward> honorees;         // the awards handed over at the conference
    // Five-year conference: the period's awards, highest first, its advanced models.
    std::vector<NamedAward> periodModels;
    std::vector<NamedAward> proposalsUp; // five-year conference: nominations to the level above
    std::map<QString, QString> notes;    // the sections people wrote, by section
    QString note(const QString& section) const;
};

// Reads what the report of that kind says for the scope, dated by the
// request's issue, else by the conference day kept with the report, else
// today. NotFound naming
// the scope when it does not exist (or the cluster is of another year);
// Cancelled when progress asked to stop.
Result<ConferenceFacts> readConferenceFacts(services::Workspace& workspace,
                                            const ReportRequest& request,
                                            const ReadProgress& progress = {});

// Where the sections people write for the request's report are kept.
Result<domain::ReportKey> reportKeyOf(services::Workspace& workspace, const ReportRequest& request);

} // namespace thidua::reports
