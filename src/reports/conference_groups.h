#pragma once

#include "conference_pack.h"

#include <QString>

#include <span>
#include <vector>

// The order the three conference papers share: the honoree list reads in the
// order the awards are handed over, and the minutes count what was handed
// over, so all three group and sort honorees here, once.
namespace thidua::reports {

// The honorees of one award, level and kind, in their printed order:
// collectives by name, people by given name, then family and middle name.
struct HonoreeGroup {
    QString awardName;
    QString level;
    int precedence = 0;
    bool collective = false;
    std::vector<Honoree> honorees;
};

// Highest award first (precedence, then state before ministry before
// grassroots, then the award's name in Vietnamese order), an award's
// collectives before its individuals. Ties keep the order given.
std::vector<HonoreeGroup> honoreeGroups(const std::vector<Honoree>& honorees);

// One trip to the stage: up to perBatch honorees of one group, numbered from
// 1 through the whole ceremony.
struct Batch {
    int number = 0;
    const HonoreeGroup* group = nullptr;
    std::span<const Honoree> honorees;
    bool continued = false; // a later batch of the same group
};

// The groups cut into batches of at most perBatch; 0 or less keeps each
// group whole. The batches point into groups.
std::vector<Batch> batches(const std::vector<HonoreeGroup>& groups, int perBatch);

// "Trưởng phòng Đào tạo, Học viện Tư pháp"; the unit alone for a collective
// or a person without a position.
QString positionAndUnit(const Honoree& honoree);

// "4 tập thể", "12 cá nhân".
QString headcount(qsizetype count, bool collective);

// "4 tập thể và 27 cá nhân", leaving out a kind there is none of.
QString headcounts(std::span<const Honoree> honorees);

// The conference's name, or "Hội nghị" and dots to write it in.
QString conferenceTitle(const ConferencePack& pack);

// "Cụm" or "Khối" for a host that is a cluster or a block; empty for a unit.
QString clusterWord(const QString& hostName);

} // namespace thidua::reports
