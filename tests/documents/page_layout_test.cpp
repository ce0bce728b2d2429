#include "page_layout.h"

#include <QPageSize>

#include <gtest/gtest.h>

namespace thidua::documents {
namespace {

TEST(PageLayoutTest, PortraitIsA4WithNghiDinh30Margins) {
    const PageGeometry geometry = PageGeometry::nd30(Orientation::Portrait);
    EXPECT_DOUBLE_EQ(geometry.pageSize.width(), 210.0);
    EXPECT_DOUBLE_EQ(geometry.pageSize.height(), 297.0);
    const QRectF area = geometry.textArea();
    EXPECT_DOUBLE_EQ(area.left(), 30.0);    // left margin 30 mm
    EXPECT_DOUBLE_EQ(area.top(), 20.0);     // top margin 20 mm
    EXPECT_DOUBLE_EQ(area.right(), 195.0);  // right margin 15 mm
    EXPECT_DOUBLE_EQ(area.bottom(), 277.0); // bottom margin 20 mm
}

TEST(PageLayoutTest, LandscapeTurnsThePageAndKeepsTheMargins) {
    const PageGeometry geometry = PageGeometry::nd30(Orientation::Landscape);
    EXPECT_DOUBLE_EQ(geometry.pageSize.width(), 297.0);
    EXPECT_DOUBLE_EQ(geometry.pageSize.height(), 210.0);
    EXPECT_DOUBLE_EQ(geometry.textArea().width(), 297.0 - 45.0);
    EXPECT_DOUBLE_EQ(geometry.textArea().height(), 210.0 - 40.0);
}

TEST(PageLayoutTest, PageLayoutForWritersIsA4WithoutMargins) {
    const QPageLayout portrait = PageGeometry::nd30(Orientation::Portrait).pageLayout();
    EXPECT_EQ(portrait.pageSize().id(), QPageSize::A4);
    EXPECT_EQ(portrait.orientation(), QPageLayout::Portrait);
    EXPECT_EQ(portrait.margins(), QMarginsF(0, 0, 0, 0));
    const QPageLayout landscape = PageGeometry::nd30(Orientation::Landscape).pageLayout();
    EXPECT_EQ(landscape.orientation(), QPageLayout::Landscape);
    EXPECT_NEAR(landscape.fullRect(QPageLayout::Millimeter).width(), 297.0, 0.5);
}

TEST(PageLayoutTest, UnitConversions) {
    EXPECT_DOUBLE_EQ(millimetresToDots(25.4, 300), 300.0);
    EXPECT_DOUBLE_EQ(dotsToMillimetres(300, 300), 25.4);
    EXPECT_NEAR(pointsToMillimetres(72), 25.4, 1e-9);
}

} // namespace
} // namespace thidua::documents
