#include "blanks.h"
#include "conference_groups.h"
#include "conference_pack.h"

namespace thidua::reports {

namespace {

using documents::Heading;
using documents::Paragraph;

QString nameAndPosition(const QString& name, const QString& position) {
    return position.isEmpty() ? orDots(name) : orDots(name) + QStringLiteral(", ") + position;
}

// "- Học viện Tư pháp;" down to the last item, which ends the sentence.
void addItems(documents::Document& document, const QStringList& items) {
    for (qsizetype i = 0; i < items.size(); ++i)
        document.add(Paragraph{QStringLiteral("- %1%2").arg(
            items.at(i), i + 1 < items.size() ? QStringLiteral(";") : QStringLiteral("."))});
}

QString leadershipWord(const ConferencePack& pack) {
    const QString word = clusterWord(pack.hostName);
    return word.isEmpty() ? QStringLiteral("đơn vị") : word;
}

bool hasLeadership(const ConferencePack& pack) {
    return !pack.nextHead.isEmpty() || !pack.nextDeputy.isEmpty() || pack.covenantSigned;
}

// The agenda when none was typed: what the pack says happened, in order.
QStringList standardAgenda(const ConferencePack& pack) {
    QStringList agenda{QStringLiteral("Khai mạc, tuyên bố lý do, giới thiệu đại biểu"),
                       QStringLiteral("Báo cáo tổng kết công tác thi đua, khen thưởng"),
                       QStringLiteral("Thảo luận")};
    if (!pack.rankingLines.isEmpty())
        agenda << QStringLiteral("Công bố kết quả chấm điểm, xếp hạng thi đua");
    if (!pack.proposals.empty())
        agenda << QStringLiteral("Bình xét, suy tôn đề nghị khen thưởng");
    if (!pack.honorees.empty())
        agenda << QStringLiteral("Trao khen thưởng");
    if (hasLeadership(pack))
        agenda << QStringLiteral("Công bố Trưởng, Phó Trưởng %1 năm tiếp theo; ký kết giao "
                                 "ước thi đua")
                      .arg(leadershipWord(pack));
    agenda << QStringLiteral("Kết luận, bế mạc Hội nghị");
    return agenda;
}

void addPresence(documents::Document& document, const ConferencePack& pack) {
    const QString who = clusterWord(pack.hostName).isEmpty() ? QStringLiteral("đại biểu")
                                                             : QStringLiteral("đơn vị");
    if (pack.participants.isEmpty()) {
        document.add(Paragraph{
            QStringLiteral("Thành phần tham dự: có mặt …… trên tổng số …… %1 được mời.").arg(who)});
        return;
    }
    const QString present = pack.expected > 0
                                ? QStringLiteral("%1 trên tổng số %2 %3 được mời")
                                      .arg(pack.participants.size())
                                      .arg(pack.expected)
                                      .arg(who)
                                : QStringLiteral("%1 %2").arg(pack.participants.size()).arg(who);
    document.add(Paragraph{QStringLiteral("Thành phần tham dự: có mặt %1, gồm:").arg(present)});
    addItems(document, pack.participants);
}

// Awards handed over, per award from the highest down, collectives and
// individuals of one award on one line.
QStringList awardCounts(const std::vector<HonoreeGroup>& groups) {
    QStringList lines;
    QString award;
    for (const HonoreeGroup& group : groups) {
        const QString count = headcount(qsizetype(group.honorees.size()), group.collective);
        if (group.awardName == award)
            lines.last() += QStringLiteral(", ") + count;
        else
            lines << group.awardName + QStringLiteral(": ") + count;
        award = group.awardName;
    }
    return lines;
}

// The numbered steps of the proceedings; a step the pack has nothing for is
// left out and the numbers close up.
class Proceedings {
public:
    explicit Proceedings(documents::Document& document)
        : m_document(document) {}

