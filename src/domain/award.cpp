#include "award.h"

#include "coded_names.h"

#include <QCoreApplication>

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

namespace thidua::domain {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("thidua::domain", text);
}

} // namespace

std::optional<QString> awardRefusal(const Award& award, const AwardType* type) {
    if (!type)
        return tr("The catalogue has no title or form with the code %1.").arg(award.awardCode);
    if (!type->fits(award.subject()))
        return award.subject() == TitleSubject::Individual
                   ? tr("%1 is a collective title; a person cannot receive it.").arg(type->name)
                   : tr("%1 is an individual title; a collective cannot receive it.")
                         .arg(type->name);
    if (award.year < award.firstYear || award.firstYear <= 0)
        return tr("The award's period %1–%2 is not a period.").arg(award.firstYear).arg(award.year);
    if (award.decisionNumber.trimmed().isEmpty())
        return tr("Give the number of the decision (for example 125/QĐ-BTP).");
    if (!award.decisionDate.isValid())
        return tr("Give the date of the decision.");
    if (award.issuer.trimmed().isEmpty())
        return tr("Give who issued the decision (for example Bộ trưởng Bộ Tư pháp).");
    if (award.decisionDate.year() < award.firstYear)
        return tr("Decision %1 of %2 is dated before the period %3 it rewards.")
            .arg(award.decisionNumber, award.decisionDate.toString(QStringLiteral("dd/MM/yyyy")))
            .arg(award.firstYear);
    return std::nullopt;
}

std::optional<QString> revocationRefusal(const Award& award, const QString& decision, QDate on) {
    if (award.revoked())
        return tr("The award was already revoked by decision %1.").arg(award.revokedBy);
    if (decision.trimmed().isEmpty())
        return tr("Give the number of the decision that revokes the award.");
    if (!on.isValid())
        return tr("Give the date of the decision that revokes the award.");
    if (on < award.decisionDate)
        return tr("An award cannot be revoked before the decision that gave it (%1).")
            .arg(award.decisionDate.toString(QStringLiteral("dd/MM/yyyy")));
    return std::nullopt;
}

} // namespace thidua::domain
