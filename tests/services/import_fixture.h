#pragma once

#include "audit_log.h"
#include "catalogue_service.h"
#include "change_events.h"
#include "fake_clock.h"
#include "import_service.h"
#include "person_list_query.h"
#include "temp_database.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

// A workspace on a temporary file with what every import test needs: files
// written as clerks save them, the import itself, the database's bytes and
// audit rows, and the change events published.
namespace thidua::test {

class ImportFixture : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = services::Workspace::open(temp.path(), clock, QStringLiteral("thu.ky"));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        workspace = std::move(*opened);
        workspace->changes().subscribe(
            [this](const services::ChangeEvent& event) { events.push_back(event); });
    }

    domain::RowId addUnit(const QString& name, domain::RowId parent = domain::NoId) {
        domain::Unit unit;
        unit.name = name;
        unit.parentId = parent;
        auto created = workspace->catalogue().createUnit(unit);
        EXPECT_TRUE(created) << created.error().message.toStdString();
        return created ? created->id : domain::NoId;
    }

    std::vector<domain::Person> people() {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        std::vector<domain::Person> all;
        storage::PersonListRequest everyone;
        everyone.limit = 1000;
        auto page = storage::PersonListQuery(db).page(everyone);
        for (const auto& row : *page)
            all.push_back(row.person);
        return all;
    }

    // A UTF-8 CSV file as a clerk saves it from Excel.
    QString csv(const QString& name, const QString& text) { return write(name, text.toUtf8()); }

    // A CSV of 8-bit text, one byte per character of text: legacy bytes as
    // Windows-1252 shows them ("NguyÔn" is TCVN3's Nguyễn).
    QString eightBitCsv(const QString& name, const QString& text) {
        return write(name, text.toLatin1());
    }

    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = temp.dir() + QLatin1Char('/') + name;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    services::ImportReport import(services::ImportKind kind, const QString& path,
                                  services::ImportOptions options = {}) {
        auto report = workspace->imports().importFile(kind, path, options);
        EXPECT_TRUE(report) << report.error().message.toStdString();
        return report ? *report : services::ImportReport{};
    }

    qint64 auditRows() {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        return *storage::AuditLog(db).count();
    }

    // The database and its write-ahead log, byte for byte.
    QByteArray fingerprint() const {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(temp.path() + suffix);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(file.readAll());
        }
        return hash.result();
    }

    TempDatabase temp;
    FakeClock clock;
    std::unique_ptr<services::Workspace> workspace;
    std::vector<services::ChangeEvent> events;
};

// A problem on this line, in this column, whose message contains text; the
// failure lists every problem of the report.
inline ::testing::AssertionResult hasProblem(const services::ImportReport& report, int line,
                                             const QString& column, const QString& text) {
    for (const services::ImportProblem& problem : report.problems)
        if (problem.line == line && problem.column == column && problem.message.contains(text))
            return ::testing::AssertionSuccess();
    auto failure = ::testing::AssertionFailure()
                   << "no problem on line " << line << " in \"" << column.toStdString()
                   << "\" mentioning \"" << text.toStdString() << "\"; the report has:";
    for (const services::ImportProblem& problem : report.problems)
        failure << "\n  " << problem.line << " [" << problem.column.toStdString() << "] "
                << problem.message.toStdString();
    return failure;
}

} // namespace thidua::test
