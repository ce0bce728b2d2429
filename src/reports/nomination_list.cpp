#include "nomination_list.h"

#include "clock.h"
#include "listing_service.h"
#include "nomination_service.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"
#include "workspace.h"

#include <QHash>

#include <algorithm>
#include <span>
#include <tuple>

namespace thidua::reports {

namespace {

using documents::Alignment;
using documents::TableRow;
using domain::NominationEntry;

QList<documents::TableColumn> listColumns() {
    return {
        {QStringLiteral("STT"), 0.7, Alignment::Center},
        {QStringLiteral("Họ và tên / Tên tập thể"), 2.4, Alignment::Left},
        {QStringLiteral("Chức vụ"), 1.7, Alignment::Left},
        {QStringLiteral("Đơn vị"), 2.6, Alignment::Left},
        {QStringLiteral("Hình thức đề nghị"), 2.0, Alignment::Left},
        {QStringLiteral("Thành tích"), 2.6, Alignment::Left},
    };
}

void sortWithinGroups(std::vector<NominationEntry>& entries, NominationOrder order) {
    // A few dozen positions for thousands of lines: each is ranked once.
    QHash<QString, int> ranks;
    const auto positionRankOf = [&ranks](const QString& position) {
        auto found = ranks.constFind(position);
        if (found == ranks.cend())
            found = ranks.insert(position, positionRank(position));
        return *found;
    };
    std::ranges::stable_sort(entries, [&](const NominationEntry& a, const NominationEntry& b) {
        const auto group = [](const NominationEntry& e) {
            return std::tuple(!e.collective, e.precedence, e.awardCode);
        };
        if (group(a) != group(b))
            return group(a) < group(b);
        if (order == NominationOrder::Position && !a.collective) {
            const auto seat = [&](const NominationEntry& e) {
                return std::tuple(e.unitSortKey, positionRankOf(e.position));
            };
            if (seat(a) != seat(b))
                return seat(a) < seat(b);
        }
        return a.nameSortKey < b.nameSortKey;
    });
}

// "I. TẬP THỂ", then "1. Cờ thi đua …" over its lines, numbered on through
// the part.
void addPart(documents::Table& table, const QString& heading,
             std::span<const NominationEntry> part) {
    table.rows.append(TableRow::group(heading));
    int number = 0;
    int groups = 0;
    QString award;
    for (const NominationEntry& entry : part) {
        if (entry.awardCode != award) {
            award = entry.awardCode;
            table.rows.append(
                TableRow::group(QStringLiteral("%1. %2").arg(++groups).arg(entry.awardName)));
        }
        table.rows.append(
            TableRow::data({QString::number(++number), entry.candidateName, entry.position,
                            entry.unitName, entry.awardName, entry.basis}));
    }
}

} // namespace

int positionRank(const QString& position) {
    const QString key = domain::vn::searchKey(position);
    if (key.isEmpty())
        return 2;
    if (key.startsWith(u"pho ") || key.contains(u" pho "))
        return 1;
    static const QStringList heads{QStringLiteral("truong"),      QStringLiteral("giam doc"),
                                   QStringLiteral("chanh"),       QStringLiteral("chu tich"),
                                   QStringLiteral("hieu truong"), QStringLiteral("tong bien tap")};
    for (const QString& head : heads)
        if (key.startsWith(head) || key.endsWith(u' ' + head) || key.contains(head + u' '))
            return 0;
    return 2;
}

documents::Document nominationListDocument(int year, documents::OfficialHeader header,
                                           std::vector<NominationEntry> entries,
                                           NominationOrder order, const QString& titleNote) {
    sortWithinGroups(entries, order);
    documents::Document document;
    document.orientation = documents::Orientation::Landscape;
    // The list goes with its tờ trình and carries that number in its title.
    header.numbered = false;
    document.header = std::move(header);
    document.documentType =
        QStringLiteral("Danh sách tập thể, cá nhân đề nghị khen thưởng năm %1").arg(year);
    document.titleNote = titleNote;
    documents::Table table;
    table.columns = listColumns();
    table.fontPointSize = 12;
    const auto firstIndividual = std::ranges::find(entries, false, &NominationEntry::collective);
    const std::span<const NominationEntry> collectives(entries.begin(), firstIndividual);
    const std::span<const NominationEntry> individuals(firstIndividual, entries.end());
    int parts = 0;
    for (const auto& [name, part] : {std::pair{QStringLiteral("TẬP THỂ"), collectives},
                                     std::pair{QStringLiteral("CÁ NHÂN"), individuals}}) {
        if (!part.empty())
            addPart(table, domain::vn::toRoman(++parts) + QStringLiteral(". ") + name, part);
    }
    document.add(std::move(table));
    if (entries.empty())
        document.add(documents::Paragraph{QStringLiteral("Chưa có đề nghị khen thưởng nào.")});
    documents::SignatureBlock signatures;
    signatures.preparer = documents::Preparer{QStringLiteral("Người lập biểu"), {}};
    signatures.position = QStringLiteral("Thủ trưởng đơn vị");
    document.add(std::move(signatures));
    return document;
}

Result<NominationsRead> readNominations(services::Workspace& workspace,
                                        const domain::NominationFilter& filter,
                                        domain::RowId issuingUnitId, Issue issue) {
    auto units = workspace.listing().units({});
    if (!units)
        return std::unexpected(units.error());
    auto entries = workspace.nominations().list(filter);
    if (!entries)
        return std::unexpected(entries.error());
    if (!issue.date.isValid())
        issue.date = workspace.clock().today();
    NominationsRead read{std::move(*entries), agencyHeader(*units, issuingUnitId, issue), {}};
    if (const auto issuer = std::ranges::find(*units, issuingUnitId, &services::ListedUnit::id);
        issuer != units->end())
        read.issuerName = issuer->name;
    return read;
}

Result<documents::Document> nominationList(services::Workspace& workspace,
                                           const NominationListRequest& request) {
    auto read = readNominations(workspace, request.filter, request.issuingUnitId, request.issue);
    if (!read)
        return std::unexpected(read.error());
    const QString number = request.submissionNumber.trimmed();
    const QString note = QStringLiteral("(Kèm theo Tờ trình số %1 ngày %2)")
                             .arg(number.isEmpty() ? QStringLiteral("…/TTr-…") : number,
                                  domain::vn::formatDate(read->header.date));
    return nominationListDocument(request.filter.year, std::move(read->header),
                                  std::move(read->entries), request.order, note);
}

} // namespace thidua::reports
