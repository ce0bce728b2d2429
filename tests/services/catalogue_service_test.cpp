#include "audit_log.h"
#include "catalogue_service.h"
#include "change_events.h"
#include "fake_clock.h"
#include "listing_service.h"
#include "query.h"
#include "temp_database.h"
#include "workspace.h"

#include <gtest/gtest.h>

using namespace thidua;

namespace {

class CatalogueServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = services::Workspace::open(temp.path(), clock, QStringLiteral("thu.ky"));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        workspace = std::move(*opened);
        workspace->changes().subscribe(
            [this](const services::ChangeEvent& event) { events.push_back(event); });
    }

    std::vector<storage::AuditEntry> auditOf(const QString& entity, const QString& uuid) {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        return *storage::AuditLog(db).forEntity(entity, uuid);
    }

    qint64 auditRows() {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        return *storage::AuditLog(db).count();
    }

    test::TempDatabase temp;
    test::FakeClock clock;
    std::unique_ptr<services::Workspace> workspace;
    std::vector<services::ChangeEvent> events;
};

} // namespace

TEST_F(CatalogueServiceTest, CreatingAUnitWritesOneAuditRowAndOneEvent) {
    domain::Unit unit;
    unit.name = QStringLiteral("Vụ Pháp luật quốc tế");
    unit.kind = QStringLiteral("department");
    auto created = workspace->catalogue().createUnit(unit);
    ASSERT_TRUE(created) << created.error().message.toStdString();

    const auto audit = auditOf(QStringLiteral("unit"), created->uuid);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].action, storage::AuditAction::Create);
    EXPECT_EQ(audit[0].actor, QStringLiteral("thu.ky"));
    EXPECT_EQ(audit[0].at, clock.now());
    EXPECT_TRUE(audit[0].before.isEmpty());
    EXPECT_EQ(audit[0].after.value(QStringLiteral("name")).toString(),
              QStringLiteral("Vụ Pháp luật quốc tế"));
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(std::get<services::UnitChanged>(events[0]).unitId, created->id);
}

TEST_F(CatalogueServiceTest, AnEditRecordsTheValuesBeforeAndAfter) {
    domain::Unit unit;
    unit.name = QStringLiteral("Vụ Thi đua - Khen thưởng");
    auto created = workspace->catalogue().createUnit(unit);
    ASSERT_TRUE(created);
    clock.advanceDays(30);
    domain::Unit edited = *created;
    edited.name = QStringLiteral("Vụ Tổ chức cán bộ");
    ASSERT_TRUE(workspace->catalogue().updateUnit(edited));

    const auto audit = auditOf(QStringLiteral("unit"), created->uuid);
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[1].action, storage::AuditAction::Update);
    EXPECT_EQ(audit[1].before.value(QStringLiteral("name")).toString(),
              QStringLiteral("Vụ Thi đua - Khen thưởng"));
    EXPECT_EQ(audit[1].after.value(QStringLiteral("name")).toString(),
              QStringLiteral("Vụ Tổ chức cán bộ"));
    EXPECT_EQ(audit[1].at, clock.now());
    EXPECT_EQ(auditRows(), 2);
}

TEST_F(CatalogueServiceTest, ARefusedChangeLeavesNoRowNoAuditAndNoEvent) {
    domain::Unit blank;
    blank.name = QStringLiteral("   ");
    auto created = workspace->catalogue().createUnit(blank);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, ErrorCode::InvalidInput);

    domain::Unit missing;
    missing.id = 999;
    missing.name = QStringLiteral("Không có");
    ASSERT_FALSE(workspace->catalogue().updateUnit(missing));
    domain::Person orphan;
    orphan.name = domain::splitFullName(QStringLiteral("Phan Thị Mồ Côi"));
    orphan.unitId = 4242;
    ASSERT_FALSE(workspace->catalogue().createPerson(orphan));

    EXPECT_EQ(auditRows(), 0);
    EXPECT_TRUE(events.empty());
    EXPECT_TRUE(workspace->catalogue().units()->empty());
}

TEST_F(CatalogueServiceTest, PeopleAreListedInPagesAndFoundWithoutDiacritics) {
    domain::Unit unit;
    unit.name = QStringLiteral("Cục Con nuôi");
    auto created = workspace->catalogue().createUnit(unit);
    ASSERT_TRUE(created);
    for (const char* name : {"Nguyễn Thị Tố Nga", "Trần Minh Đức", "Lê Văn An"}) {
        domain::Person person;
        person.name = domain::splitFullName(QString::fromUtf8(name));
        person.unitId = created->id;
        ASSERT_TRUE(workspace->catalogue().createPerson(person));
    }
    auto listing = workspace->listing().people({});
    ASSERT_TRUE(listing);
    auto first = listing->fetch(2);
    ASSERT_TRUE(first);
    ASSERT_EQ(first->size(), 2u);
    EXPECT_EQ(first->at(0).fullName, QStringLiteral("Lê Văn An"));
    EXPECT_EQ(first->at(0).unitName, QStringLiteral("Cục Con nuôi"));
    auto second = listing->fetch(2);
    ASSERT_EQ(second->size(), 1u);
    EXPECT_EQ(second->at(0).fullName, QStringLiteral("Nguyễn Thị Tố Nga"));

    services::ListFilter filter;
    filter.search = QStringLiteral("nguyen thi to nga");
    auto found = workspace->listing().people(filter);
    ASSERT_EQ(found->fetch(10)->size(), 1u);
    EXPECT_EQ(*workspace->listing().countPeople({QStringLiteral("DUC")}), 1);
}
