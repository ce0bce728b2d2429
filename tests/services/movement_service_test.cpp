#include "cluster_fixture.h"
#include "movement_rules.h"
#include "movement_service.h"

#include <QJsonArray>

using namespace thidua;
using domain::ReviewKind;

namespace {

class MovementServiceTest : public test::ClusterFixture {
protected:
    void SetUp() override {
        ClusterFixture::SetUp();
        auto opened = service().openPeriod(domain::stage(2021, 2025));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        stage = *opened;
        events.clear();
    }

    services::MovementService& service() { return workspace->movements(); }

    domain::Movement digital() const {
        domain::Movement movement;
        movement.name = QStringLiteral("Phong trào thi đua chuyển đổi số giai đoạn 2021–2025");
        movement.kind = domain::MovementKind::Thematic;
        movement.launcherId = ministry;
        movement.periodId = stage.id;
        movement.launchedOn = QDate(2021, 3, 15);
        movement.targets = {QStringLiteral("Số hoá hồ sơ."), QStringLiteral(" ")};
        movement.participantIds = {institute, academy};
        movement.milestones = domain::proposedMilestones(stage);
        std::reverse(movement.milestones.begin(), movement.milestones.end());
        return movement;
    }

    domain::Period stage;
};

} // namespace

TEST_F(MovementServiceTest, APeriodIsOpenedAndAuditedOnce) {
    EXPECT_EQ(stage.label, QStringLiteral("giai đoạn 2021–2025"));
    EXPECT_EQ(stage.kind, domain::PeriodKind::Stage);
    EXPECT_EQ(auditOf(QStringLiteral("period"), stage.uuid).size(), 1u);
    const qint64 before = auditRows();
    auto again = service().openPeriod(domain::stage(2021, 2025));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->id, stage.id);
    EXPECT_EQ(auditRows(), before);
}

TEST_F(MovementServiceTest, ALaunchedMovementIsStoredAuditedAndAnnounced) {
    const qint64 before = auditRows();
    auto made = service().create(digital());
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_EQ(made->targets, QStringList{QStringLiteral("Số hoá hồ sơ.")});
    ASSERT_EQ(made->milestones.size(), 10u);
    EXPECT_EQ(made->milestones.front().year, 2021);
    EXPECT_EQ(made->milestones.front().kind, ReviewKind::MidYear);
    EXPECT_EQ(auditRows(), before + 1);
    const auto audit = auditOf(QStringLiteral("movement"), made->uuid);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].after.value(QStringLiteral("participants")).toArray().size(), 2);
    EXPECT_EQ(audit[0].after.value(QStringLiteral("milestones")).toArray().size(), 10);
    EXPECT_EQ(audit[0].after.value(QStringLiteral("kind")).toString(), QStringLiteral("thematic"));
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(std::get<services::MovementChanged>(events.front()).movementId, made->id);

    auto stored = service().movement(made->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->participantIds, (std::vector<domain::RowId>{academy, institute}));
    EXPECT_EQ(stored->milestones, made->milestones);
    EXPECT_EQ(service().movements(2023)->size(), 1u);
    EXPECT_TRUE(service().movements(2026)->empty());
}

TEST_F(MovementServiceTest, RefusalsNameTheMovementTheReviewAndTheUnit) {
    domain::Movement late = digital();
    late.milestones.front().date = QDate(2026, 1, 8); // the year-end review of 2025
    auto outside = service().create(late);
    ASSERT_FALSE(outside);
    EXPECT_EQ(outside.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(test::messageNames(outside.error(),
                                   {"chuyển đổi số", "08/01/2026", "giai đoạn 2021–2025"}));

    domain::Movement twice = digital();
    twice.participantIds.push_back(institute);
    auto repeated = service().create(twice);
    ASSERT_FALSE(repeated);
    EXPECT_TRUE(test::messageNames(repeated.error(), {"Viện Khoa học pháp lý", "chuyển đổi số"}));

    domain::Movement ghost = digital();
    ghost.participantIds.push_back(9999);
    EXPECT_EQ(service().create(ghost).error().code, ErrorCode::NotFound);

    domain::Movement noPeriod = digital();
    noPeriod.periodId = 9999;
    EXPECT_EQ(service().create(noPeriod).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(events.empty());
}

TEST_F(MovementServiceTest, AnUpdateReplacesItsPartsAndARemovalIsAudited) {
    auto made = service().create(digital());
    ASSERT_TRUE(made);
    events.clear();
    domain::Movement changed = *made;
    changed.uuid.clear();
    changed.participantIds = {outsider, university, publisher};
    changed.milestones.resize(2);
    changed.targets = {QStringLiteral("Một"), QStringLiteral("Hai")};
    ASSERT_TRUE(service().update(changed));
    auto stored = service().movement(made->id);
    EXPECT_EQ(stored->uuid, made->uuid);
    EXPECT_EQ(stored->participantIds.size(), 3u);
    EXPECT_EQ(stored->milestones.size(), 2u);
    EXPECT_EQ(stored->targets, changed.targets);
    ASSERT_EQ(events.size(), 1u);

    ASSERT_TRUE(service().remove(made->id));
    const auto audit = auditOf(QStringLiteral("movement"), made->uuid);
    ASSERT_EQ(audit.size(), 3u);
    EXPECT_EQ(audit[1].action, storage::AuditAction::Update);
    EXPECT_EQ(audit[2].action, storage::AuditAction::Delete);
    EXPECT_TRUE(service().movements()->empty());
}