    void step(const QString& title) {
        m_document.add(
            Heading{Heading::Level::Section, QStringLiteral("%1. %2").arg(++m_steps).arg(title)});
    }

private:
    documents::Document& m_document;
    int m_steps = 0;
};

void addOutcomes(documents::Document& document, Proceedings& proceedings,
                 const ConferencePack& pack) {
    if (!pack.rankingLines.isEmpty()) {
        proceedings.step(QStringLiteral("Kết quả chấm điểm, xếp hạng thi đua"));
        document.add(Paragraph{QStringLiteral("Hội nghị được thông báo kết quả chấm điểm, xếp "
                                              "hạng thi đua như sau:")});
        for (const QString& line : pack.rankingLines)
            document.add(Paragraph{line});
    }
    if (!pack.proposals.empty()) {
        proceedings.step(QStringLiteral("Kết quả bình xét, suy tôn"));
        for (const auto& [title, units] : pack.proposals) {
            document.add(Paragraph{QStringLiteral("Hội nghị thống nhất đề nghị tặng %1 cho %2 "
                                                  "đơn vị:")
                                       .arg(title)
                                       .arg(units.size())});
            addItems(document, units);
        }
    }
    if (!pack.honorees.empty()) {
        proceedings.step(QStringLiteral("Trao khen thưởng"));
        document.add(Paragraph{
            QStringLiteral("Hội nghị đã trao khen thưởng cho %1:").arg(headcounts(pack.honorees))});
        addItems(document, awardCounts(honoreeGroups(pack.honorees)));
    }
}

void addLeadership(documents::Document& document, Proceedings& proceedings,
                   const ConferencePack& pack) {
    if (!hasLeadership(pack))
        return;
    const QString word = leadershipWord(pack);
    proceedings.step(
        QStringLiteral("Trưởng, Phó Trưởng %1 năm tiếp theo và giao ước thi đua").arg(word));
    if (!pack.nextHead.isEmpty())
        document.add(Paragraph{
            QStringLiteral("Đơn vị Trưởng %1 năm tiếp theo: %2.").arg(word, pack.nextHead)});
    if (!pack.nextDeputy.isEmpty())
        document.add(Paragraph{
            QStringLiteral("Đơn vị Phó Trưởng %1 năm tiếp theo: %2.").arg(word, pack.nextDeputy)});
    if (pack.covenantSigned)
        document.add(Paragraph{QStringLiteral("Các đơn vị thành viên đã ký kết Giao ước thi đua "
                                              "năm tiếp theo tại Hội nghị.")});
}

void addProceedings(documents::Document& document, const ConferencePack& pack) {
    Proceedings proceedings(document);
    proceedings.step(QStringLiteral("Báo cáo tổng kết"));
    document.add(Paragraph{QStringLiteral("Đại diện %1 trình bày báo cáo tổng kết công tác thi "
                                          "đua, khen thưởng tại Hội nghị.")
                               .arg(orDots(pack.hostName))});
    proceedings.step(QStringLiteral("Thảo luận"));
    addTypedOrLines(document, pack.discussion);
    addOutcomes(document, proceedings, pack);
    addLeadership(document, proceedings, pack);
    proceedings.step(QStringLiteral("Kết luận"));
    document.add(
        Paragraph{QStringLiteral("Đồng chí %1 kết luận Hội nghị:").arg(orDots(pack.chair))});
    addTypedOrLines(document, pack.conclusion);
}

} // namespace

documents::Document conferenceMinutes(const ConferencePack& pack) {
    documents::Document document;
    document.header = pack.header;
    document.documentType = QStringLiteral("Biên bản");
    document.summary = conferenceTitle(pack);
    document.add(Heading{Heading::Level::Part, QStringLiteral("I. Thời gian, địa điểm")});
    document.add(Paragraph{
        QStringLiteral("Thời gian: bắt đầu hồi …… giờ …… phút, %1.").arg(dayOrBlanks(pack.date))});
    document.add(Paragraph{QStringLiteral("Địa điểm: %1.").arg(orDots(pack.venue))});
    document.add(Heading{Heading::Level::Part, QStringLiteral("II. Thành phần")});
    document.add(Paragraph{
        QStringLiteral("Chủ trì: %1.").arg(nameAndPosition(pack.chair, pack.chairPosition))});
    document.add(Paragraph{QStringLiteral("Thư ký: %1.")
                               .arg(nameAndPosition(pack.secretary, pack.secretaryPosition))});
    addPresence(document, pack);
    document.add(Heading{Heading::Level::Part, QStringLiteral("III. Chương trình Hội nghị")});
    const QStringList agenda = pack.agenda.isEmpty() ? standardAgenda(pack) : pack.agenda;
    for (qsizetype i = 0; i < agenda.size(); ++i)
        document.add(Paragraph{QStringLiteral("%1. %2.").arg(i + 1).arg(agenda.at(i))});
    document.add(Heading{Heading::Level::Part, QStringLiteral("IV. Diễn biến Hội nghị")});
    addProceedings(document, pack);
    document.add(Paragraph{QStringLiteral("Hội nghị kết thúc hồi …… giờ …… phút cùng ngày. Biên "
                                          "bản đã được thông qua tại Hội nghị./.")});
    document.add(documents::SignatureColumns{{},
                                             {{QStringLiteral("Thư ký"), {}, pack.secretary},
                                              {QStringLiteral("Chủ trì"), {}, pack.chair}},
                                             2});
    return document;
}

} // namespace thidua::reports
