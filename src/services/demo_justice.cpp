#include "demo_justice.h"

#include "demo_clusters.h"
#include "demo_movements.h"
#include "demo_reports.h"
#include "demo_votes.h"
#include "demo_writer.h"

#include <array>
#include <map>

namespace thidua::services::demo {

namespace {

constexpr int FirstYear = 2018;
constexpr int LastYear = 2025;

struct UnitSpec {
    const char16_t* name;
    const char16_t* kind;
    const char16_t* headTitle;
    int staff;
};

// Units under the Ministry, in the cluster they belong to until a move below.
constexpr std::array<UnitSpec, 8> clusterOne{{
    {u"Vụ Hợp tác quốc tế", u"department", u"Vụ trưởng", 22},
    {u"Vụ Pháp luật quốc tế", u"department", u"Vụ trưởng", 20},
    {u"Vụ Tổ chức cán bộ", u"department", u"Vụ trưởng", 28},
    {u"Vụ Kế hoạch - Tài chính", u"department", u"Vụ trưởng", 24},
    {u"Văn phòng Bộ", u"department", u"Chánh Văn phòng", 60},
    {u"Thanh tra Bộ", u"department", u"Chánh Thanh tra", 26},
    {u"Vụ Thi đua - Khen thưởng", u"department", u"Vụ trưởng", 14},
    {u"Vụ Các vấn đề chung về xây dựng pháp luật", u"department", u"Vụ trưởng", 20},
}};

constexpr std::array<UnitSpec, 10> clusterTwo{{
    {u"Viện Khoa học pháp lý", u"institute", u"Viện trưởng", 45},
    {u"Học viện Tư pháp", u"academy", u"Giám đốc", 120},
    {u"Trường Đại học Luật Hà Nội", u"academy", u"Hiệu trưởng", 150},
    {u"Báo Pháp luật Việt Nam", u"other", u"Tổng Biên tập", 70},
    {u"Tạp chí Dân chủ và Pháp luật", u"other", u"Tổng Biên tập", 25},
    {u"Nhà xuất bản Tư pháp", u"other", u"Giám đốc", 30},
    {u"Trường Trung cấp Luật Buôn Ma Thuột", u"academy", u"Hiệu trưởng", 40},
    {u"Trường Trung cấp Luật Vị Thanh", u"academy", u"Hiệu trưởng", 38},
    {u"Trường Trung cấp Luật Thái Nguyên", u"academy", u"Hiệu trưởng", 36},
    {u"Trường Trung cấp Luật Đồng Hới", u"academy", u"Hiệu trưởng", 35},
}};

constexpr std::array<UnitSpec, 6> clusterThree{{
    {u"Cục Hộ tịch, quốc tịch, chứng thực", u"department", u"Cục trưởng", 30},
    {u"Cục Con nuôi", u"department", u"Cục trưởng", 22},
    {u"Cục Bổ trợ tư pháp", u"department", u"Cục trưởng", 28},
    {u"Cục Trợ giúp pháp lý", u"department", u"Cục trưởng", 26},
    {u"Cục Công nghệ thông tin", u"department", u"Cục trưởng", 35},
    {u"Cục Đăng ký quốc gia giao dịch bảo đảm", u"department", u"Cục trưởng", 40},
}};

constexpr std::array<UnitSpec, 5> clusterFour{{
    {u"Cục Kiểm tra văn bản quy phạm pháp luật", u"department", u"Cục trưởng", 30},
    {u"Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật", u"department",
     u"Cục trưởng", 24},
    {u"Cục Phổ biến, giáo dục pháp luật", u"department", u"Cục trưởng", 28},
    {u"Vụ Pháp luật hình sự - hành chính", u"department", u"Vụ trưởng", 20},
    {u"Vụ Pháp luật dân sự - kinh tế", u"department", u"Vụ trưởng", 20},
}};

// Cluster VI of the People's Courts: the Court Academy and eleven provincial courts.
constexpr std::array<const char16_t*, 11> courtProvinces{
    u"Bắc Ninh",    u"Bắc Giang", u"Hải Dương", u"Hưng Yên",    u"Vĩnh Phúc", u"Phú Thọ",
    u"Thái Nguyên", u"Lạng Sơn",  u"Cao Bằng",  u"Tuyên Quang", u"Hà Giang"};

constexpr std::array<UnitSpec, 7> vinhPhucSections{{
    {u"Văn phòng Sở", u"section", u"Chánh Văn phòng", 9},
    {u"Thanh tra Sở", u"section", u"Chánh Thanh tra", 5},
    {u"Phòng Xây dựng và kiểm tra văn bản quy phạm pháp luật", u"section", u"Trưởng phòng", 6},
    {u"Phòng Phổ biến, giáo dục pháp luật", u"section", u"Trưởng phòng", 6},
    {u"Phòng Hành chính tư pháp", u"section", u"Trưởng phòng", 7},
    {u"Phòng Bổ trợ tư pháp", u"section", u"Trưởng phòng", 6},
    {u"Trung tâm Trợ giúp pháp lý nhà nước", u"section", u"Giám đốc", 12},
}};

constexpr std::array<UnitSpec, 6> internalAffairsBlock{{
    {u"Bộ Chỉ huy quân sự tỉnh Vĩnh Phúc", u"military", u"Chỉ huy trưởng", 40},
    {u"Công an tỉnh Vĩnh Phúc", u"other", u"Giám đốc", 60},
    {u"Viện kiểm sát nhân dân tỉnh Vĩnh Phúc", u"other", u"Viện trưởng", 35},
    {u"Thanh tra tỉnh Vĩnh Phúc", u"other", u"Chánh Thanh tra", 25},
    {u"Cục Thi hành án dân sự tỉnh Vĩnh Phúc", u"enforcement", u"Cục trưởng", 45},
    {u"Sở Nội vụ tỉnh Vĩnh Phúc", u"provincial_department", u"Giám đốc", 35},
}};

QString text(const char16_t* utf16) {
    return QString::fromUtf16(utf16);
}

template <std::size_t N>
Result<std::vector<DemoUnit>> addUnits(DemoWriter& writer, const std::array<UnitSpec, N>& specs,
                                       domain::RowId parentId) {
    std::vector<DemoUnit> units;
    for (const UnitSpec& spec : specs) {
        auto unit = writer.addStaffedUnit(text(spec.name), text(spec.kind), parentId, spec.staff,
                                          text(spec.headTitle));
        if (!unit)
            return std::unexpected(unit.error());
        units.push_back(std::move(*unit));
    }
    return units;
}

std::vector<domain::RowId> idsOf(const std::vector<DemoUnit>& units) {
    std::vector<domain::RowId> ids;
    for (const DemoUnit& unit : units)
        ids.push_back(unit.id);
    return ids;
}

// The head rotates one place a year so that headIndex(anchorYear) == anchorHead.
int headIndex(int year, int anchorYear, int anchorHead, int members) {
    return ((anchorHead + year - anchorYear) % members + members) % members;
}

struct ClusterPlan {
    domain::RowId organiser;
    domain::ClusterKind kind;
    int number;
    QString name;
    std::vector<domain::RowId> members;
    int anchorYear;
    int anchorHead;
};

} // namespace

Status buildJusticeSector(DemoWriter& writer) {
    auto ministry = writer.addUnit(QStringLiteral("Bộ Tư pháp"), QStringLiteral("ministry"), true);
    auto supremeCourt =
        writer.addUnit(QStringLiteral("Tòa án nhân dân tối cao"), QStringLiteral("court"), true);
    auto province = writer.addUnit(QStringLiteral("Ủy ban nhân dân tỉnh Vĩnh Phúc"),
                                   QStringLiteral("province"), true);
    if (!ministry || !supremeCourt || !province)
        return std::unexpected((!ministry       ? ministry
                                : !supremeCourt ? supremeCourt
                                                : province)
                                   .error());

    auto one = addUnits(writer, clusterOne, *ministry);
    auto two = addUnits(writer, clusterTwo, *ministry);
    auto three = addUnits(writer, clusterThree, *ministry);
    auto four = addUnits(writer, clusterFour, *ministry);
    auto block = addUnits(writer, internalAffairsBlock, domain::NoId);
    if (!one || !two || !three || !four || !block)
        return fail(ErrorCode::Storage, QStringLiteral("demo units"));

    std::vector<DemoUnit> courts;
    auto academy =
        writer.addStaffedUnit(QStringLiteral("Học viện Tòa án"), QStringLiteral("academy"),
                              *supremeCourt, 60, QStringLiteral("Giám đốc"));
    if (!academy)
        return std::unexpected(academy.error());
    courts.push_back(*academy);
    for (const char16_t* provinceName : courtProvinces) {
        auto court = writer.addStaffedUnit(
            QStringLiteral("Tòa án nhân dân tỉnh %1").arg(text(provinceName)),
            QStringLiteral("court"), *supremeCourt, 30, QStringLiteral("Chánh án"));
        if (!court)
            return std::unexpected(court.error());
        courts.push_back(*court);
    }

    auto justiceDepartment = writer.addStaffedUnit(QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"),
                                                   QStringLiteral("provincial_department"),
                                                   *province, 6, QStringLiteral("Giám đốc"));
    if (!justiceDepartment)
        return std::unexpected(justiceDepartment.error());
    auto sections = addUnits(writer, vinhPhucSections, justiceDepartment->id);
    if (!sections)
        return std::unexpected(sections.error());
    // The provincial court sits in both the court cluster and the province's block.
    std::vector<domain::RowId> blockMembers = idsOf(*block);
    blockMembers.push_back(justiceDepartment->id);
    blockMembers.push_back(courts[5].id);

    // Vụ Hợp tác quốc tế moves from cluster I to cluster IV in 2022 and leads it that year.
    const domain::RowId internationalCooperation = one->front().id;
    std::vector<domain::RowId> oneLater = idsOf(*one);
    oneLater.erase(oneLater.begin());
    std::vector<domain::RowId> fourLater = idsOf(*four);
    fourLater.insert(fourLater.begin(), internationalCooperation);

    // The number suffix of each organiser's decisions.
    auto decisionSuffix = [&](domain::RowId organiser) {
        return organiser == *ministry       ? QStringLiteral("QĐ-BTP")
               : organiser == *supremeCourt ? QStringLiteral("QĐ-TANDTC")
                                            : QStringLiteral("QĐ-UBND");
    };

    std::vector<DemoUnit> everyone;
    for (auto* group : {&*one, &*two, &*three, &*four, &*block, &courts, &*sections})
        everyone.insert(everyone.end(), group->begin(), group->end());
    everyone.push_back(*justiceDepartment);

    // The votes the seeds tell of, by cluster number and year: the units
    // carrying the sector's flag, and how many of the first also carry the
    // Government's.
    const std::map<std::pair<int, int>, std::pair<QStringList, int>> votes{
        {{2, 2018},
         {{QStringLiteral("Trường Đại học Luật Hà Nội"),
           QStringLiteral("Trường Trung cấp Luật Buôn Ma Thuột"),
           QStringLiteral("Báo Pháp luật Việt Nam"), QStringLiteral("Học viện Tư pháp")},
          2}},
        {{4, 2022},
         {{QStringLiteral("Vụ Hợp tác quốc tế"),
           QStringLiteral("Cục Kiểm tra văn bản quy phạm pháp luật")},
          0}},
    };

    for (int year = FirstYear; year <= LastYear; ++year) {
        auto period = writer.addYear(year);
        if (!period)
            return std::unexpected(period.error());
        const bool moved = year >= 2022;
        const std::vector<ClusterPlan> plans{
            {*ministry,
             domain::ClusterKind::Cluster,
             1,
             {},
             moved ? oneLater : idsOf(*one),
             2018,
             0},
            {*ministry, domain::ClusterKind::Cluster, 2, {}, idsOf(*two), 2018, 0},
            {*ministry, domain::ClusterKind::Cluster, 3, {}, idsOf(*three), 2018, 0},
            {*ministry,
             domain::ClusterKind::Cluster,
             4,
             {},
             moved ? fourLater : idsOf(*four),
             2022,
             0},
            {*supremeCourt, domain::ClusterKind::Cluster, 6, {}, idsOf(courts), 2020, 0},
            {*province, domain::ClusterKind::Block, 0, QStringLiteral("Khối thi đua Nội chính"),
             blockMembers, year, 0},
        };
        for (const ClusterPlan& plan : plans) {
            const int members = static_cast<int>(plan.members.size());
            auto cluster = writer.addCluster(
                plan.organiser, plan.kind, year, plan.number, plan.name, plan.members,
                headIndex(year, plan.anchorYear, plan.anchorHead, members));
            if (!cluster)
                return std::unexpected(cluster.error());
            if (auto ok = addDecisionAndCovenant(writer, *cluster, decisionSuffix(plan.organiser));
                !ok)
                return ok;
            if (const auto vote = votes.find({plan.number, year});
                plan.organiser == *ministry && vote != votes.end()) {
                if (auto ok =
                        addClusterVote(writer, *cluster, vote->second.first, vote->second.second);
                    !ok)
                    return ok;
                if (auto ok = addConferenceNotes(writer, *cluster); !ok)
                    return ok;
            }
        }
        for (const DemoUnit& unit : everyone)
            if (auto ok = writer.registerYear(*period, year, unit, year < LastYear); !ok)
                return ok;
    }

    std::vector<domain::RowId> ministryUnits;
    for (const auto* group : {&*one, &*two, &*three, &*four})
        for (const DemoUnit& unit : *group)
            ministryUnits.push_back(unit.id);
    return addMinistryMovements(writer, *ministry, ministryUnits, FirstYear, LastYear);
}

} // namespace thidua::services::demo
