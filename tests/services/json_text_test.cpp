#include "audit_json.h"
#include "json_text.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace thidua;

TEST(JsonText, WritesWhatAJsonReaderReadsBack) {
    const QString awkward = QStringLiteral("Lý do: \"chậm\" \\ trễ\n\tvà \x01 khác");
    const QByteArray text = services::JsonText()
                                .add("id", qint64{-42})
                                .add("note", awkward)
                                .add("on", QDate(2025, 1, 5))
                                .add("until", QDate())
                                .finish();
    QJsonParseError error;
    const QJsonObject read = QJsonDocument::fromJson(text, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
    EXPECT_EQ(read.value(QStringLiteral("id")).toInteger(), -42);
    EXPECT_EQ(read.value(QStringLiteral("note")).toString(), awkward);
    EXPECT_EQ(read.value(QStringLiteral("on")).toString(), QStringLiteral("2025-01-05"));
    EXPECT_TRUE(read.value(QStringLiteral("until")).isNull());
    EXPECT_EQ(services::JsonText().finish(), QByteArray("{}"));
}

TEST(JsonText, TheAuditOfARegistrationKeepsItsValues) {
    domain::Registration registration;
    registration.periodId = 3;
    registration.unitId = 7;
    registration.titleCode = QStringLiteral("TTLDXS");
    registration.status = domain::RegistrationStatus::Returned;
    registration.returnReason = QStringLiteral("Thiếu biên bản");
    registration.registeredOn = QDate(2025, 1, 15);
    const QJsonObject json = services::toJson(registration);
    EXPECT_EQ(json.value(QStringLiteral("period_id")).toInteger(), 3);
    EXPECT_EQ(json.value(QStringLiteral("person_id")).toInteger(), 0);
    EXPECT_EQ(json.value(QStringLiteral("unit_id")).toInteger(), 7);
    EXPECT_EQ(json.value(QStringLiteral("title_code")).toString(), QStringLiteral("TTLDXS"));
    EXPECT_EQ(json.value(QStringLiteral("status")).toString(), QStringLiteral("returned"));
    EXPECT_EQ(json.value(QStringLiteral("return_reason")).toString(),
              QStringLiteral("Thiếu biên bản"));
    EXPECT_EQ(json.value(QStringLiteral("registered_on")).toString(), QStringLiteral("2025-01-15"));
    EXPECT_EQ(QJsonDocument::fromJson(services::toJsonText(registration)).object(), json);
}
