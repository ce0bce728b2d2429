#include "audit_log.h"
#include "catalogue_service.h"
#include "change_events.h"
#include "conduct_service.h"
#include "fake_clock.h"
#include "listing_service.h"
#include "query.h"
#include "reorganisation_service.h"
#include "temp_database.h"
#include "workspace.h"
#include "workspace_fixture.h"

#include <gtest/gtest.h>

#include <functional>

using namespace thidua;

namespace {

class CatalogueServiceTest : public test::WorkspaceFixture {
protected:
    void SetUp() override {
        WorkspaceFixture::SetUp();
        if (HasFatalFailure())
            return;
        keepEvents();
    }
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

namespace {

class PersonEditing : public CatalogueServiceTest {
protected:
    void SetUp() override {
        CatalogueServiceTest::SetUp();
        domain::Unit unit;
        unit.name = QStringLiteral("Cục Con nuôi");
        unitId = workspace->catalogue().createUnit(unit)->id;
        domain::Person person;
        person.name = domain::splitFullName(QStringLiteral("Ngô Thị Nga"));
        person.birthDate = QDate(1985, 3, 14);
        person.unitId = unitId;
        person.position = QStringLiteral("Chuyên viên");
        lan = *workspace->catalogue().createPerson(person);
        events.clear();
    }

    std::vector<QString> namesFound(const QString& search) {
        services::ListFilter filter;
        filter.search = search;
        // The page is held here: a range-for over *fetch() would read a
        // destroyed temporary (C++23 lifetime extension is not in g++ 12).
        auto listing = workspace->listing().people(filter);
        EXPECT_TRUE(listing) << listing.error().message.toStdString();
        if (!listing)
            return {};
        const auto page = listing->fetch(50);
        EXPECT_TRUE(page) << page.error().message.toStdString();
        std::vector<QString> names;
        for (const auto& person : page.value_or(std::vector<services::ListedPerson>{}))
            names.push_back(person.fullName);
        return names;
    }

