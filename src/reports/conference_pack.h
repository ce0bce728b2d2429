#pragma once

#include "document.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

// The three papers a host prints for a year-end or five-year conference
// (hội nghị tổng kết, hội nghị điển hình tiên tiến), all from one plain
// dataset that the caller fills: nothing here reads the database. Printed
// text is Vietnamese, as official forms are.
namespace thidua::reports {

// One award handed over at the conference.
struct Honoree {
    QString name;     // a person's full name or a unit's name
    QString position; // a person's position; empty for a collective
    QString unit;     // the person's unit, or the collective's parent unit
    QString awardName; // "Cờ thi đua của Bộ Tư pháp", "Bằng khen của Bộ trưởng Bộ Tư pháp"
    QString level;      // "state", "ministry" or "grassroots" (who decided it)
    int precedence = 0; // lower comes first: Huân chương before Bằng khen before Giấy khen
    bool collective = false;
    QString decision; // "125/QĐ-BTP ngày 20/12/2018"; may be empty
};

// Who hands over the awards of one level ("state": the minister or a deputy
// minister; "grassroots": the head of the host unit).
struct Presenter {
    QString level;
    QString name;     // may be empty: written in by hand
    QString position; // "Thứ trưởng Bộ Tư pháp"
};

// What the pack prints, read from the recorded data and the details the
// host typed in for the conference.
struct ConferencePack {
    // The host's header (organiser over cluster/unit, place, date). Its
    // number is the minutes' own: the list and the script print none.
    documents::OfficialHeader header;
    QString conferenceName; // "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2018"
    QString hostName;       // "Cụm thi đua số II" or a unit's name
    QDate date;             // invalid: blanks to fill in by hand
    QString venue;          // "Hội trường Học viện Tư pháp"; empty: dots
    QString chair;          // name; empty: dots
    QString chairPosition; // "Giám đốc Học viện Tư pháp, Trưởng Cụm thi đua số II"
    QString secretary;     // name; empty: dots
    QString secretaryPosition; // may be empty
    QStringList participants;  // the member units (or delegates) present
    int expected = 0;          // how many were invited; 0: not known
    QStringList agenda;        // in order; empty: a standard agenda is printed
    std::vector<Presenter> presenters;
    std::vector<Honoree> honorees; // any order: the builders sort
    int perBatch = 10;             // how many go up on stage at once; 0 or less: a whole award

    // The outcomes the minutes record.
    // "1. Học viện Tư pháp: 96,5 điểm, xếp loại Xuất sắc", best first; may be empty.
    QStringList rankingLines;
    // A title ("Cờ thi đua của Chính phủ") and the units voted for it.
    std::vector<std::pair<QString, QStringList>> proposals;
    QString nextHead; // next year's head unit; may be empty
    QString nextDeputy;
    bool covenantSigned = false; // next year's covenant was signed at the conference
    // What members said, as typed by the secretary ('\n' between paragraphs);
    // may be empty.
    QString discussion;
    QString conclusion; // may be empty
};

// Danh sách các tập thể, cá nhân được khen thưởng tại hội nghị: one table
// (STT, Tên tập thể / Họ và tên, Chức vụ, đơn vị, Hình thức khen thưởng, Số
// quyết định, left out when no decision is recorded) with a group per award,
// highest first, an award's collectives before its individuals, numbered on
// through the list; landscape with decision numbers, else upright. Signed for
// the host.
documents::Document honoreeList(const ConferencePack& pack);

// Kịch bản trao thưởng: the awards from the highest down, cut into numbered
// "Lượt" of at most perBatch honorees of one award and one kind (collectives
// or individuals); for each, the master of ceremonies' words, who presents
// (dots when the award's level has no presenter) and who stands where on
// stage, left to right.
documents::Document presentationOrder(const ConferencePack& pack);

// Biên bản hội nghị: time and place, chair and secretary, units present of
// those invited, the agenda, then the proceedings in order (report,
// discussion, ranking, vote, awards handed over counted per award, next
// year's head and deputy and the covenant, conclusion), each skipped when the
// pack has nothing for it, except the discussion and the conclusion, which
// leave dotted lines to write on; signed by the secretary and the chair.
documents::Document conferenceMinutes(const ConferencePack& pack);

} // namespace thidua::reports
