#pragma once

#include "document.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>

// Page geometry of Nghị định 30/2020: A4, margins top 20 mm, bottom 20 mm,
// left 30 mm, right 15 mm. Lengths in millimetres from the page's top-left.
namespace thidua::documents {

inline constexpr double kMillimetresPerInch = 25.4;
inline constexpr double kPointsPerInch = 72.0;

constexpr double pointsToMillimetres(double points) {
    return points * kMillimetresPerInch / kPointsPerInch;
}

constexpr double millimetresToDots(double millimetres, double dotsPerInch) {
    return millimetres * dotsPerInch / kMillimetresPerInch;
}

constexpr double dotsToMillimetres(double dots, double dotsPerInch) {
    return dots * kMillimetresPerInch / dotsPerInch;
}

struct PageGeometry {
    Orientation orientation = Orientation::Portrait;
    QSizeF pageSize;   // 210 x 297 portrait, 297 x 210 landscape.
    QMarginsF margins; // left, top, right, bottom.

    QRectF textArea() const;
    // For QPdfWriter / QPrinter: A4 in the right orientation, no margins (the
    // layout places everything itself).
    QPageLayout pageLayout() const;

    static PageGeometry nd30(Orientation orientation);
};

} // namespace thidua::documents
