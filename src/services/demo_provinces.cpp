#include "demo_provinces.h"

#include "demo_conduct.h"
#include "demo_writer.h"

#include <array>

namespace thidua::services::demo {

namespace {

constexpr int FirstYear = 2016;
constexpr int LastYear = 2025;
constexpr int StaffPerDepartment = 50;
constexpr int StaffPerSection = 50;

constexpr std::array<const char16_t*, 34> provinces{
    u"Hà Nội",      u"Huế",       u"Hải Phòng",   u"Đà Nẵng",    u"Thành phố Hồ Chí Minh",
    u"Cần Thơ",     u"Lai Châu",  u"Điện Biên",   u"Sơn La",     u"Lạng Sơn",
    u"Quảng Ninh",  u"Thanh Hóa", u"Nghệ An",     u"Hà Tĩnh",    u"Cao Bằng",
    u"Tuyên Quang", u"Lào Cai",   u"Thái Nguyên", u"Phú Thọ",    u"Bắc Ninh",
    u"Hưng Yên",    u"Ninh Bình", u"Quảng Trị",   u"Quảng Ngãi", u"Gia Lai",
    u"Khánh Hòa",   u"Lâm Đồng",  u"Đắk Lắk",     u"Đồng Nai",   u"Tây Ninh",
    u"Vĩnh Long",   u"Đồng Tháp", u"Cà Mau",      u"An Giang"};

constexpr std::array<const char16_t*, 20> departments{u"Sở Nội vụ",
                                                      u"Sở Tư pháp",
                                                      u"Sở Tài chính",
                                                      u"Sở Công Thương",
                                                      u"Sở Nông nghiệp và Môi trường",
                                                      u"Sở Xây dựng",
                                                      u"Sở Giáo dục và Đào tạo",
                                                      u"Sở Y tế",
                                                      u"Sở Khoa học và Công nghệ",
                                                      u"Sở Văn hóa, Thể thao và Du lịch",
                                                      u"Thanh tra tỉnh",
                                                      u"Văn phòng Ủy ban nhân dân tỉnh",
                                                      u"Sở Dân tộc và Tôn giáo",
                                                      u"Sở Ngoại vụ",
                                                      u"Ban Quản lý các khu công nghiệp",
                                                      u"Đài Phát thanh và Truyền hình",
                                                      u"Sở Giao thông vận tải",
                                                      u"Sở Lao động - Thương binh và Xã hội",
                                                      u"Sở Thông tin và Truyền thông",
                                                      u"Sở Kế hoạch và Đầu tư"};

constexpr std::array<const char16_t*, 2> sections{u"Văn phòng", u"Phòng Nghiệp vụ"};

// Departments 0–6, 7–13 and 14–19 form the province's three blocks.
constexpr std::array<const char16_t*, 3> blocks{u"Khối thi đua các cơ quan tổng hợp",
                                                u"Khối thi đua Văn hóa - Xã hội",
                                                u"Khối thi đua Kinh tế"};

constexpr int unitsPerProvince() {
    return 1 + static_cast<int>(departments.size()) * (1 + static_cast<int>(sections.size()));
}

QString text(const char16_t* utf16) {
    return QString::fromUtf16(utf16);
}

} // namespace

qint64 expectedProvinceRows() {
    const qint64 people = static_cast<qint64>(provinces.size()) * departments.size() *
                          (StaffPerDepartment + StaffPerSection * sections.size());
    const qint64 units = static_cast<qint64>(provinces.size()) * unitsPerProvince();
    // About 1.1 registrations a person a year, one a unit a year.
    const qint64 registrations = (people * 111 / 100 + units) * (LastYear - FirstYear + 1);
    const qint64 evaluations = (people + units) * (LastGradedYear - FirstGradedYear + 1);
    return people + units + registrations + evaluations;
}

Status buildProvinces(DemoWriter& writer) {
    std::vector<domain::RowId> periods;
    for (int year = FirstYear; year <= LastYear; ++year) {
        auto period = writer.addYear(year);
        if (!period)
            return std::unexpected(period.error());
        periods.push_back(*period);
    }
    for (const char16_t* provinceName : provinces) {
        const QString suffix = QStringLiteral(" tỉnh %1").arg(text(provinceName));
        auto committee = writer.addUnit(QStringLiteral("Ủy ban nhân dân") + suffix,
                                        QStringLiteral("province"), true);
        if (!committee)
            return std::unexpected(committee.error());
        std::vector<DemoUnit> units;
        std::vector<domain::RowId> departmentIds;
        for (const char16_t* departmentName : departments) {
            auto department = writer.addStaffedUnit(
                text(departmentName) + suffix, QStringLiteral("provincial_department"), *committee,
                StaffPerDepartment, QStringLiteral("Giám đốc"));
            if (!department)
                return std::unexpected(department.error());
            departmentIds.push_back(department->id);
            units.push_back(*department);
            for (const char16_t* sectionName : sections) {
                auto section = writer.addStaffedUnit(text(sectionName), QStringLiteral("section"),
                                                     department->id, StaffPerSection,
                                                     QStringLiteral("Trưởng phòng"));
                if (!section)
                    return std::unexpected(section.error());
                units.push_back(*section);
            }
        }
        for (int y = 0; y < static_cast<int>(periods.size()); ++y) {
            const int year = FirstYear + y;
            for (std::size_t b = 0; b < blocks.size(); ++b) {
                const auto first = departmentIds.begin() + static_cast<long>(b * 7);
                const auto last = b + 1 == blocks.size() ? departmentIds.end() : first + 7;
                const std::vector<domain::RowId> members(first, last);
                if (auto ok = writer.addCluster(*committee, domain::ClusterKind::Block, year, 0,
                                                text(blocks[b]), members, y);
                    !ok)
                    return std::unexpected(ok.error());
            }
            for (const DemoUnit& unit : units)
                if (auto ok = writer.registerYear(periods[static_cast<std::size_t>(y)], year, unit,
                                                  year < LastYear);
                    !ok)
                    return ok;
        }
    }
    return {};
}

} // namespace thidua::services::demo
