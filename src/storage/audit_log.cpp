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

std::optional<Utf8Text> toJson(const QJsonObject& object) {
    if (object.isEmpty())
        return std::nullopt;
    return Utf8Text{QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

QJsonObject fromJson(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

Status AuditLog::record(const AuditEntry& entry) {
    return write(entry.at, entry.actor, entry.entity, entry.entityUuid, entry.action,
                 toJson(entry.before), toJson(entry.after));
}

Status AuditLog::recordCreated(const QDateTime& at, const QString& actor, const QString& entity,
                               const QString& entityUuid, const QByteArray& afterJson) {
    return write(at, actor, entity, entityUuid, AuditAction::Create, std::nullopt,
                 Utf8Text{afterJson});
}

Status AuditLog::write(const QDateTime& at, const QString& actor, const QString& entity,
                       const QString& entityUuid, AuditAction action,
                       const std::optional<Utf8Text>& before,
                       const std::optional<Utf8Text>& after) {
    if (at != lastAt_ || lastAtText_.isEmpty()) {
        lastAt_ = at;
        lastAtText_ = at.toString(Qt::ISODateWithMs);
    }
    return exec(db_,
                "INSERT INTO audit_log (at, actor, entity, entity_uuid, action, before_json,"
                " after_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                lastAtText_, actor, entity, entityUuid, actionCode(action), before, after);
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
