#include "demo_names.h"

#include "demo_random.h"

#include <array>

namespace thidua::services::demo {

namespace {

// Repeats make the common family names common (Nguyễn is about a third).
constexpr std::array<const char16_t*, 30> familyNames{
    u"Nguyễn", u"Nguyễn", u"Nguyễn", u"Nguyễn", u"Nguyễn", u"Nguyễn", u"Nguyễn", u"Nguyễn",
    u"Trần",   u"Trần",   u"Trần",   u"Lê",     u"Lê",     u"Lê",     u"Phạm",   u"Phạm",
    u"Hoàng",  u"Huỳnh",  u"Vũ",     u"Võ",     u"Phan",   u"Đặng",   u"Bùi",    u"Đỗ",
    u"Hồ",     u"Ngô",    u"Dương",  u"Lý",     u"Đào",    u"Đinh"};

constexpr std::array<const char16_t*, 8> femaleMiddle{
    u"Thị", u"Thị", u"Thị", u"Thị Thu", u"Thị Minh", u"Ngọc", u"Thị Thanh", u"Thu"};

constexpr std::array<const char16_t*, 8> maleMiddle{u"Văn",  u"Văn",   u"Văn", u"Đức",
                                                    u"Minh", u"Quang", u"Hữu", u"Công"};

constexpr std::array<const char16_t*, 30> femaleGiven{
    u"An",   u"Anh", u"Ánh",  u"Bích",  u"Châu",  u"Chi",    u"Dung", u"Giang", u"Hà",    u"Hạnh",
    u"Hằng", u"Hoa", u"Hòa",  u"Hồng",  u"Huyền", u"Hương",  u"Lan",  u"Liên",  u"Linh",  u"Loan",
    u"Mai",  u"Nga", u"Ngọc", u"Nhung", u"Oanh",  u"Phương", u"Thảo", u"Thủy",  u"Trang", u"Yến"};

constexpr std::array<const char16_t*, 30> maleGiven{
    u"An",   u"Bình", u"Cường", u"Dũng",  u"Đạt",   u"Đức",   u"Giang", u"Hải",  u"Hiếu", u"Hoàng",
    u"Hùng", u"Huy",  u"Khánh", u"Khoa",  u"Lâm",   u"Long",  u"Lộc",   u"Minh", u"Nam",  u"Phong",
    u"Quân", u"Sơn",  u"Tài",   u"Thắng", u"Thành", u"Trung", u"Tuấn",  u"Việt", u"Vinh", u"Vũ"};

template <std::size_t N>
QString pickFrom(DemoRandom& random, const std::array<const char16_t*, N>& names) {
    return QString::fromUtf16(random.pick(names));
}

} // namespace

domain::PersonName randomName(DemoRandom& random, domain::Gender gender) {
    const bool female = gender == domain::Gender::Female;
    return domain::PersonName{pickFrom(random, familyNames),
                              female ? pickFrom(random, femaleMiddle)
                                     : pickFrom(random, maleMiddle),
                              female ? pickFrom(random, femaleGiven) : pickFrom(random, maleGiven)};
}

} // namespace thidua::services::demo
