#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace thidua::storage {

class Database;

enum class AuditAction { Create, Update, Delete, Generate, Migrate };

struct AuditEntry {
    QDateTime at;
    QString actor;
    QString entity; // "unit", "person", …
    QString entityUuid;
    AuditAction action = AuditAction::Create;
    QJsonObject before;
    QJsonObject after;
};

// The audit table. Services write to it inside the transaction that makes the
// change, so a change and its audit row commit or roll back together.
class AuditLog {
public:
    explicit AuditLog(Database& db)
        : db_(db) {}

    Status record(const AuditEntry& entry);
    Result<std::vector<AuditEntry>> forEntity(const QString& entity, const QString& uuid);
    Result<qint64> count();

private:
    Database& db_;
};

} // namespace thidua::storage
