#pragma once

#include "result.h"
#include "statement.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
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
    // A row that was created, its values already written as JSON text: what
    // writers of many rows at a time (imports) record.
    Status recordCreated(const QDateTime& at, const QString& actor, const QString& entity,
                         const QString& entityUuid, const QByteArray& afterJson);
    Result<std::vector<AuditEntry>> forEntity(const QString& entity, const QString& uuid);
    Result<qint64> count();

private:
    Status write(const QDateTime& at, const QString& actor, const QString& entity,
                 const QString& entityUuid, AuditAction action,
                 const std::optional<Utf8Text>& before, const std::optional<Utf8Text>& after);

    Database& db_;
    // The last time written and its text: the rows of one import share it.
    QDateTime lastAt_;
    QString lastAtText_;
};

} // namespace thidua::storage
