#include "initiative.h"

#include "coded_names.h"

namespace thidua::domain {

namespace {

constexpr std::array<CodedName<InitiativeKind>, 2> kinds{{
    {InitiativeKind::Initiative, u"initiative", u"Sáng kiến"},
    {InitiativeKind::Research, u"research", u"Đề tài nghiên cứu"},
}};

constexpr std::array<CodedName<InitiativeLevel>, 3> levels{{
    {InitiativeLevel::Grassroots, u"grassroots", u"Cấp cơ sở"},
    {InitiativeLevel::Ministry, u"ministry", u"Cấp Bộ, tỉnh"},
    {InitiativeLevel::National, u"national", u"Toàn quốc"},
}};

} // namespace

QString initiativeKindCode(InitiativeKind kind) {
    return codeIn(kinds, kind);
}
QString initiativeLevelCode(InitiativeLevel level) {
    return codeIn(levels, level);
}
QString initiativeKindName(InitiativeKind kind) {
    return nameIn(kinds, kind);
}
QString initiativeLevelName(InitiativeLevel level) {
    return nameIn(levels, level);
}

std::optional<InitiativeKind> initiativeKindFromText(const QString& text) {
    return valueIn(kinds, text);
}

std::optional<InitiativeLevel> initiativeLevelFromText(const QString& text) {
    return valueIn(levels, text);
}

} // namespace thidua::domain
