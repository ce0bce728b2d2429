#pragma once

#include "cluster.h"
#include "ids.h"

#include <QDate>
#include <QString>

#include <optional>

namespace thidua::domain {

// Sơ kết 6 tháng or tổng kết năm.
enum class RoundKind { MidYear, YearEnd };

// A cluster-year's scoring against its organiser's criteria table for the
// year. Units self-score; the scorers (the head and deputy units, and every
// member when the organiser wants) score the others.
struct ScoringRound {
    RowId id = NoId;
    QString uuid;
    RowId clusterId = NoId;
    RoundKind kind = RoundKind::YearEnd;
    bool membersScore = false; // every member scores the others, not only head and deputy
    std::optional<QDate> closedOn;
    QString closeReason; // why it closed with points missing; empty otherwise
};

// Points on one item of the table for one unit. When the scorer is the unit
// itself it is the self-score, and note is its evidence; otherwise note says
// why the points differ from the self-score.
struct Score {
    RowId unitId = NoId;
    int criterion = 0; // index in the criteria table
    RowId scorerId = NoId;
    double points = 0;
    QString note;

    bool isSelfScore() const { return unitId == scorerId; }
};

// A file a unit attached to its self-score on an item (kept in the database).
struct Evidence {
    RowId unitId = NoId;
    int criterion = 0;
    QString name;
};

// "Year-end scoring" / "6-month review scoring".
QString roundKindName(RoundKind kind);
// "Year-end scoring of Cụm thi đua số II (2018)", for messages and titles.
QString roundName(RoundKind kind, const Cluster& cluster);

} // namespace thidua::domain
