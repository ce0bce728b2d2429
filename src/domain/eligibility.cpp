#include "eligibility.h"

// The reasons are legal text in Vietnamese, as an official document words
// them, whatever language the interface speaks.
namespace thidua::domain {

namespace {

QString v(const char16_t* text) {
    return QString::fromUtf16(text);
}

QString gradeWords(int grade) {
    return grade == NoGrade ? v(u"chưa có xếp loại") : gradeName(static_cast<Grade>(grade));
}

QString yearText(int year) {
    return QString::number(year);
}

// The words of one finding.
QString findingText(const EligibilityRule& rule, const Finding& f, const AwardNames& names) {
    const QString title = names.value(rule.code, rule.code);
    const bool met = f.outcome == Outcome::Met;
    switch (rule.kind) {
    case ConditionKind::Grade:
        if (f.have == NoGrade)
            return v(u"Chưa có kết quả xếp loại năm %1; cần xếp loại từ %2 trở lên")
                .arg(yearText(f.year), gradeName(static_cast<Grade>(f.need)));
        return (met ? v(u"Xếp loại năm %1: %2 (cần %3 trở lên)")
                    : v(u"Xếp loại năm %1 là %2; cần %3 trở lên"))
            .arg(yearText(f.year), gradeWords(f.have), gradeName(static_cast<Grade>(f.need)));
    case ConditionKind::NoDiscipline:
        if (met)
            return v(u"Không bị kỷ luật trong năm %1").arg(f.year);
        return (f.need != 0 ? v(u"Bị kỷ luật (%1) trong năm %2: tạm hoãn xét khen thưởng; thành "
                                u"tích được tính từ khi hết thời hạn kỷ luật")
                            : v(u"Bị kỷ luật (%1) trong năm %2, đã hết thời hạn: thành tích "
                                u"được tính từ khi hết thời hạn kỷ luật, nên năm %2 không được "
                                u"tính đủ"))
            .arg(disciplineFormName(static_cast<DisciplineForm>(f.have)).toLower())
            .arg(f.year);
    case ConditionKind::LowerTitle:
        return f.outcome == Outcome::Met ? v(u"Đạt danh hiệu %1 năm %2").arg(title).arg(f.year)
               : f.outcome == Outcome::Review
                   ? v(u"Danh hiệu %1 năm %2 còn cần xem xét").arg(title).arg(f.year)
                   : v(u"Không đạt danh hiệu %1 năm %2").arg(title).arg(f.year);
    case ConditionKind::ExcellentOrInitiative:
        if (met)
            return v(u"Năm %1: %2, %3 sáng kiến cấp cơ sở chưa dùng")
                .arg(yearText(f.year), gradeWords(f.have))
                .arg(f.need);
        return v(u"Năm %1 không hoàn thành xuất sắc nhiệm vụ (%2) và không có sáng kiến được "
                 u"công nhận chưa dùng để xét khen thưởng")
            .arg(yearText(f.year), gradeWords(f.have));
    case ConditionKind::ConsecutiveTitle:
        if (met)
            return v(u"Có %1 lần liên tục danh hiệu %2 đến năm %3")
                .arg(f.have)
                .arg(title)
                .arg(f.year);
        return (f.outcome == Outcome::Review
                    ? v(u"Danh hiệu %1 năm %2 còn cần xem xét (cần %3 lần liên tục)")
                    : v(u"Thiếu danh hiệu %1 năm %2 (cần %3 lần liên tục)"))
            .arg(title)
            .arg(f.year)
            .arg(f.have);
    case ConditionKind::TitleOrInitiatives:
        if (met)
            return v(u"Có %1 năm liên tục %2 hoặc hoàn thành xuất sắc nhiệm vụ với %3 sáng kiến")
                .arg(rule.years)
                .arg(title)
                .arg(rule.count);
        return v(u"Chưa có %1 năm liên tục %2 (có %3) và chưa có %1 năm liên tục hoàn thành "
                 u"xuất sắc nhiệm vụ với %4 sáng kiến chưa dùng (có %5)")
            .arg(rule.years)
            .arg(title)
            .arg(f.have)
            .arg(rule.count)
            .arg(f.need);
    case ConditionKind::Initiative:
        return (met ? v(u"Có %1 sáng kiến (%2 trở lên) chưa dùng trong %3 năm")
                    : v(u"Có %1 sáng kiến (%2 trở lên) chưa dùng trong %3 năm; cần %4"))
            .arg(f.have)
            .arg(initiativeLevelName(static_cast<InitiativeLevel>(rule.value)).toLower())
            .arg(rule.years)
            .arg(f.need);
    case ConditionKind::PriorAward:
        return met ? v(u"Đã được tặng %1 (năm %2)").arg(title).arg(f.year)
                   : v(u"Chưa được tặng %1 từ năm %2 trở về trước").arg(title).arg(f.have);
    case ConditionKind::GoodYears:
        if (met)
            return v(u"%1 năm liên tục hoàn thành tốt nhiệm vụ trở lên").arg(f.have);
        if (f.outcome == Outcome::Review)
            return v(u"Chưa có kết quả xếp loại năm %1").arg(f.year);
        return f.need != 0 ? v(u"Năm %1 bị kỷ luật: không tính vào %2 năm liên tục")
                                 .arg(f.year)
                                 .arg(rule.years)
                           : v(u"Năm %1 xếp loại %2: không đủ %3 năm liên tục hoàn thành tốt "
                               u"nhiệm vụ trở lên")
                                 .arg(yearText(f.year), gradeWords(f.have))
                                 .arg(rule.years);
    case ConditionKind::TitleCount:
        return v(u"Có %1/%2 lần %3 trong %4 năm gần nhất")
            .arg(f.have)
            .arg(f.need)
            .arg(title)
            .arg(rule.years);
    case ConditionKind::ExcellentYears:
        if (rule.subject == TitleSubject::Collective && !rule.code.isEmpty())
            return v(u"Có %1/%2 năm hoàn thành xuất sắc nhiệm vụ hoặc đạt %3 trong %4 năm gần "
                     u"nhất")
                .arg(f.have)
                .arg(f.need)
                .arg(title)
                .arg(rule.years);
        return v(u"Có %1/%2 năm hoàn thành xuất sắc nhiệm vụ trong %3 năm gần nhất")
            .arg(f.have)
            .arg(f.need)
            .arg(rule.years);
    case ConditionKind::ExcellentCap:
        if (f.need == 0)
            return v(u"Năm %1 không xét theo tiêu chí hoàn thành xuất sắc nhiệm vụ: không áp dụng "
                     u"giới hạn tỷ lệ")
                .arg(f.year);
        return (met ? v(u"Năm %1 đơn vị có %2/%3 người hoàn thành xuất sắc nhiệm vụ trong số hoàn "
                        u"thành tốt nhiệm vụ trở lên, không vượt %4%")
                    : v(u"Năm %1 đơn vị có %2/%3 người hoàn thành xuất sắc nhiệm vụ trong số hoàn "
                        u"thành tốt nhiệm vụ trở lên, vượt %4%: cần lựa chọn người được xét theo "
                        u"tiêu chí này"))
            .arg(f.year)
            .arg(f.have)
            .arg(f.need)
            .arg(rule.count);
    case ConditionKind::WorkedMonths:
        return (met ? v(u"Năm %1 công tác %2 tháng (cần %3 tháng trở lên; thời gian nghỉ thai "
                        u"sản được tính là thời gian công tác)")
                    : v(u"Năm %1 công tác %2 tháng kể từ khi nhận công tác; cần %3 tháng trở "
                        u"lên"))
            .arg(f.year)
            .arg(f.have)
            .arg(f.need);
    case ConditionKind::MemberShare:
        if (f.need == 0)
            return v(u"Tập thể chưa có danh sách thành viên để tính tỷ lệ %1 năm %2")
                .arg(title)
                .arg(f.year);
        return v(u"%1/%2 thành viên đạt %3 năm %4; cần từ %5% trở lên")
            .arg(f.have)
            .arg(f.need)
            .arg(title)
            .arg(f.year)
            .arg(rule.count);
    case ConditionKind::MembersCompleted:
        return v(u"%1/%2 thành viên hoàn thành nhiệm vụ năm %3; cần %4%")
            .arg(f.have)
            .arg(f.need)
            .arg(f.year)
            .arg(rule.count);
    case ConditionKind::MemberTitles:
        return v(u"%1 thành viên đạt %2 năm %3; cần ít nhất %4")
            .arg(f.have)
            .arg(title)
            .arg(f.year)
            .arg(rule.count);
    case ConditionKind::MemberDiscipline:
        return met ? v(u"Không có thành viên bị kỷ luật từ %1 trở lên năm %2")
                         .arg(disciplineFormName(static_cast<DisciplineForm>(rule.value)).toLower())
                         .arg(f.year)
                   : v(u"%1 thành viên bị kỷ luật từ %2 trở lên năm %3")
                         .arg(f.have)
                         .arg(disciplineFormName(static_cast<DisciplineForm>(rule.value)).toLower())
                         .arg(f.year);
    case ConditionKind::Vote:
        return met ? v(u"Được cụm, khối thi đua suy tôn %1 năm %2 (%3/%4 phiếu)")
                         .arg(title)
                         .arg(f.year)
                         .arg(f.have)
                         .arg(f.need)
                   : v(u"Không được cụm, khối thi đua suy tôn %1 năm %2").arg(title).arg(f.year);
    case ConditionKind::Review:
        return v(u"Cần xem xét: %1").arg(rule.text);
    }
    return {};
}

} // namespace

QString verdictCode(Verdict verdict) {
    switch (verdict) {
    case Verdict::Eligible:
        return QStringLiteral("eligible");
    case Verdict::NotEligible:
        return QStringLiteral("not_eligible");
    case Verdict::NeedsReview:
        return QStringLiteral("needs_review");
    }
    return {};
}

QString verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::Eligible:
        return v(u"Đủ điều kiện");
    case Verdict::NotEligible:
        return v(u"Không đủ điều kiện");
    case Verdict::NeedsReview:
        return v(u"Cần xem xét");
    }
    return {};
}

std::vector<Reason> reasonsOf(const Judgement& judgement, const AwardNames& names) {
    std::vector<Reason> reasons;
    if (!judgement.rules)
        return reasons;
    const Outcome shown = judgement.verdict == Verdict::NotEligible   ? Outcome::Failed
                          : judgement.verdict == Verdict::NeedsReview ? Outcome::Review
                                                                      : Outcome::Met;
    for (std::uint8_t i = 0; i < judgement.findingCount; ++i) {
        const Finding& finding = judgement.findings[i];
        if (finding.outcome != shown)
            continue;
        const EligibilityRule& rule = judgement.rules->rules.at(finding.rule);
        reasons.push_back(
            {finding.outcome, findingText(rule, finding, names), rule.citation, rule.verified});
    }
    return reasons;
}

} // namespace thidua::domain
