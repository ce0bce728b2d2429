#include "font_resolver.h"
#include "text_measurer.h"

#include <gtest/gtest.h>

namespace thidua::documents {
namespace {

class TextMeasurerTest : public ::testing::Test {
protected:
    TextMeasurer measure{bundledFontFamily().value()};
    const FontSpec body{14, false, false};
};

TEST_F(TextMeasurerTest, MeasuresInMillimetres) {
    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 13 pt bold is about 95 mm wide in a
    // Times New Roman-compatible face: it fits the header's right column.
    const double width = measure.width(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                       FontSpec{13, true, false});
    EXPECT_GT(width, 90.0);
    EXPECT_LT(width, 99.0);
    EXPECT_GT(measure.width(QStringLiteral("Thi đua"), FontSpec{14, true, false}),
              measure.width(QStringLiteral("Thi đua"), body));
    // Single line spacing of a 14 pt face is a little more than 14 pt (4.94 mm).
    EXPECT_GT(measure.lineHeight(body), 4.94);
    EXPECT_LT(measure.lineHeight(body), 6.5);
}

TEST_F(TextMeasurerTest, WrapKeepsEveryWordAndStaysWithinTheWidth) {
    const QString text = QStringLiteral(
        "Thực hiện Luật Thi đua, khen thưởng năm 2022, Hội đồng Thi đua - Khen thưởng đã họp "
        "xét   và thống nhất đề nghị công nhận danh hiệu Chiến sĩ thi đua cơ sở cho các cá nhân.");
    const double limit = 60.0;
    const QList<WrappedLine> lines = measure.wrap(text, body, limit, limit - 12.7);
    ASSERT_GT(lines.size(), 3);
    QStringList words;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const WrappedLine& line = lines.at(i);
        EXPECT_LE(line.width, (i == 0 ? limit - 12.7 : limit) + 1e-6) << line.text.toStdString();
        EXPECT_NEAR(line.width, measure.width(line.text, body), 0.05) << line.text.toStdString();
        EXPECT_EQ(line.spaces, line.text.count(QLatin1Char(' ')));
        EXPECT_EQ(line.endsParagraph, i + 1 == lines.size());
        words += line.text.split(QLatin1Char(' '));
    }
    EXPECT_EQ(words, text.simplified().split(QLatin1Char(' ')));
}

TEST_F(TextMeasurerTest, NewlinesBreakAndEndParagraphs) {
    const QList<WrappedLine> lines =
        measure.wrap(QStringLiteral("Trưởng phòng,\nPhòng Tổ chức cán bộ"), body, 150);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0).text, QStringLiteral("Trưởng phòng,"));
    EXPECT_TRUE(lines.at(0).endsParagraph);
    EXPECT_EQ(lines.at(1).text, QStringLiteral("Phòng Tổ chức cán bộ"));
    EXPECT_TRUE(measure.wrap(QStringLiteral("  \n "), body, 150).isEmpty());
    EXPECT_TRUE(measure.wrap(QString(), body, 150).isEmpty());
}

TEST_F(TextMeasurerTest, BreaksAWordWiderThanTheLine) {
    const QString word = QStringLiteral("0912345678/QĐ-UBND-TĐKT-2026-ĐỀNGHỊ");
    const QList<WrappedLine> lines = measure.wrap(word, body, 20);
    ASSERT_GT(lines.size(), 1);
    QString joined;
    for (const WrappedLine& line : lines) {
        EXPECT_LE(line.width, 20.0 + 1e-6);
        joined += line.text;
    }
    EXPECT_EQ(joined, word);
}

} // namespace
} // namespace thidua::documents
