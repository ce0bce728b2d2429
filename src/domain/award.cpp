#include "award.h"

#include "coded_names.h"

namespace thidua::domain {

namespace {

constexpr std::array<CodedName<AwardKind>, 5> kinds{{
    {AwardKind::Merit, u"merit", u"Công trạng"},
    {AwardKind::Sudden, u"sudden", u"Đột xuất"},
    {AwardKind::Thematic, u"thematic", u"Chuyên đề"},
    {AwardKind::Dedication, u"dedication", u"Quá trình cống hiến"},
    {AwardKind::Foreign, u"foreign", u"Đối ngoại"},
}};

constexpr qint64 kRoundingStep = 10'000;

} // namespace

QString awardKindCode(AwardKind kind) {
    return codeIn(kinds, kind);
}
QString awardKindName(AwardKind kind) {
    return nameIn(kinds, kind);
}
std::optional<AwardKind> awardKindFromText(const QString& text) {
    return valueIn(kinds, text);
}

qint64 rewardAmount(int coefficientHundredths, qint64 baseSalary) {
    const qint64 exact = static_cast<qint64>(coefficientHundredths) * baseSalary; // in 1/100 đ
    const qint64 step = kRoundingStep * 100;
    return (exact + step - 1) / step * kRoundingStep;
}

} // namespace thidua::domain
