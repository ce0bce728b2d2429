#include "integrity_check.h"

#include "migrator.h"
#include "query.h"

#include <QCoreApplication>

namespace thidua::storage {

namespace {

QString translate(const char* text) {
    return QCoreApplication::translate("thidua::storage", text);
}

// A domain rule as a query returning one row per breach: (row id, detail).
struct RuleCheck {
    const char* description;
    std::string_view sql;
};

constexpr RuleCheck ruleChecks[] = {
    {QT_TRANSLATE_NOOP("thidua::storage",
                       "Registration %1: title %2 is for collectives but a person registered it"),
     "SELECT r.id, r.title_code FROM registration r JOIN title t ON t.code = r.title_code"
     " WHERE r.person_id IS NOT NULL AND t.subject <> 'individual'"},
    {QT_TRANSLATE_NOOP("thidua::storage",
                       "Registration %1: title %2 is for individuals but a unit registered it"),
     "SELECT r.id, r.title_code FROM registration r JOIN title t ON t.code = r.title_code"
     " WHERE r.unit_id IS NOT NULL AND t.subject <> 'collective'"},
    {QT_TRANSLATE_NOOP("thidua::storage", "Person %1: search key \"%2\" does not match the name"),
     "SELECT id, search_key FROM person WHERE search_key <> vn_search_key(trim(family_name ||"
     " ' ' || middle_name || ' ' || given_name))"},
    {QT_TRANSLATE_NOOP("thidua::storage", "Unit %1: search key \"%2\" does not match the name"),
     "SELECT id, search_key FROM unit WHERE search_key <> vn_search_key(name)"},
    {QT_TRANSLATE_NOOP("thidua::storage", "Cluster %1 has %2 heads; it may have one"),
     "SELECT cluster_id, count(*) FROM cluster_member WHERE role = 'head'"
     " GROUP BY cluster_id HAVING count(*) > 1"},
    {QT_TRANSLATE_NOOP("thidua::storage", "Registration %1 is dated %2, outside its period"),
     "SELECT r.id, r.registered_on FROM registration r JOIN period p ON p.id = r.period_id"
     " WHERE r.registered_on > p.end_date"},
};

Status collect(Database& db, std::string_view sql,
               const std::function<QString(const Statement&)>& describe, QStringList* problems) {
    auto statement = db.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    return forEachRow(**statement, [&](const Statement& row) {
        const QString problem = describe(row);
        if (!problem.isEmpty())
            problems->append(problem);
    });
}

} // namespace

Result<IntegrityReport> checkIntegrity(Database& db) {
    IntegrityReport report;
    report.expectedSchemaVersion = latestSchemaVersion();
    auto version = db.userVersion();
    if (!version)
        return std::unexpected(version.error());
    report.schemaVersion = *version;
    if (report.schemaVersion != report.expectedSchemaVersion)
        report.problems.append(translate("Schema version is %1; this thidua expects %2")
                                   .arg(report.schemaVersion)
                                   .arg(report.expectedSchemaVersion));

    auto ok = collect(
        db, "PRAGMA integrity_check",
        [](const Statement& row) {
            const QString line = row.text(0);
            return line == QStringLiteral("ok") ? QString()
                                                : translate("SQLite integrity: %1").arg(line);
        },
        &report.problems);
    if (ok)
        ok = collect(
            db, "PRAGMA foreign_key_check",
            [](const Statement& row) {
                return translate("Table %1, row %2 refers to a missing row in %3")
                    .arg(row.text(0))
                    .arg(row.int64(1))
                    .arg(row.text(2));
            },
            &report.problems);
    if (report.schemaVersion == report.expectedSchemaVersion) {
        for (const RuleCheck& check : ruleChecks) {
            if (!ok)
                break;
            ok = collect(
                db, check.sql,
                [&](const Statement& row) {
                    return translate(check.description).arg(row.int64(0)).arg(row.text(1));
                },
                &report.problems);
        }
    }
    if (!ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace thidua::storage
