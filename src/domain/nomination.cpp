#include "nomination.h"

#include "coded_names.h"

#include <QCoreApplication>

namespace thidua::domain {

namespace {

constexpr std::array<CodedName<NominationStatus>, 7> statuses{{
    {NominationStatus::Draft, u"draft", u"Dự thảo"},
    {NominationStatus::Submitted, u"submitted", u"Đã trình"},
    {NominationStatus::Returned, u"returned", u"Bị trả lại"},
    {NominationStatus::Accepted, u"accepted", u"Đã tiếp nhận"},
    {NominationStatus::Decided, u"decided", u"Đã có quyết định"},
    {NominationStatus::Rejected, u"rejected", u"Không được khen thưởng"},
    {NominationStatus::Withdrawn, u"withdrawn", u"Đã rút"},
}};

constexpr std::array<CodedName<DossierPaper>, 8> papers{{
    {DossierPaper::Submission, u"submission", u"Tờ trình"},
    {DossierPaper::AchievementReport, u"achievement_report", u"Báo cáo thành tích"},
    {DossierPaper::Minutes, u"minutes", u"Biên bản bình xét"},
    {DossierPaper::InitiativeProof, u"initiative_proof", u"Minh chứng sáng kiến, đề tài"},
    {DossierPaper::GradeProof, u"grade_proof", u"Minh chứng hoàn thành xuất sắc nhiệm vụ"},
    {DossierPaper::ScoringTable, u"scoring_table", u"Bảng chấm điểm thi đua"},
    {DossierPaper::Ranking, u"ranking", u"Bảng xếp hạng thi đua"},
    {DossierPaper::Other, u"other", u"Tài liệu khác"},
}};

QString tr(const char* text) {
    return QCoreApplication::translate("thidua::domain", text);
}

bool allowed(NominationStatus from, NominationStatus to) {
    using S = NominationStatus;
    switch (from) {
    case S::Draft:
    case S::Returned:
        return to == S::Submitted || to == S::Withdrawn;
    case S::Submitted:
        return to == S::Returned || to == S::Accepted || to == S::Withdrawn;
    case S::Accepted:
        return to == S::Decided || to == S::Rejected || to == S::Withdrawn;
    case S::Decided:
    case S::Rejected:
    case S::Withdrawn:
        return false;
    }
    return false;
}

bool needsReason(NominationStatus to) {
    return to == NominationStatus::Returned || to == NominationStatus::Rejected ||
           to == NominationStatus::Withdrawn;
}

} // namespace

QString nominationStatusCode(NominationStatus status) {
    return codeIn(statuses, status);
}
QString nominationStatusName(NominationStatus status) {
    return nameIn(statuses, status);
}
std::optional<NominationStatus> nominationStatusFromText(const QString& text) {
    return valueIn(statuses, text);
}

QString dossierPaperCode(DossierPaper paper) {
    return codeIn(papers, paper);
}
QString dossierPaperName(DossierPaper paper) {
    return nameIn(papers, paper);
}
std::optional<DossierPaper> dossierPaperFromCode(const QString& code) {
    return valueIn(papers, code);
}

std::optional<QString> nominationMoveRefusal(NominationStatus from, NominationStatus to,
                                             const QString& reason) {
    if (!allowed(from, to))
        return tr("A nomination that is \"%1\" cannot become \"%2\".")
            .arg(nominationStatusName(from), nominationStatusName(to));
    if (needsReason(to) && reason.trimmed().isEmpty())
        return tr("Give the reason why the nomination becomes \"%1\".")
            .arg(nominationStatusName(to));
    return std::nullopt;
}

std::vector<DossierPaper> requiredPapers(const QString& awardCode, bool votedOn) {
    std::vector<DossierPaper> needed{DossierPaper::Submission, DossierPaper::AchievementReport};
    if (votedOn)
        needed.push_back(DossierPaper::Minutes);
    if (awardCode.startsWith(u"CSTD"))
        needed.push_back(DossierPaper::InitiativeProof);
    if (awardCode == u"CSTDCS")
        needed.push_back(DossierPaper::GradeProof);
    if (awardCode == u"CTDCP" || awardCode == u"CTDBO") {
        needed.push_back(DossierPaper::ScoringTable);
        needed.push_back(DossierPaper::Ranking);
    }
    return needed;
}

} // namespace thidua::domain
