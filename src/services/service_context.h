#pragma once

#include "audit_log.h"
#include "change_events.h"
#include "clock.h"
#include "database.h"
#include "transaction.h"

#include <QJsonObject>

// What every service shares: the connection, the clock, who is acting, and
// where change events go. Internal to the services library.
namespace thidua::services {

struct ServiceContext {
    storage::Database& db;
    const domain::Clock& clock;
    QString actor;
    ChangeNotifier& changes;

    storage::AuditEntry audit(const QString& entity, const QString& uuid,
                              storage::AuditAction action, QJsonObject before = {},
                              QJsonObject after = {}) const {
        return {clock.now(), actor, entity, uuid, action, std::move(before), std::move(after)};
    }
};

// Runs work() (the change and its audit rows) in one transaction; commits
// only when work succeeds, then publishes the event made by makeEvent(),
// which may read ids that work() filled in.
template <typename Work, typename MakeEvent>
Status inTransaction(ServiceContext& context, Work&& work, MakeEvent&& makeEvent) {
    auto transaction = storage::Transaction::begin(context.db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (Status ok = work(); !ok)
        return ok;
    if (Status ok = transaction->commit(); !ok)
        return ok;
    context.changes.publish(ChangeEvent(makeEvent()));
    return {};
}

} // namespace thidua::services
