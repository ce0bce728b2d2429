#include "vote_minutes.h"

#include "blanks.h"
#include "vietnamese_format.h"

namespace thidua::reports {

namespace {

using documents::Alignment;
using documents::Heading;
using documents::Paragraph;

QString percent(double value) {
    return domain::vn::formatDecimal(value, 2);
}

QString sharePercent(domain::Share share) {
    return percent(100.0 * share.numerator / share.denominator);
}

// Per title from the lowest upward, each candidate's counts, the yes votes
// as a share of all members and the result against the title's threshold.
documents::Table tally(const BallotPrint& print) {
    documents::Table table;
    table.fontPointSize = 11;
    table.columns = {
        {QStringLiteral("STT"), 0.8, Alignment::Center},
        {QStringLiteral("Đơn vị"), 3.2, Alignment::Left},
        {QStringLiteral("Vòng"), 1.0, Alignment::Center},
        {QStringLiteral("Phiếu phát ra"), 1.0, Alignment::Center},
        {QStringLiteral("Phiếu thu về"), 1.0, Alignment::Center},
        {QStringLiteral("Phiếu hợp lệ"), 1.0, Alignment::Center},
        {QStringLiteral("Phiếu đồng ý"), 1.0, Alignment::Center},
        {QStringLiteral("Tỷ lệ so với tổng số thành viên (%)"), 1.5, Alignment::Center},
        {QStringLiteral("Kết quả"), 1.2, Alignment::Center}};
    for (const domain::Title& title : print.titles) {
        const auto threshold = print.rules.thresholds.find(title.code);
        table.rows.append(documents::TableRow::group(
            threshold == print.rules.thresholds.end()
                ? title.name
                : QStringLiteral("%1 (cần từ %2 % trở lên)")
                      .arg(title.name, sharePercent(threshold->second))));
        int number = 0;
        for (const domain::Ballot& ballot : print.session.ballots) {
            if (ballot.titleCode != title.code)
                continue;
            const domain::BallotOutcome outcome =
                domain::ballotOutcome(print.session, ballot, print.rules);
            table.rows.append(documents::TableRow::data(
                {QString::number(++number), print.unitName(ballot.unitId),
                 QString::number(ballot.round), QString::number(ballot.issued),
                 QString::number(ballot.returned), QString::number(ballot.valid),
                 QString::number(ballot.yes), percent(outcome.yesPercentOfMembers),
                 outcome.passes ? QStringLiteral("Đạt") : QStringLiteral("Không đạt")}));
        }
    }
    return table;
}

QString presence(const BallotPrint& print) {
    const domain::BallotSession& session = print.session;
    return QStringLiteral("Tổng số thành viên: %1; có mặt: %2; vắng mặt: %3 (trong đó %4 thành "
                          "viên vắng mặt có ý kiến bằng văn bản).")
        .arg(session.members)
        .arg(session.present)
        .arg(session.members - session.present)
        .arg(session.writtenOpinions);
}

QString quorum(const BallotPrint& print) {
    const domain::BallotSession& session = print.session;
    const bool quorate = session.members > 0 &&
                         domain::reaches(session.present, session.members, print.rules.quorum);
    const QString share =
        percent(session.members > 0 ? 100.0 * session.present / session.members : 0);
    return quorate ? QStringLiteral("Số thành viên có mặt bằng %1 % tổng số thành viên, đủ điều "
                                    "kiện tiến hành bình xét (từ %2 % trở lên).")
                         .arg(share, sharePercent(print.rules.quorum))
                   : QStringLiteral("Số thành viên có mặt bằng %1 % tổng số thành viên, không đủ "
                                    "điều kiện tiến hành bình xét (cần từ %2 % trở lên); kết quả "
                                    "bỏ phiếu không được công nhận.")
                         .arg(share, sharePercent(print.rules.quorum));
}

documents::Document minutesFrame(const BallotPrint& print, const QString& type) {
    documents::Document document;
    document.header = ballotHeader(print);
    document.documentType = type;
    document.summary = ballotSummary(print);
    return document;
}

// The units the vote carried for each title, from the lowest title upward.
void addConclusion(documents::Document& document, const BallotPrint& print) {
    const std::vector<domain::CarriedBallot> carried =
        domain::carriedBallots(print.session, print.rules);
    bool any = false;
    for (const domain::Title& title : print.titles) {
        QStringList units;
        for (const domain::CarriedBallot& ballot : carried)
            if (ballot.titleCode == title.code)
                units << print.unitName(ballot.unitId);
        if (units.isEmpty())
            continue;
        document.add(Paragraph{QStringLiteral("Đề nghị tặng %1 cho %2 đơn vị:")
                                   .arg(title.name)
                                   .arg(units.size(), 2, 10, QLatin1Char('0'))});
        for (qsizetype i = 0; i < units.size(); ++i)
            document.add(Paragraph{QStringLiteral("- %1%2").arg(
                units.at(i), i + 1 < units.size() ? QStringLiteral(";") : QStringLiteral("."))});
        any = true;
    }
    if (!any)
        document.add(Paragraph{QStringLiteral("Không có đơn vị nào đạt tỷ lệ phiếu đồng ý cần "
                                              "thiết để đề nghị khen thưởng.")});
}

documents::SignatureColumns signatures(const QString& left, const QString& leftName,
                                       const QString& right, const QString& rightName) {
    return {{}, {{left, {}, leftName}, {right, {}, rightName}}, 2};
}

} // namespace

documents::Document voteCountMinutes(const BallotPrint& print) {
    documents::Document document = minutesFrame(print, QStringLiteral("Biên bản kiểm phiếu"));
    const domain::BallotSession& session = print.session;
    QString opening = QStringLiteral("Hôm nay, %1").arg(dayOrBlanks(session.heldOn));
    if (!session.place.isEmpty())
        opening += QStringLiteral(", tại %1").arg(session.place);
    document.add(Paragraph{opening + QStringLiteral(", Ban kiểm phiếu tiến hành kiểm phiếu bình "
                                                    "xét, suy tôn thi đua năm %1 của %2.")
                                         .arg(print.year)
                                         .arg(print.clusterName)});
    document.add(Paragraph{presence(print)});
    document.add(Paragraph{QStringLiteral("Tỷ lệ phiếu đồng ý được tính trên tổng số thành viên "
                                          "(kể cả thành viên vắng mặt). Kết quả kiểm phiếu như "
                                          "sau:")});
    document.add(tally(print));
    document.add(Paragraph{QStringLiteral("Biên bản kiểm phiếu được lập xong cùng ngày và đã "
                                          "được công bố tại cuộc họp./.")});
    document.add(signatures(QStringLiteral("Thành viên Ban kiểm phiếu"), {},
                            QStringLiteral("Trưởng Ban kiểm phiếu"), {}));
    return document;
}

documents::Document meetingMinutes(const BallotPrint& print) {
    documents::Document document = minutesFrame(print, QStringLiteral("Biên bản họp"));
    const domain::BallotSession& session = print.session;
    document.add(Heading{Heading::Level::Part, QStringLiteral("I. Thời gian, địa điểm")});
    document.add(Paragraph{QStringLiteral("Thời gian: %1.").arg(dayOrBlanks(session.heldOn))});
    document.add(Paragraph{QStringLiteral("Địa điểm: %1.").arg(orDots(session.place))});
    document.add(Heading{Heading::Level::Part, QStringLiteral("II. Thành phần")});
    document.add(Paragraph{QStringLiteral("Chủ trì: %1.").arg(orDots(session.chair))});
    document.add(Paragraph{QStringLiteral("Thư ký: %1.").arg(orDots(session.secretary))});
    document.add(Paragraph{presence(print)});
    document.add(Paragraph{quorum(print)});
    document.add(Heading{Heading::Level::Part, QStringLiteral("III. Nội dung")});
    document.add(Paragraph{
        QStringLiteral("Các thành viên %1 tiến hành bình xét, suy tôn bằng hình thức bỏ phiếu "
                       "kín. Tỷ lệ phiếu đồng ý được tính trên tổng số thành viên. Kết quả kiểm "
                       "phiếu (Biên bản kiểm phiếu kèm theo) như sau:")
            .arg(print.clusterName)});
    document.add(tally(print));
    document.add(Heading{Heading::Level::Part, QStringLiteral("IV. Kết luận")});
    addConclusion(document, print);
    document.add(Paragraph{QStringLiteral("Cuộc họp kết thúc cùng ngày. Biên bản đã được thông "
                                          "qua tại cuộc họp và các thành viên dự họp nhất trí "
                                          "với nội dung biên bản./.")});
    document.add(signatures(QStringLiteral("Thư ký"), session.secretary, QStringLiteral("Chủ trì"),
                            session.chair));
    return document;
}

} // namespace thidua::reports
