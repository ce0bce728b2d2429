#include "page_layout.h"

#include <QPageSize>

namespace thidua::documents {

namespace {

constexpr double kA4ShortSide = 210.0;
constexpr double kA4LongSide = 297.0;
constexpr double kMarginTop = 20.0;
constexpr double kMarginBottom = 20.0;
constexpr double kMarginLeft = 30.0;
constexpr double kMarginRight = 15.0;

} // namespace

QRectF PageGeometry::textArea() const {
    return QRectF(QPointF(0, 0), pageSize).marginsRemoved(margins);
}

QPageLayout PageGeometry::pageLayout() const {
    return QPageLayout(QPageSize(QPageSize::A4),
                       orientation == Orientation::Landscape ? QPageLayout::Landscape
                                                             : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

PageGeometry PageGeometry::nd30(Orientation orientation) {
    PageGeometry geometry;
    geometry.orientation = orientation;
    geometry.pageSize = orientation == Orientation::Landscape ? QSizeF(kA4LongSide, kA4ShortSide)
                                                              : QSizeF(kA4ShortSide, kA4LongSide);
    geometry.margins = QMarginsF(kMarginLeft, kMarginTop, kMarginRight, kMarginBottom);
    return geometry;
}

} // namespace thidua::documents
