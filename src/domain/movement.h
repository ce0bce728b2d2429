#pragma once

#include "ids.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace thidua::domain {

// Phong trào thi đua: regular ("thường xuyên", run every year on the year's
// tasks) or thematic ("chuyên đề", on one aim for a stated time, often a
// five-year stage).
enum class MovementKind { Regular, Thematic };

// The reviews a movement holds every year: sơ kết 6 tháng and tổng kết năm.
enum class ReviewKind { MidYear, YearEnd };

struct Milestone {
    int year = 0; // the year under review
    ReviewKind kind = ReviewKind::MidYear;
    QDate date;

    friend bool operator==(const Milestone&, const Milestone&) = default;
};

struct Movement {
    RowId id = NoId;
    QString uuid;
    QString name;
    MovementKind kind = MovementKind::Regular;
    RowId launcherId = NoId; // the unit that launched it
    RowId periodId = NoId;   // "năm 2025", "giai đoạn 2021–2025"
    QDate launchedOn;        // invalid when unknown
    QString document;        // "Kế hoạch số 25/KH-BTP", empty when unknown
    QStringList targets;     // in the order they are printed
    std::vector<RowId> participantIds;
    std::vector<Milestone> milestones; // by year, the 6-month review first
};

// "regular", "thematic"; "mid_year_review", "year_end_review": the codes the
// schema stores.
QString movementKindCode(MovementKind kind);
std::optional<MovementKind> movementKindFromCode(const QString& code);
QString reviewKindCode(ReviewKind kind);
std::optional<ReviewKind> reviewKindFromCode(const QString& code);

// "Regular" / "Thematic" and "6-month review" / "Year-end review", translated.
QString movementKindName(MovementKind kind);
QString reviewKindName(ReviewKind kind);

// Milestones in their stored order: by year, the 6-month review first.
void sortMilestones(std::vector<Milestone>& milestones);

} // namespace thidua::domain