    domain::RowId unitId = domain::NoId;
    domain::Person lan;
};

} // namespace

TEST_F(PersonEditing, AnEditedPersonIsFoundByTheNewNameAndAudited) {
    domain::Person edited = lan;
    edited.name = {QStringLiteral("Ngô"), QStringLiteral("Thị Hải"), QStringLiteral("Yến")};
    edited.gender = domain::Gender::Female;
    edited.birthDate = QDate(1986, 4, 1);
    edited.identityNumber = QStringLiteral("001 186 012345");
    edited.position = QStringLiteral("Chuyên viên chính");
    edited.unitId = 4242; // ignored: a move is a transfer
    ASSERT_TRUE(workspace->catalogue().updatePerson(edited));

    const domain::Person stored = *workspace->catalogue().person(lan.id);
    EXPECT_EQ(stored.name.fullName(), QStringLiteral("Ngô Thị Hải Yến"));
    EXPECT_EQ(stored.identityNumber, QStringLiteral("001186012345"));
    EXPECT_EQ(stored.unitId, unitId);
    EXPECT_EQ(stored.position, QStringLiteral("Chuyên viên chính"));
    EXPECT_EQ(namesFound(QStringLiteral("hai yen")), std::vector<QString>{stored.name.fullName()});
    EXPECT_TRUE(namesFound(QStringLiteral("nga")).empty());

    const auto audit = auditOf(QStringLiteral("person"), lan.uuid);
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[1].action, storage::AuditAction::Update);
    EXPECT_EQ(audit[1].before.value(QStringLiteral("given_name")).toString(),
              QStringLiteral("Nga"));
    EXPECT_EQ(audit[1].after.value(QStringLiteral("identity_number")).toString(),
              QStringLiteral("001186012345"));
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(std::get<services::PersonChanged>(events[0]).personId, lan.id);
}

TEST_F(PersonEditing, ANameTypedInCapitalsIsStoredAsNamesAreWritten) {
    domain::Person edited = lan;
    edited.name = domain::splitFullName(QStringLiteral("NGÔ THỊ HẢI YẾN"));
    ASSERT_TRUE(workspace->catalogue().updatePerson(edited));
    EXPECT_EQ(workspace->catalogue().person(lan.id)->name.fullName(),
              QStringLiteral("Ngô Thị Hải Yến"));
}

TEST_F(PersonEditing, APositionCorrectedAfterATransferIsCorrectedInThePostingToo) {
    ASSERT_TRUE(workspace->reorganisation().transferPerson(
        lan.id, unitId, QStringLiteral("Phó Trưởng phng"), {QDate(2025, 6, 1), {}}));
    domain::Person edited = *workspace->catalogue().person(lan.id);
    edited.position = QStringLiteral("Phó Trưởng phòng");
    ASSERT_TRUE(workspace->catalogue().updatePerson(edited));
    const auto postings = *workspace->reorganisation().postings(lan.id);
    ASSERT_EQ(postings.size(), 2u);
    EXPECT_EQ(postings[0].position, QStringLiteral("Chuyên viên"));
    EXPECT_EQ(postings[1].position, QStringLiteral("Phó Trưởng phòng"));
}

TEST_F(PersonEditing, EachRefusalNamesTheFieldAndChangesNothing) {
    const qint64 rowsBefore = auditRows();
    struct Case {
        const char* field;
        std::function<void(domain::Person&)> spoil;
    };
    const std::vector<Case> cases{
        {"Given name",
         [](domain::Person& p) {
             p.name.given = QStringLiteral(" ");
         }},
        {"Date of birth",
         [](domain::Person& p) {
             p.birthDate = QDate(2026, 2, 1);
         }},
        {"Date of birth",
         [](domain::Person& p) {
             p.birthDate = QDate(2015, 1, 1);
         }},
        {"Date of birth",
         [](domain::Person& p) {
             p.birthDate = QDate(1900, 1, 1);
         }},
        {"Identity number",
         [](domain::Person& p) {
             p.identityNumber = QStringLiteral("12345");
         }},
    };
    for (const Case& refused : cases) {
        domain::Person edited = lan;
        refused.spoil(edited);
        auto updated = workspace->catalogue().updatePerson(edited);
        ASSERT_FALSE(updated) << refused.field;
        EXPECT_EQ(updated.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(updated.error().message.startsWith(QString::fromUtf8(refused.field)))
            << updated.error().message.toStdString();
        auto created = workspace->catalogue().createPerson(edited);
        ASSERT_FALSE(created) << refused.field;
        EXPECT_EQ(created.error().message, updated.error().message);
    }
    EXPECT_EQ(auditRows(), rowsBefore);
    EXPECT_TRUE(events.empty());
    EXPECT_EQ(workspace->catalogue().person(lan.id)->name.given, QStringLiteral("Nga"));
}

TEST_F(CatalogueServiceTest, OnlyAPersonNothingIsRecordedOfCanBeRemoved) {
    domain::Unit unit;
    unit.name = QStringLiteral("Văn phòng Sở");
    auto created = workspace->catalogue().createUnit(unit);
    ASSERT_TRUE(created);
    domain::Person person;
    person.name = domain::splitFullName(QStringLiteral("Giàng A Páo"));
    person.unitId = created->id;
    auto added = workspace->catalogue().createPerson(person);
    auto graded = workspace->catalogue().createPerson(person);
    ASSERT_TRUE(added && graded);
    ASSERT_TRUE(workspace->conduct().setGrade(services::ConductSubject::person(graded->id), 2024,
                                              domain::Grade::Good, {}));

    ASSERT_TRUE(workspace->catalogue().removePerson(added->id));
    EXPECT_EQ(*workspace->catalogue().personWithUuid(added->uuid), domain::NoId);
    const auto audit = auditOf(QStringLiteral("person"), added->uuid);
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[1].action, storage::AuditAction::Delete);

    auto refused = workspace->catalogue().removePerson(graded->id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(*workspace->catalogue().personWithUuid(graded->uuid), graded->id);
}
