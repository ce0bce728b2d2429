#include "font_resolver.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QRawFont>

#include <gtest/gtest.h>

namespace thidua::documents {
namespace {

// Every precomposed letter of Vietnamese, lower and upper case.
const QString kVietnameseLetters = QStringLiteral(
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
    "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬBCDĐEÈẺẼÉẸÊỀỂỄẾỆGHIÌỈĨÍỊKLMNOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢPQRSTUÙỦŨÚỤƯỪỬỮỨỰVXYỲỶỸÝỴ");

TEST(FontResolverTest, BundledFontsAreEmbeddedAsResources) {
    for (const char* face : {"Regular", "Bold", "Italic", "BoldItalic"}) {
        const QString path =
            QStringLiteral(":/fonts/LiberationSerif-%1.ttf").arg(QLatin1String(face));
        EXPECT_TRUE(QFile::exists(path)) << path.toStdString();
    }
}

TEST(FontResolverTest, BundledFamilyIsRegisteredLiberationSerif) {
    const auto family = bundledFontFamily();
    ASSERT_TRUE(family) << family.error().message.toStdString();
    EXPECT_EQ(*family, QStringLiteral("Liberation Serif"));
    EXPECT_TRUE(QFontDatabase::families().contains(*family));
    // A second call returns the same family without registering again.
    EXPECT_EQ(bundledFontFamily().value(), *family);
}

TEST(FontResolverTest, BundledFaceCoversEveryVietnameseLetterInAllStyles) {
    const QString family = bundledFontFamily().value();
    for (bool bold : {false, true}) {
        for (bool italic : {false, true}) {
            const QFont font = documentFont(family, FontSpec{13, bold, italic});
            const QRawFont raw = QRawFont::fromFont(font);
            ASSERT_TRUE(raw.isValid());
            EXPECT_EQ(raw.familyName(), family);
            EXPECT_EQ(raw.style() == QFont::StyleItalic, italic);
            for (const QChar letter : kVietnameseLetters) {
                EXPECT_TRUE(raw.supportsCharacter(letter))
                    << "missing " << QString(letter).toStdString() << " bold=" << bold
                    << " italic=" << italic;
            }
        }
    }
}

TEST(FontResolverTest, PrefersTimesNewRomanOnlyWhenInstalled) {
    const bool installed = QFontDatabase::families().contains(QStringLiteral("Times New Roman"));
    const auto preferred = resolveDocumentFontFamily(FontChoice::PreferTimesNewRoman);
    ASSERT_TRUE(preferred);
    EXPECT_EQ(*preferred,
              installed ? QStringLiteral("Times New Roman") : QStringLiteral("Liberation Serif"));
    EXPECT_EQ(resolveDocumentFontFamily(FontChoice::BundledOnly).value(),
              QStringLiteral("Liberation Serif"));
}

TEST(FontResolverTest, DocumentFontIsUnhintedWithoutKerning) {
    const QFont font = documentFont(QStringLiteral("Liberation Serif"), FontSpec{13.5, true, true});
    EXPECT_DOUBLE_EQ(font.pointSizeF(), 13.5);
    EXPECT_TRUE(font.bold());
    EXPECT_TRUE(font.italic());
    EXPECT_FALSE(font.kerning());
    EXPECT_EQ(font.hintingPreference(), QFont::PreferNoHinting);
    EXPECT_EQ(QFontInfo(font).family(), QStringLiteral("Liberation Serif"));
}

} // namespace
} // namespace thidua::documents
