#include "demo_movements.h"

#include "demo_writer.h"
#include "movement_repository.h"
#include "movement_rules.h"
#include "period_repository.h"

#include <array>

namespace thidua::services::demo {

namespace {

// Written for the demo in the style of the ministry's plans.
constexpr std::array<const char16_t*, 4> regularTargets{
    u"Hoàn thành xuất sắc các nhiệm vụ trọng tâm của công tác tư pháp năm %1.",
    u"Nâng cao chất lượng xây dựng, thẩm định và kiểm tra văn bản quy phạm pháp luật.",
    u"Đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh "
    u"nghiệp.",
    u"Siết chặt kỷ luật, kỷ cương hành chính; phòng, chống tham nhũng, tiêu cực.",
};

constexpr std::array<const char16_t*, 4> thematicTargets{
    u"Đến năm 2025, xử lý hồ sơ công việc trên môi trường mạng ở tất cả các đơn vị, trừ hồ sơ "
    u"mật.",
    u"Cung cấp toàn trình các dịch vụ công trực tuyến đủ điều kiện thuộc phạm vi quản lý của "
    u"ngành.",
    u"Hoàn thành các cơ sở dữ liệu chuyên ngành tư pháp và kết nối với cơ sở dữ liệu quốc gia.",
    u"Mỗi đơn vị có ít nhất một sáng kiến hoặc mô hình chuyển đổi số được công nhận.",
};

template <std::size_t N>
QStringList texts(const std::array<const char16_t*, N>& items, int year) {
    QStringList list;
    for (const char16_t* item : items) {
        const QString text = QString::fromUtf16(item);
        list.append(text.contains(QStringLiteral("%1")) ? text.arg(year) : text);
    }
    return list;
}

// The proposed review dates, moved by a few days as conferences are.
std::vector<domain::Milestone> milestones(DemoRandom& random, const domain::Period& period) {
    std::vector<domain::Milestone> result = domain::proposedMilestones(period);
    for (domain::Milestone& milestone : result)
        milestone.date = milestone.kind == domain::ReviewKind::MidYear
                             ? QDate(milestone.year, 7, random.between(5, 25))
                             : QDate(milestone.year, 12, random.between(8, 22));
    return result;
}

Status addMovement(DemoWriter& writer, domain::Movement movement, domain::Period period) {
    DemoRandom& random = writer.random();
    period.uuid = random.uuid();
    if (auto ok = storage::PeriodRepository(writer.db()).ensure(period); !ok)
        return ok;
    movement.uuid = random.uuid();
    movement.periodId = period.id;
    movement.document = QStringLiteral("Kế hoạch số %1/KH-BTP").arg(random.between(5, 60));
    movement.milestones = milestones(random, period);
    return storage::MovementRepository(writer.db()).insert(movement);
}

} // namespace

Status addMinistryMovements(DemoWriter& writer, domain::RowId ministry,
                            const std::vector<domain::RowId>& units, int firstYear, int lastYear) {
    DemoRandom& random = writer.random();
    for (int year = firstYear; year <= lastYear; ++year) {
        domain::Movement regular;
        regular.name =
            QStringLiteral(
                "Phong trào thi đua thực hiện thắng lợi nhiệm vụ công tác tư pháp năm %1")
                .arg(year);
        regular.kind = domain::MovementKind::Regular;
        regular.launcherId = ministry;
        regular.launchedOn = QDate(year, 1, random.between(8, 25));
        regular.targets = texts(regularTargets, year);
        regular.participantIds = units;
        if (auto ok = addMovement(writer, std::move(regular), domain::calendarYear(year)); !ok)
            return ok;
    }
    if (firstYear > 2021 || lastYear < 2025)
        return {};
    domain::Movement thematic;
    thematic.name = QStringLiteral("Phong trào thi đua “Ngành Tư pháp đẩy mạnh chuyển đổi số, xây "
                                   "dựng nền hành chính phục vụ” giai đoạn 2021–2025");
    thematic.kind = domain::MovementKind::Thematic;
    thematic.launcherId = ministry;
    thematic.launchedOn = QDate(2021, 3, random.between(1, 28));
    thematic.targets = texts(thematicTargets, 2025);
    thematic.participantIds = units;
    return addMovement(writer, std::move(thematic), domain::stage(2021, 2025));
}

} // namespace thidua::services::demo
