#pragma once

#include "ids.h"
#include "title.h"

#include <QDate>
#include <QString>

#include <optional>

// Awards received (domain brief §1): an emulation title (danh hiệu thi đua)
// or a commendation form (hình thức khen thưởng) given to a person or a
// collective by a decision. Translation context "thidua::domain".
namespace thidua::domain {

// Loại hình khen thưởng (Luật 2022, Điều 8).
enum class AwardKind {
    Merit,      // công trạng: the regular yearly or periodic award
    Sudden,     // đột xuất
    Thematic,   // theo chuyên đề (phong trào thi đua)
    Dedication, // quá trình cống hiến
    Foreign     // đối ngoại
};

// "merit", "sudden", "thematic", "dedication", "foreign": the stored codes.
QString awardKindCode(AwardKind kind);
// The codes and the Vietnamese words, with or without diacritics or case.
std::optional<AwardKind> awardKindFromText(const QString& text);
// "Công trạng", "Đột xuất" …
QString awardKindName(AwardKind kind);
// Đột xuất and chuyên đề awards never count toward a higher merit award
// (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 3).
inline bool countsTowardHigherAwards(AwardKind kind) {
    return kind != AwardKind::Sudden && kind != AwardKind::Thematic;
}

enum class AwardCategory { Title, Form };

// An entry of the award catalogue (rule data): a title fits one subject, a
// form fits both. precedence orders titles and forms together, highest first.
struct AwardType {
    QString code;
    QString name;
    QString abbreviation;
    AwardCategory category = AwardCategory::Title;
    std::optional<TitleSubject> subject; // titles only
    QString level;                       // "state", "ministry", "grassroots"
    int precedence = 0;
    QString legalBasis;

    bool fits(TitleSubject who) const { return !subject || *subject == who; }
};

struct Award {
    RowId id = NoId;
    QString uuid;
    QString awardCode;
    RowId personId = NoId; // exactly one of personId and unitId is set
    RowId unitId = NoId;
    int firstYear = 0; // the period the achievement covers; one year for yearly titles
    int year = 0;
    AwardKind kind = AwardKind::Merit;
    QString decisionNumber; // "125/QĐ-BTP"
    QDate decisionDate;
    QString issuer; // "Bộ trưởng Bộ Tư pháp"
    QString goldenBookNumber;
    qint64 amount = 0; // đồng
    QString revokedBy; // the revoking decision; empty while the award stands
    QDate revokedOn;
    QString revocationReason;
    QString note;

    bool revoked() const { return !revokedBy.isEmpty(); }
    TitleSubject subject() const {
        return personId != NoId ? TitleSubject::Individual : TitleSubject::Collective;
    }
};

// The cash an award carries: the coefficient (in hundredths) times the base
// salary in force on the decision date, rounded up to the next 10.000 đ
// (Nghị định 152/2025/NĐ-CP, Điều 49).
qint64 rewardAmount(int coefficientHundredths, qint64 baseSalary);

} // namespace thidua::domain

namespace thidua::domain {

// Why the award cannot be recorded: a code the catalogue does not have
// (type is null), a title that does not fit the subject, years the wrong
// way round, a decision without its number, date or issuer, or decided
// before the period began.
std::optional<QString> awardRefusal(const Award& award, const AwardType* type);

// Why the award cannot be revoked: already revoked, or no revoking decision
// or date, or a date before the award's own decision.
std::optional<QString> revocationRefusal(const Award& award, const QString& decision, QDate on);

} // namespace thidua::domain
