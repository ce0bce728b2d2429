#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>

// The levels that decide awards (AwardType::level), highest first: the code
// the catalogue stores and the name official documents print.
namespace thidua::domain {

struct AwardLevel {
    QLatin1StringView code;
    const char16_t* name;
};

inline constexpr std::array<AwardLevel, 3> AwardLevels{{
    {QLatin1StringView("state"), u"Cấp Nhà nước"},
    {QLatin1StringView("ministry"), u"Cấp Bộ, ngành, tỉnh"},
    {QLatin1StringView("grassroots"), u"Cấp cơ sở"},
}};

// 0 for the State's, 1 for a ministry's or province's, 2 for the grassroots';
// after them an unknown code.
inline int awardLevelRank(const QString& code) {
    for (std::size_t rank = 0; rank < AwardLevels.size(); ++rank)
        if (code == AwardLevels.at(rank).code)
            return int(rank);
    return int(AwardLevels.size());
}

inline bool isGrassrootsLevel(const QString& code) {
    return code == AwardLevels.back().code;
}

} // namespace thidua::domain
