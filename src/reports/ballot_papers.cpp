#include "ballot_papers.h"

#include <algorithm>

namespace thidua::reports {

namespace {

documents::Paragraph centred(const QString& text, bool bold = false, bool italic = false) {
    return {text, documents::Alignment::Center, bold, italic, false};
}

// The candidates of the round for one title, with empty boxes to mark.
documents::Table candidates(const BallotPrint& print, const QString& titleCode, int round) {
    documents::Table table;
    table.columns = {{QStringLiteral("STT"), 0.6, documents::Alignment::Center},
                     {QStringLiteral("Tên đơn vị"), 4.4, documents::Alignment::Left},
                     {QStringLiteral("Đồng ý"), 1.3, documents::Alignment::Center},
                     {QStringLiteral("Không đồng ý"), 1.5, documents::Alignment::Center}};
    int number = 0;
    for (const domain::Ballot& ballot : print.session.ballots)
        if (ballot.titleCode == titleCode && ballot.round == round)
            table.rows.append(documents::TableRow::data(
                {QString::number(++number), print.unitName(ballot.unitId), {}, {}}));
    return table;
}

void addPaper(documents::Document& document, const BallotPrint& print, int round, int number,
              int papers) {
    document.add(centred(print.organiser.toUpper()));
    document.add(centred(print.clusterName.toUpper(), true));
    document.add(centred(QStringLiteral("PHIẾU BẦU"), true));
    document.add(centred(
        QStringLiteral("Bình xét, suy tôn thi đua năm %1 (vòng %2)").arg(print.year).arg(round),
        true));
    document.add(centred(QStringLiteral("Phiếu số: %1/%2")
                             .arg(number, 2, 10, QLatin1Char('0'))
                             .arg(papers, 2, 10, QLatin1Char('0')),
                         false, true));
    int part = 0;
    for (const domain::Title& title : print.titles) {
        documents::Table table = candidates(print, title.code, round);
        if (table.rows.isEmpty())
            continue;
        document.add(documents::Heading{
            documents::Heading::Level::Section,
            QStringLiteral("%1. Suy tôn đề nghị tặng %2").arg(++part).arg(title.name)});
        document.add(std::move(table));
    }
    document.add(documents::Paragraph{
        QStringLiteral("Ghi chú: Đánh dấu (X) vào một trong hai ô \"Đồng ý\" hoặc \"Không đồng ý\" "
                       "ở dòng của từng đơn vị. Dòng không đánh dấu hoặc đánh dấu cả hai ô không "
                       "được tính là phiếu hợp lệ cho đơn vị đó."),
        documents::Alignment::Justify, false, true, false});
}

} // namespace

documents::Document ballotPapers(const BallotPrint& print, int round) {
    documents::Document document;
    const int papers = std::max(print.session.present, 1);
    for (int number = 1; number <= papers; ++number) {
        if (number > 1)
            document.add(documents::PageBreak{});
        addPaper(document, print, round, number, papers);
    }
    return document;
}

int roundToPrint(const domain::BallotSession& session) {
    return std::ranges::any_of(session.ballots,
                               [](const domain::Ballot& ballot) { return ballot.round == 2; })
               ? 2
               : 1;
}

} // namespace thidua::reports
