#include "movement.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

} // namespace

QString movementKindCode(MovementKind kind) {
    return kind == MovementKind::Thematic ? QStringLiteral("thematic") : QStringLiteral("regular");
}

std::optional<MovementKind> movementKindFromCode(const QString& code) {
    if (code == u"regular")
        return MovementKind::Regular;
    if (code == u"thematic")
        return MovementKind::Thematic;
    return std::nullopt;
}

QString reviewKindCode(ReviewKind kind) {
    return kind == ReviewKind::YearEnd ? QStringLiteral("year_end_review")
                                       : QStringLiteral("mid_year_review");
}

std::optional<ReviewKind> reviewKindFromCode(const QString& code) {
    if (code == u"mid_year_review")
        return ReviewKind::MidYear;
    if (code == u"year_end_review")
        return ReviewKind::YearEnd;
    return std::nullopt;
}

QString movementKindName(MovementKind kind) {
    return kind == MovementKind::Thematic ? Text::tr("Thematic") : Text::tr("Regular");
}

QString reviewKindName(ReviewKind kind) {
    return kind == ReviewKind::YearEnd ? Text::tr("Year-end review") : Text::tr("6-month review");
}

void sortMilestones(std::vector<Milestone>& milestones) {
    std::ranges::sort(milestones, [](const Milestone& a, const Milestone& b) {
        return std::pair(a.year, a.kind) < std::pair(b.year, b.kind);
    });
}

} // namespace thidua::domain
