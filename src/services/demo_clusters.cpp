#include "demo_clusters.h"

#include "cluster_year_repository.h"
#include "covenant_repository.h"
#include "demo_writer.h"
#include "unit_repository.h"

#include <algorithm>
#include <array>
#include <vector>

namespace thidua::services::demo {

namespace {

// Written for the demo in the style of real covenants; the first one opens
// every covenant, the others are drawn.
constexpr std::array<const char16_t*, 10> covenantTargets{
    u"Hoàn thành toàn diện các chỉ tiêu, nhiệm vụ công tác năm %1 theo kế hoạch đã được phê "
    u"duyệt.",
    u"Phấn đấu 100% cán bộ, công chức, viên chức đăng ký thi đua ngay từ đầu năm.",
    u"Không có cán bộ, công chức, viên chức, người lao động vi phạm pháp luật hoặc bị xử lý kỷ "
    u"luật.",
    u"Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin và chuyển đổi số trong chỉ đạo, "
    u"điều hành.",
    u"Thực hiện nghiêm quy chế dân chủ ở cơ sở, quy tắc ứng xử và văn hóa công vụ.",
    u"Thực hành tiết kiệm, chống lãng phí trong sử dụng ngân sách và tài sản công.",
    u"Chủ động phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến, cách làm hiệu quả.",
    u"Tham gia đầy đủ các hoạt động chung của cụm, khối; gửi báo cáo sơ kết, tổng kết đúng thời "
    u"hạn.",
    u"Xây dựng tổ chức đảng, công đoàn, đoàn thanh niên trong sạch, vững mạnh.",
    u"Chăm lo đời sống vật chất, tinh thần của cán bộ, công chức, viên chức và người lao động.",
};

QStringList drawTargets(DemoRandom& random, int year) {
    std::vector<std::size_t> pool;
    for (std::size_t i = 1; i < covenantTargets.size(); ++i)
        pool.push_back(i);
    // A partial Fisher–Yates shuffle draws three to five; they keep the pool's order.
    const auto drawn = static_cast<std::size_t>(random.between(3, 5));
    const int last = static_cast<int>(pool.size()) - 1;
    for (std::size_t i = 0; i < drawn; ++i)
        std::swap(pool[i],
                  pool[static_cast<std::size_t>(random.between(static_cast<int>(i), last))]);
    pool.resize(drawn);
    std::ranges::sort(pool);
    QStringList targets{QString::fromUtf16(covenantTargets[0]).arg(year)};
    for (std::size_t index : pool)
        targets.append(QString::fromUtf16(covenantTargets[index]));
    return targets;
}

} // namespace

Status addDecisionAndCovenant(DemoWriter& writer, domain::RowId clusterId,
                              const QString& decisionSuffix) {
    DemoRandom& random = writer.random();
    storage::ClusterYearRepository clusters(writer.db());
    auto cluster = clusters.find(clusterId);
    if (!cluster)
        return std::unexpected(cluster.error());
    const int year = cluster->cluster.year;
    cluster->decision = domain::AppointingDecision{
        QStringLiteral("%1/%2").arg(random.between(20, 420)).arg(decisionSuffix),
        QDate(year - 1, 12, random.between(10, 28)), cluster->cluster.organiserId};
    if (auto ok = clusters.update(*cluster); !ok)
        return ok;

    auto head = storage::UnitRepository(writer.db()).find(cluster->head());
    if (!head)
        return std::unexpected(head.error());
    domain::Covenant covenant;
    covenant.uuid = random.uuid();
    covenant.clusterId = clusterId;
    const int month = random.between(1, 3);
    covenant.signedOn = QDate(year, month, random.between(5, 28));
    covenant.place = QStringLiteral("Hội trường %1").arg(head->name);
    covenant.signatoryIds = cluster->memberIds();
    covenant.targets = drawTargets(random, year);
    return storage::CovenantRepository(writer.db()).insert(covenant);
}

} // namespace thidua::services::demo
