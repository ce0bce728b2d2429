#include "submission.h"

#include "nomination_list.h"
#include "vietnamese_format.h"

#include <map>
#include <tuple>

namespace thidua::reports {

namespace {

using documents::Paragraph;

// The decree that details the law on the day the submission is signed.
QString decreeInForce(QDate day) {
    return day >= QDate(2025, 7, 1)
               ? QStringLiteral("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 "
                                "của Chính phủ quy định chi tiết một số điều của Luật Thi đua, "
                                "khen thưởng;")
               : QStringLiteral("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 "
                                "của Chính phủ quy định chi tiết thi hành một số điều của Luật "
                                "Thi đua, khen thưởng;");
}

Paragraph plain(const QString& text) {
    return Paragraph{text};
}

// "03 tập thể, 12 cá nhân": the counts written as official letters write them.
QString counted(int collectives, int individuals) {
    QStringList parts;
    if (collectives > 0)
        parts << QStringLiteral("%1 tập thể").arg(collectives, 2, 10, QLatin1Char('0'));
    if (individuals > 0)
        parts << QStringLiteral("%1 cá nhân").arg(individuals, 2, 10, QLatin1Char('0'));
    return parts.join(QStringLiteral(", "));
}

// "Kính gửi: A." for one recipient; for several, as Nghị định 30/2020 lists
// them, "Kính gửi:" and a line each, "- A;" … "- B.".
QString kindlySentTo(const QStringList& recipients, const QString& to) {
    if (recipients.size() < 2)
        return QStringLiteral("Kính gửi: %1.").arg(to);
    QStringList lines{QStringLiteral("Kính gửi:")};
    for (const QString& recipient : recipients)
        lines << QStringLiteral("- %1;").arg(recipient);
    lines.last().back() = QLatin1Char('.');
    return lines.join(QLatin1Char('\n'));
}

} // namespace

documents::Document submissionDocument(int year, documents::OfficialHeader header,
                                       const QString& proposer, const QStringList& recipients,
                                       const std::vector<domain::NominationEntry>& entries) {
    const QDate day = header.date.isValid() ? header.date : QDate(year + 1, 1, 1);
    documents::Document document;
    document.header = std::move(header);
    document.documentType = QStringLiteral("Tờ trình");
    document.summary = QStringLiteral("Về việc đề nghị khen thưởng năm %1").arg(year);
    QStringList named;
    for (const QString& recipient : recipients)
        if (!recipient.trimmed().isEmpty())
            named << recipient.trimmed();
    const QString to =
        named.isEmpty() ? QStringLiteral("……………………………") : named.join(QStringLiteral(", "));
    document.add(Paragraph{kindlySentTo(named, to),
                           named.size() < 2 ? documents::Alignment::Center
                                            : documents::Alignment::CenteredBlock,
                           false, false, false});
    document.add(plain(QStringLiteral("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm "
                                      "2022;")));
    document.add(plain(decreeInForce(day)));
    document.add(plain(QStringLiteral("Căn cứ kết quả bình xét thi đua, khen thưởng năm %1 và "
                                      "đề nghị của Hội đồng Thi đua - Khen thưởng,")
                           .arg(year)));

    // By award in order of precedence: how many of each subject.
    std::map<std::tuple<int, QString>, std::pair<int, int>> counts;
    std::map<QString, QString> names;
    int collectives = 0;
    int individuals = 0;
    for (const domain::NominationEntry& entry : entries) {
        auto& [groups, people] = counts[{entry.precedence, entry.awardCode}];
        (entry.collective ? groups : people) += 1;
        (entry.collective ? collectives : individuals) += 1;
        names[entry.awardCode] = entry.awardName;
    }
    const QString who = proposer.isEmpty() ? QStringLiteral("Đơn vị") : proposer;
    if (entries.empty()) {
        document.add(plain(QStringLiteral("%1 chưa có trường hợp nào đề nghị khen thưởng năm %2.")
                               .arg(who)
                               .arg(year)));
    } else {
        document.add(plain(QStringLiteral("%1 kính đề nghị %2 xem xét, khen thưởng cho %3 "
                                          "có thành tích xuất sắc năm %4, cụ thể:")
                               .arg(who, to, counted(collectives, individuals))
                               .arg(year)));
        for (const auto& [key, count] : counts)
            document.add(
                plain(QStringLiteral("- %1: %2;")
                          .arg(names[std::get<1>(key)], counted(count.first, count.second))));
        document.add(plain(QStringLiteral("(Có danh sách và hồ sơ kèm theo)")));
    }
    document.add(plain(QStringLiteral("Kính trình %1 xem xét, quyết định./.").arg(to)));
    documents::SignatureBlock signatures;
    signatures.recipients = {QStringLiteral("Như trên"), QStringLiteral("Lưu: VT, TĐKT")};
    signatures.position = QStringLiteral("Thủ trưởng đơn vị");
    document.add(std::move(signatures));
    return document;
}

QStringList recipientLines(const QString& text) {
    QStringList recipients;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            recipients << line.trimmed();
    return recipients;
}

Result<documents::Document> submission(services::Workspace& workspace,
                                       const SubmissionRequest& request) {
    auto read = readNominations(workspace, request.filter, request.issuingUnitId, request.issue);
    if (!read)
        return std::unexpected(read.error());
    const QString number = request.address.number.trimmed();
    // Dots, not spaces, keep room for the number: the layout folds white space.
    read->header.number = number.isEmpty() ? QStringLiteral("……/TTr-……") : number;
    return submissionDocument(request.filter.year, std::move(read->header), read->issuerName,
                              request.address.recipients, read->entries);
}

} // namespace thidua::reports
