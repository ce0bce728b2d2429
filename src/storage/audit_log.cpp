#include "audit_log.h"

#include "query.h"

#include <QJsonDocument>

#include <array>

namespace thidua::storage {

namespace {

constexpr std::array<const char16_t*, 5> actionCodes{u"create", u"update", u"delete", u"generate",
                                                     u"migrate"};

QString actionCode(AuditAction action) {
    return QString::fromUtf16(actionCodes[static_cast<std::size_t>(action)]);
}

AuditAction actionFromCode(const QString& code) {
    for (std::size_t i = 0; i < actionCodes.size(); ++i)
        if (code == QStringView(actionCodes[i]))
            return static_cast<AuditAction>(i);
    return AuditAction::Update;
}

std::optional<QString> toJson(const QJsonObject& object) {
    if (object.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

Status AuditLog::record(const AuditEntry& entry) {
    return exec(db_,
                "INSERT INTO audit_log (at, actor, entity, entity_uuid, action, before_json,"
                " after_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                entry.at.toString(Qt::ISODateWithMs), entry.actor, entry.entity, entry.entityUuid,
                actionCode(entry.action), toJson(entry.before), toJson(entry.after));
}

Result<std::vector<AuditEntry>> AuditLog::forEntity(const QString& entity, const QString& uuid) {
    return selectAll<AuditEntry>(
        db_,
        "SELECT at, actor, entity, entity_uuid, action, before_json, after_json"
        " FROM audit_log WHERE entity = ? AND entity_uuid = ? ORDER BY id",
        [](const Statement& row) {
            return AuditEntry{QDateTime::fromString(row.text(0), Qt::ISODateWithMs),
                              row.text(1),
                              row.text(2),
                              row.text(3),
                              actionFromCode(row.text(4)),
                              fromJson(row.text(5)),
                              fromJson(row.text(6))};
        },
        entity, uuid);
}

Result<qint64> AuditLog::count() {
    return selectInt(db_, "SELECT count(*) FROM audit_log");
}

} // namespace thidua::storage
