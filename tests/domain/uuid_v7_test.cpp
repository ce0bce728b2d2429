#include "uuid_v7.h"

#include <QUuid>

#include <gtest/gtest.h>

using thidua::domain::uuidV7;

TEST(UuidV7, IsAValidVersion7Uuid) {
    const QString text = uuidV7(1767225600000, 0xabcdefULL, 0x0123456789abcdefULL);
    const QUuid uuid = QUuid::fromString(text);
    ASSERT_FALSE(uuid.isNull()) << text.toStdString();
    // Qt 6.4 reports version 7 as unknown, so read the version and variant digits.
    EXPECT_EQ(text.at(14), QLatin1Char('7')) << text.toStdString();
    EXPECT_TRUE(QStringLiteral("89ab").contains(text.at(19))) << text.toStdString();
    EXPECT_EQ(uuid.variant(), QUuid::DCE);
    EXPECT_EQ(text.size(), 36);
}

TEST(UuidV7, StartsWithTheTimeSoThatLaterIdsSortLater) {
    // 2026-01-01T00:00:00Z is 0x019b76daa800 ms since the epoch.
    EXPECT_TRUE(uuidV7(1767225600000, 0, 0).startsWith(QStringLiteral("019b76da-a800-7")));
    const QString earlier = uuidV7(1767225600000, ~0ULL, ~0ULL);
    const QString later = uuidV7(1767225600001, 0, 0);
    EXPECT_LT(earlier, later);
}

TEST(UuidV7, RandomBitsMakeIdsOfTheSameMillisecondDiffer) {
    EXPECT_NE(uuidV7(1767225600000, 1, 2), uuidV7(1767225600000, 1, 3));
    EXPECT_NE(uuidV7(1767225600000, 1, 2), uuidV7(1767225600000, 4, 2));
}
