#include "migrator.h"

#include "backup.h"
#include "database.h"
#include "log.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

// Q_INIT_RESOURCE declares a global function, so it must be used outside any namespace.
static void initMigrationResources() {
    Q_INIT_RESOURCE(migrations);
}

namespace thidua::storage {

namespace {

QString translate(const char* text) {
    return QCoreApplication::translate("thidua::storage", text);
}

bool isFileDatabase(const QString& path) {
    return !path.isEmpty() && path != QStringLiteral(":memory:") && QFile::exists(path);
}

QString backupPathFor(const QString& path, int version) {
    return QStringLiteral("%1.v%2-%3.bak")
        .arg(path)
        .arg(version)
        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

Status applyStep(Database& db, const Migration& step) {
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = db.execute(step.sql.toStdString()); !ok)
        return fail(ok.error().code, translate("Schema step %1 (%2) failed: %3")
                                         .arg(step.version)
                                         .arg(step.name, ok.error().message));
    if (auto ok = db.setUserVersion(step.version); !ok)
        return ok;
    return transaction->commit();
}

} // namespace

std::vector<Migration> bundledMigrations() {
    initMigrationResources();
    std::vector<Migration> steps;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QFile source(dir.filePath(file));
        const bool opened = source.open(QIODevice::ReadOnly);
        Q_ASSERT_X(opened, "bundledMigrations", "embedded migration unreadable");
        Q_UNUSED(opened);
        steps.push_back(Migration{file.section(QLatin1Char('_'), 0, 0).toInt(),
                                  file.section(QLatin1Char('_'), 1).chopped(4), source.readAll()});
    }
    for (std::size_t i = 0; i < steps.size(); ++i)
        Q_ASSERT_X(steps[i].version == static_cast<int>(i) + 1, "bundledMigrations",
                   "migration files must be numbered 0001, 0002, … without gaps");
    return steps;
}

int latestSchemaVersion() {
    return static_cast<int>(bundledMigrations().size());
}

Result<MigrationOutcome> migrate(Database& db, const std::vector<Migration>& migrations,
                                 int targetVersion) {
    const int latest = static_cast<int>(migrations.size());
    const int target = targetVersion < 0 ? latest : std::min(targetVersion, latest);
    auto current = db.userVersion();
    if (!current)
        return std::unexpected(current.error());
    MigrationOutcome outcome{*current, *current, {}};
    if (*current > latest)
        return fail(ErrorCode::Unsupported,
                    translate("%1 was written by a newer version of thidua (schema %2; this "
                              "version knows up to %3). Update thidua to open it.")
                        .arg(db.path())
                        .arg(*current)
                        .arg(latest));
    if (*current >= target)
        return outcome;

    if (*current > 0 && isFileDatabase(db.path())) {
        outcome.backupPath = backupPathFor(db.path(), *current);
        if (auto ok = backupDatabase(db, outcome.backupPath); !ok)
            return std::unexpected(ok.error());
    }
    for (const Migration& step : migrations) {
        if (step.version <= *current || step.version > target)
            continue;
        if (auto ok = applyStep(db, step); !ok)
            return std::unexpected(ok.error());
        outcome.toVersion = step.version;
        log::get("storage")->info("{}: schema step {} ({}) applied", db.path(), step.version,
                                  step.name);
    }
    return outcome;
}

} // namespace thidua::storage
