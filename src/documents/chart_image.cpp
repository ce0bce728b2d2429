#include "chart_image.h"

#include "chart_painter.h"
#include "font_resolver.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

#include <cmath>

namespace thidua::documents {

Result<QByteArray> chartPng(const Chart& chart, const QSizeF& sizeMm, const QString& fontFamily,
                            int dotsPerInch) {
    const QSize pixels(int(std::lround(millimetresToDots(sizeMm.width(), dotsPerInch))),
                       int(std::lround(millimetresToDots(sizeMm.height(), dotsPerInch))));
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull()) {
        return fail(ErrorCode::Io, QStringLiteral("Không đủ bộ nhớ để vẽ biểu đồ."));
    }
    // Text is set in points: the image must know its resolution.
    const int dotsPerMetre = int(std::lround(dotsPerInch * 1000.0 / kMillimetresPerInch));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintChart(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), chart, fontFamily, dotsPerInch);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        return fail(ErrorCode::Io, QStringLiteral("Không ghi được hình biểu đồ."));
    }
    return png;
}

Result<ChartPicture> chartPicture(const Chart& chart, const PageGeometry& geometry,
                                  QString& fontFamily) {
    auto family = documentFontFamily(fontFamily, FontChoice::PreferTimesNewRoman);
    if (!family) {
        return std::unexpected(family.error());
    }
    fontFamily = *family;
    ChartPicture picture;
    picture.sizeMm = chartSize(chart, geometry.textArea().size());
    auto png = chartPng(chart, picture.sizeMm, fontFamily);
    if (!png) {
        return std::unexpected(png.error());
    }
    picture.png = *png;
    return picture;
}

} // namespace thidua::documents
