#include "award_rows.h"

#include "statement.h"

namespace thidua::storage {

domain::Award readAward(const Statement& row) {
    domain::Award award;
    award.id = row.int64(0);
    award.uuid = row.text(1);
    award.awardCode = row.text(2);
    award.personId = row.int64(3);
    award.unitId = row.int64(4);
    award.firstYear = static_cast<int>(row.int64(5));
    award.year = static_cast<int>(row.int64(6));
    award.kind = domain::awardKindFromText(row.text(7)).value_or(domain::AwardKind::Merit);
    award.decisionNumber = row.text(8);
    award.decisionDate = row.date(9);
    award.issuer = row.text(10);
    award.goldenBookNumber = row.text(11);
    award.amount = row.int64(12);
    award.revokedBy = row.text(13);
    award.revokedOn = row.date(14);
    award.revocationReason = row.text(15);
    award.note = row.text(16);
    return award;
}

domain::Initiative readInitiative(const Statement& row) {
    domain::Initiative initiative;
    initiative.id = row.int64(0);
    initiative.uuid = row.text(1);
    initiative.title = row.text(2);
    initiative.kind =
        domain::initiativeKindFromText(row.text(3)).value_or(domain::InitiativeKind::Initiative);
    initiative.level =
        domain::initiativeLevelFromText(row.text(4)).value_or(domain::InitiativeLevel::Grassroots);
    initiative.year = static_cast<int>(row.int64(5));
    initiative.decisionNumber = row.text(6);
    initiative.decisionDate = row.date(7);
    initiative.issuer = row.text(8);
    initiative.usedByAwardId = row.int64(9);
    initiative.note = row.text(10);
    for (const QString& id : row.text(11).split(u',', Qt::SkipEmptyParts))
        initiative.authorIds.push_back(id.toLongLong());
    return initiative;
}

} // namespace thidua::storage
