#include "audit_log.h"
#include "catalogue_service.h"
#include "change_events.h"
#include "fake_clock.h"
#include "reorganisation_service.h"
#include "temp_database.h"
#include "workspace.h"
#include "workspace_fixture.h"

#include <gtest/gtest.h>

using namespace thidua;

namespace {

// A department with a section and one official: what a clerk corrects in the
// unit editor, and what the editor must refuse.
class UnitEditing : public test::WorkspaceFixture {
protected:
    void SetUp() override {
        WorkspaceFixture::SetUp();
        if (HasFatalFailure())
            return;
        department = unit("Sở Tư pháp tỉnh Hà Giang");
        section = unit("Phòng Phổ biến pháp luật", department);
        ASSERT_NE(addPerson(QStringLiteral("Lò Thị Mai"), section), domain::NoId);
        keepEvents();
    }

    domain::RowId unit(const char* name, domain::RowId parent = domain::NoId) {
        domain::Unit unit;
        unit.name = QString::fromUtf8(name);
        unit.parentId = parent;
        unit.kind = QStringLiteral("section");
        return addUnit(unit);
    }

    domain::Unit stored(domain::RowId id) {
        const auto units = workspace->catalogue().units();
        for (const domain::Unit& unit : *units)
            if (unit.id == id)
                return unit;
        return {};
    }

    domain::RowId department = 0, section = 0;
};

} // namespace

TEST_F(UnitEditing, AnEditStoresEveryFieldWithItsAuditRowAndEvent) {
    domain::Unit edited = stored(department);
    edited.name = QStringLiteral("  Sở Tư pháp tỉnh Tuyên Quang ");
    edited.shortName = QStringLiteral("STP");
    edited.kind = QStringLiteral("provincial_department");
    edited.hasLegalPersonality = true;
    edited.activeFrom = QDate(1992, 10, 1);
    const qint64 auditBefore = auditRows();
    ASSERT_TRUE(workspace->catalogue().updateUnit(edited));

    const domain::Unit after = stored(department);
    EXPECT_EQ(after.name, QStringLiteral("Sở Tư pháp tỉnh Tuyên Quang"));
    EXPECT_EQ(after.shortName, QStringLiteral("STP"));
    EXPECT_EQ(after.kind, QStringLiteral("provincial_department"));
    EXPECT_TRUE(after.hasLegalPersonality);
    EXPECT_EQ(after.activeFrom, QDate(1992, 10, 1));
    EXPECT_EQ(auditRows(), auditBefore + 1);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(std::get<services::UnitChanged>(events[0]).unitId, department);
}

TEST_F(UnitEditing, AUnitCannotMoveUnderItsOwnSection) {
    domain::Unit edited = stored(department);
    edited.parentId = section;
    auto refused = workspace->catalogue().updateUnit(edited);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("which is part of it")));
    edited.parentId = department;
    EXPECT_FALSE(workspace->catalogue().updateUnit(edited));
    EXPECT_EQ(stored(department).parentId, domain::NoId);
    EXPECT_TRUE(events.empty());
}

TEST_F(UnitEditing, ClosingAUnitWithPeopleOrARunningSectionIsRefused) {
    domain::Unit closing = stored(section);
    closing.activeTo = QDate(2025, 6, 30);
    auto refused = workspace->catalogue().updateUnit(closing);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("1 person(s) posted there")));

    domain::Unit parent = stored(department);
    parent.activeTo = QDate(2025, 6, 30);
    refused = workspace->catalogue().updateUnit(parent);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("Phòng Phổ biến pháp luật is "
                                                                  "still running")));
    EXPECT_FALSE(stored(department).activeTo.isValid());
}

TEST_F(UnitEditing, AMergedUnitStaysClosed) {
    const domain::RowId target = unit("Sở Tư pháp tỉnh Tuyên Quang");
    ASSERT_TRUE(workspace->reorganisation().mergeUnits({department}, target,
                                                       {QDate(2025, 7, 1), QString()}));
    domain::Unit merged = stored(department);
    ASSERT_TRUE(merged.activeTo.isValid());
    merged.activeTo = QDate();
    auto refused = workspace->catalogue().updateUnit(merged);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("cannot be reopened")));

    domain::Unit underMerged;
    underMerged.name = QStringLiteral("Phòng Công chứng số 2");
    underMerged.parentId = department;
    EXPECT_FALSE(workspace->catalogue().createUnit(underMerged));
}

TEST_F(UnitEditing, OnlyAUnitNothingRefersToCanBeRemoved) {
    const domain::RowId fresh = unit("Phòng Công chứng số 3", department);
    const QString uuid = stored(fresh).uuid;
    ASSERT_TRUE(workspace->catalogue().removeUnit(fresh));
    EXPECT_EQ(stored(fresh).id, domain::NoId);
    {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        const auto audit = *storage::AuditLog(db).forEntity(QStringLiteral("unit"), uuid);
        ASSERT_EQ(audit.size(), 2u);
        EXPECT_EQ(audit[1].action, storage::AuditAction::Delete);
    }

    for (domain::RowId used : {department, section}) {
        auto refused = workspace->catalogue().removeUnit(used);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("cannot be deleted")));
        EXPECT_EQ(stored(used).id, used);
    }
}
