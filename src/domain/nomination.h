#pragma once

#include "award.h"
#include "ids.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

// Đề nghị khen thưởng (domain brief §2.4, §6): a candidate proposed by a unit
// for a title or form, moving through the states of its dossier. Refusals are
// Vietnamese sentences naming the move (translation context "thidua::domain").
namespace thidua::domain {

enum class NominationStatus { Draft, Submitted, Returned, Accepted, Decided, Rejected, Withdrawn };

// "draft", "submitted" …: the stored codes.
QString nominationStatusCode(NominationStatus status);
std::optional<NominationStatus> nominationStatusFromText(const QString& text);
// "Dự thảo", "Đã trình", "Bị trả lại", "Đã tiếp nhận", "Đã có quyết định",
// "Không được khen thưởng", "Đã rút".
QString nominationStatusName(NominationStatus status);

struct Nomination {
    RowId id = NoId;
    QString uuid;
    int year = 0;
    QString awardCode;
    AwardKind kind = AwardKind::Merit;
    RowId personId = NoId; // exactly one of personId and unitId is set
    RowId unitId = NoId;
    RowId proposingUnitId = NoId;
    QString basis; // "thành tích tóm tắt" as the list prints it
    NominationStatus status = NominationStatus::Draft;
    QString statusReason; // why it was returned, rejected or withdrawn
    RowId ballotSessionId = NoId;
    RowId awardId = NoId; // set by the decision

    TitleSubject subject() const {
        return personId != NoId ? TitleSubject::Individual : TitleSubject::Collective;
    }
    // While the proposing unit may still change it.
    bool editable() const {
        return status == NominationStatus::Draft || status == NominationStatus::Returned;
    }
};

// Why the nomination cannot move to the status: a move the workflow does not
// have (a draft accepted, a decided nomination withdrawn …), or a return,
// rejection or withdrawal without a reason.
std::optional<QString> nominationMoveRefusal(NominationStatus from, NominationStatus to,
                                             const QString& reason);

// The papers a dossier holds (Luật Điều 84; Nghị định 98/2023 Điều 34).
enum class DossierPaper {
    Submission,        // tờ trình
    AchievementReport, // báo cáo thành tích
    Minutes,           // biên bản bình xét, with the vote where one is required
    InitiativeProof,   // proof the initiative or research is recognised
    GradeProof,        // proof of HTXSNV
    ScoringTable,      // the cluster's scoring table, for a flag
    Ranking,           // the cluster's ranking, for a flag
    Other
};

QString dossierPaperCode(DossierPaper paper);
std::optional<DossierPaper> dossierPaperFromCode(const QString& code);
QString dossierPaperName(DossierPaper paper); // "Tờ trình", "Báo cáo thành tích" …

// The papers a dossier for the award needs: every dossier a submission and an
// achievement report; a title the rule data puts to a ballot (votedOn) the
// minutes; CSTĐ at any level the proof of the initiative (CSTĐ cơ sở also of
// HTXSNV); a flag the cluster's scoring table and ranking.
std::vector<DossierPaper> requiredPapers(const QString& awardCode, bool votedOn);

// A paper of a nomination's dossier, without its content.
struct DossierFile {
    RowId id = NoId;
    RowId nominationId = NoId;
    DossierPaper paper = DossierPaper::Other;
    QString fileName;
    QDate addedOn;
    qint64 size = 0;
};

// When a dossier for an award falls due, from the rule data.
struct NominationDeadline {
    QDate due;
    QString legalBasis;
    bool verified = true;
};

} // namespace thidua::domain
