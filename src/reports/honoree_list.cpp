#include "conference_groups.h"
#include "conference_pack.h"
#include "vietnamese_format.h"

#include <algorithm>

namespace thidua::reports {

namespace {

using documents::Alignment;
using documents::TableRow;

// The decision numbers ("125/QĐ-BTP ngày 20/12/2018") need a column of
// their own and the width of a landscape page; a list with none recorded
// leaves the column out and fits upright.
QList<documents::TableColumn> listColumns(bool decided) {
    QList<documents::TableColumn> columns{
        {QStringLiteral("STT"), 0.7, Alignment::Center},
        {QStringLiteral("Tên tập thể / Họ và tên"), 2.2, Alignment::Left},
        {QStringLiteral("Chức vụ, đơn vị"), 3.3, Alignment::Left},
        {QStringLiteral("Hình thức khen thưởng"), 2.1, Alignment::Left},
    };
    if (decided)
        columns.append({QStringLiteral("Số quyết định"), 2.5, Alignment::Left});
    return columns;
}

// One group row per award and kind rather than "I. Tập thể / II. Cá nhân"
// over the whole list: the list is read out and handed over award by award,
// from the highest down, so it follows the stage; the kind stays in the
// group's title for the award that goes to both.
documents::Table honoreeTable(const std::vector<HonoreeGroup>& groups, bool decided) {
    documents::Table table;
    table.columns = listColumns(decided);
    table.fontPointSize = 12;
    int number = 0;
    int groupNumber = 0;
    for (const HonoreeGroup& group : groups) {
        table.rows.append(TableRow::group(
            QStringLiteral("%1. %2 (%3)")
                .arg(domain::vn::toRoman(++groupNumber), group.awardName,
                     headcount(qsizetype(group.honorees.size()), group.collective))));
        for (const Honoree& honoree : group.honorees) {
            QStringList cells{QString::number(++number), honoree.name, positionAndUnit(honoree),
                              honoree.awardName};
            if (decided)
                cells << honoree.decision;
            table.rows.append(TableRow::data(std::move(cells)));
        }
    }
    return table;
}

// A cluster signs through its head; a unit through its head.
documents::SignatureBlock hostSignature(const QString& hostName) {
    documents::SignatureBlock signature;
    const QString word = clusterWord(hostName);
    if (word.isEmpty()) {
        signature.position = QStringLiteral("Thủ trưởng đơn vị");
    } else {
        signature.authority = QStringLiteral("TM. ") + hostName;
        signature.position = QStringLiteral("Trưởng ") + word.toLower();
    }
    return signature;
}

} // namespace

documents::Document honoreeList(const ConferencePack& pack) {
    documents::Document document;
    const bool decided = std::ranges::any_of(
        pack.honorees, [](const Honoree& honoree) { return !honoree.decision.isEmpty(); });
    document.orientation =
        decided ? documents::Orientation::Landscape : documents::Orientation::Portrait;
    document.header = pack.header;
    document.header->numbered = false;
    document.documentType = QStringLiteral("Danh sách các tập thể, cá nhân được khen thưởng");
    document.summary = QStringLiteral("Tại ") + conferenceTitle(pack);
    if (pack.honorees.empty()) {
        document.add(documents::Paragraph{
            QStringLiteral("Không có tập thể, cá nhân nào được khen thưởng tại Hội nghị.")});
    } else {
        document.add(
            documents::Paragraph{QStringLiteral("Tổng số: %1.").arg(headcounts(pack.honorees))});
        document.add(honoreeTable(honoreeGroups(pack.honorees), decided));
    }
    document.add(hostSignature(pack.hostName));
    return document;
}

} // namespace thidua::reports
