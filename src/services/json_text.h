#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

// A flat JSON object written straight to compact UTF-8 text, for audit rows
// written by the thousand: building a QJsonObject and serialising it took a
// quarter of an import's time. Internal to the services.
namespace thidua::services {

class JsonText {
public:
    JsonText& add(const char* key, qint64 value);
    JsonText& add(const char* key, const QString& value);
    // ISO "2025-01-15", or null for an invalid date.
    JsonText& add(const char* key, QDate value);
    QByteArray finish();

private:
    void key(const char* name);

    QByteArray text_ = "{";
};

} // namespace thidua::services
