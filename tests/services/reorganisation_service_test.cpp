#include "audit_log.h"
#include "catalogue_service.h"
#include "change_events.h"
#include "fake_clock.h"
#include "listing_service.h"
#include "reorganisation_service.h"
#include "temp_database.h"
#include "workspace.h"
#include "workspace_fixture.h"

#include <gtest/gtest.h>

using namespace thidua;

namespace {

// The 2025 reorganisation in miniature: two departments (one with a section)
// merged into a third; people keep their positions and their past.
class Reorganisation : public test::WorkspaceFixture {
protected:
    void SetUp() override {
        WorkspaceFixture::SetUp();
        if (HasFatalFailure())
            return;
        ministry = unit("Bộ Tư pháp");
        boTro = unit("Cục Bổ trợ tư pháp", ministry);
        hanhChinh = unit("Cục Hành chính tư pháp", ministry);
        target = unit("Cục Quản lý hành chính tư pháp và bổ trợ tư pháp", ministry);
        section = unit("Phòng Luật sư", boTro);
        lan = addPerson(QStringLiteral("Nguyễn Thị Lan"), boTro, QStringLiteral("Phó Cục trưởng"));
        minh = addPerson(QStringLiteral("Trần Văn Minh"), hanhChinh,
                         QStringLiteral("Chuyên viên chính"));
        keepEvents();
    }

    domain::RowId unit(const char* name, domain::RowId parent = domain::NoId) {
        domain::Unit unit;
        unit.name = QString::fromUtf8(name);
        unit.parentId = parent;
        unit.kind = QStringLiteral("department");
        unit.activeFrom = QDate(2008, 1, 1);
        return addUnit(unit);
    }

    services::ReorganisationService& reorganisation() { return workspace->reorganisation(); }

    const services::Effective march2025{QDate(2025, 3, 1),
                                        QStringLiteral("Quyết định số 12/QĐ-BTP")};
    domain::RowId ministry = 0, boTro = 0, hanhChinh = 0, target = 0, section = 0, lan = 0,
                  minh = 0;
};

} // namespace

TEST_F(Reorganisation, ARenamedUnitKeepsItsFormerNameForTheDaysItCarriedIt) {
    ASSERT_TRUE(
        reorganisation().renameUnit(hanhChinh, QStringLiteral("Cục Hành chính"), march2025));
    EXPECT_EQ(*reorganisation().unitNameOn(hanhChinh, QDate(2024, 12, 31)),
              QStringLiteral("Cục Hành chính tư pháp"));
    EXPECT_EQ(*reorganisation().unitNameOn(hanhChinh, QDate(2025, 3, 1)),
              QStringLiteral("Cục Hành chính"));
    const auto former = *reorganisation().formerNames(hanhChinh);
    ASSERT_EQ(former.size(), 1u);
    EXPECT_EQ(former[0].validUntil, QDate(2025, 2, 28));
    EXPECT_EQ(former[0].decision, march2025.decision);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<services::UnitChanged>(events[0]));

    const qint64 audited = auditRows();
    auto again = reorganisation().renameUnit(hanhChinh, QStringLiteral("Cục Khác"), march2025);
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("01/03/2025")));
    EXPECT_EQ(auditRows(), audited);
}

TEST_F(Reorganisation, AMergerClosesTheSourcesAndMovesTheirPeopleAndSections) {
    ASSERT_TRUE(reorganisation().mergeUnits({boTro, hanhChinh}, target, march2025));

    auto units = workspace->catalogue().units();
    ASSERT_TRUE(units);
    for (const domain::Unit& unit : *units) {
        if (unit.id == boTro || unit.id == hanhChinh) {
            EXPECT_EQ(unit.activeTo, QDate(2025, 2, 28)) << unit.name.toStdString();
        }
        if (unit.id == section) {
            EXPECT_EQ(unit.parentId, target);
        }
    }
    // Lan keeps her position, and her past posting answers for 2024.
    const auto postings = *reorganisation().postings(lan);
    ASSERT_EQ(postings.size(), 2u);
    EXPECT_EQ(postings[0].unitId, boTro);
    EXPECT_FALSE(postings[0].startsOn.isValid());
    EXPECT_EQ(postings[1].unitId, target);
    EXPECT_EQ(postings[1].position, QStringLiteral("Phó Cục trưởng"));
    EXPECT_EQ(postings[1].decision, march2025.decision);
    EXPECT_EQ(*reorganisation().unitOfPersonOn(lan, QDate(2024, 6, 1)), boTro);
    EXPECT_EQ(*reorganisation().unitOfPersonOn(minh, QDate(2025, 6, 1)), target);
    EXPECT_EQ(*workspace->listing().countPeople({}), 2);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<services::DataReloaded>(events[0]));

    // A merged unit takes no one, no new name and no second merger.
    EXPECT_FALSE(reorganisation().transferPerson(minh, boTro, QStringLiteral("Chuyên viên"),
                                                 {QDate(2025, 5, 1), {}}));
    EXPECT_FALSE(
        reorganisation().renameUnit(boTro, QStringLiteral("Cục Mới"), {QDate(2025, 5, 1), {}}));
    EXPECT_FALSE(reorganisation().mergeUnits({boTro}, ministry, {QDate(2025, 5, 1), {}}));
}

TEST_F(Reorganisation, AMergerRefusedForOneSourceWritesNothingForAny) {
    const qint64 audited = auditRows();
    // The ministry cannot go into one of its own departments.
    auto refused = reorganisation().mergeUnits({hanhChinh, ministry}, target, march2025);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Bộ Tư pháp")));
    EXPECT_EQ(auditRows(), audited);
    EXPECT_EQ(reorganisation().postings(minh)->size(), 1u);
    EXPECT_EQ(*reorganisation().unitOfPersonOn(minh, QDate(2026, 1, 1)), hanhChinh);
    EXPECT_TRUE(events.empty());
}

TEST_F(Reorganisation, ATransferIsKeptWithItsDateAndDecision) {
    ASSERT_TRUE(reorganisation().transferPerson(minh, target, QStringLiteral("Phó Trưởng phòng"),
                                                march2025));
    EXPECT_EQ(*reorganisation().unitOfPersonOn(minh, QDate(2025, 2, 28)), hanhChinh);
    EXPECT_EQ(*reorganisation().unitOfPersonOn(minh, QDate(2025, 3, 1)), target);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(std::get<services::PersonChanged>(events[0]).personId, minh);

    const qint64 audited = auditRows();
    auto early = reorganisation().transferPerson(minh, hanhChinh, QStringLiteral("Chuyên viên"),
                                                 {QDate(2025, 1, 1), {}});
    ASSERT_FALSE(early);
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("01/03/2025")));
    EXPECT_EQ(auditRows(), audited);
    EXPECT_EQ(reorganisation().postings(minh)->size(), 2u);
}
