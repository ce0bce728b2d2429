#pragma once

#include "audit_log.h"
#include "catalogue_service.h"
#include "change_events.h"
#include "fake_clock.h"
#include "person_name.h"
#include "temp_database.h"
#include "workspace.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace thidua::test {

// A workspace on a new database, opened by the clerk "thu.ky" on a fake
// clock, with what the service tests read back: the events and audit rows.
class WorkspaceFixture : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = services::Workspace::open(temp.path(), clock, QStringLiteral("thu.ky"));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        workspace = std::move(*opened);
    }

    // From here on events are kept: those of the test, not of its setting up.
    void keepEvents() {
        workspace->changes().subscribe(
            [this](const services::ChangeEvent& event) { events.push_back(event); });
    }

    domain::RowId addUnit(const domain::Unit& unit) {
        auto created = workspace->catalogue().createUnit(unit);
        EXPECT_TRUE(created) << created.error().message.toStdString();
        return created ? created->id : domain::NoId;
    }

    domain::RowId addPerson(const QString& fullName, domain::RowId unitId,
                            const QString& position = {}) {
        domain::Person person;
        person.name = domain::splitFullName(fullName);
        person.unitId = unitId;
        person.position = position;
        auto created = workspace->catalogue().createPerson(person);
        EXPECT_TRUE(created) << created.error().message.toStdString();
        return created ? created->id : domain::NoId;
    }

    std::vector<storage::AuditEntry> auditOf(const QString& entity, const QString& uuid) {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        return *storage::AuditLog(db).forEntity(entity, uuid);
    }

    // A UTF-8 text file beside the database, as a clerk saves a CSV.
    QString writeFile(const QString& name, const QString& text) const {
        const QString path = QDir(temp.dir()).filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return path;
    }

    qint64 auditRows() {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        return *storage::AuditLog(db).count();
    }

    TempDatabase temp;
    FakeClock clock;
    std::unique_ptr<services::Workspace> workspace;
    std::vector<services::ChangeEvent> events;
};

} // namespace thidua::test
