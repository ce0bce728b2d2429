#pragma once

#include "ids.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

// Sáng kiến and đề tài nghiên cứu khoa học (domain brief §2.1): recognised at
// a level by a decision, written by one or more people, and used at most once
// as the ground of an award (Công văn 5007/BNV-TĐKT, 2023).
namespace thidua::domain {

enum class InitiativeKind { Initiative, Research };

// The level whose head recognised its effect: cơ sở, Bộ/ngành/tỉnh, toàn quốc.
enum class InitiativeLevel { Grassroots, Ministry, National };

struct Initiative {
    RowId id = NoId;
    QString uuid;
    QString title;
    InitiativeKind kind = InitiativeKind::Initiative;
    InitiativeLevel level = InitiativeLevel::Grassroots;
    int year = 0; // of recognition
    QString decisionNumber;
    QDate decisionDate;
    QString issuer;
    std::vector<RowId> authorIds;
    RowId usedByAwardId = NoId; // the award it was the ground of, once
    QString note;

    bool used() const { return usedByAwardId != NoId; }
};

QString initiativeKindCode(InitiativeKind kind);    // "initiative", "research"
QString initiativeLevelCode(InitiativeLevel level); // "grassroots", "ministry", "national"
std::optional<InitiativeKind> initiativeKindFromText(const QString& text);
std::optional<InitiativeLevel> initiativeLevelFromText(const QString& text);
QString initiativeKindName(InitiativeKind kind); // "Sáng kiến", "Đề tài nghiên cứu"
QString initiativeLevelName(InitiativeLevel level); // "Cấp cơ sở", "Cấp Bộ, tỉnh", "Toàn quốc"

} // namespace thidua::domain
