#include "initiative.h"

#include "coded_names.h"
#include "vietnamese_text.h"

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

// Clerks shorten the words ("Đề tài", "Cấp Bộ", "cơ sở"): the key words
// decide when the whole name does not match.
std::optional<InitiativeKind> initiativeKindFromText(const QString& text) {
    if (auto kind = valueIn(kinds, text))
        return kind;
    const QString key = vn::searchKey(text);
    if (key.startsWith(u"de tai") || key.contains(u"nghien cuu"))
        return InitiativeKind::Research;
    if (key.startsWith(u"sang kien"))
        return InitiativeKind::Initiative;
    return std::nullopt;
}

std::optional<InitiativeLevel> initiativeLevelFromText(const QString& text) {
    if (auto level = valueIn(levels, text))
        return level;
    const QStringList words = vn::searchKey(text).split(u' ', Qt::SkipEmptyParts);
    const auto has = [&](const char16_t* word) {
        return words.contains(QStringView(word));
    };
    if (vn::searchKey(text).contains(u"co so"))
        return InitiativeLevel::Grassroots;
    if (vn::searchKey(text).contains(u"toan quoc"))
        return InitiativeLevel::National;
    if (has(u"bo") || has(u"tinh") || has(u"nganh"))
        return InitiativeLevel::Ministry;
    return std::nullopt;
}

} // namespace thidua::domain
