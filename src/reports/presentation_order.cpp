#include "blanks.h"
#include "conference_groups.h"
#include "conference_pack.h"

#include <algorithm>

namespace thidua::reports {

namespace {

using documents::Heading;
using documents::Paragraph;

// "Nguyễn Văn An, Thứ trưởng Bộ Tư pháp", with dots for what the host has
// not named yet.
QString presenterText(const ConferencePack& pack, const QString& level) {
    const auto found = std::ranges::find(pack.presenters, level, &Presenter::level);
    if (found == pack.presenters.end())
        return QStringLiteral("……………………, ……………………");
    return QStringLiteral("%1, %2").arg(orDots(found->name), orDots(found->position));
}

// Who goes up: a collective sends its representative.
QString callee(const Honoree& honoree) {
    return honoree.collective ? QStringLiteral("Đại diện ") + honoree.name : honoree.name;
}

// The decision every honoree of the batch was awarded by, when there is one.
QString sharedDecision(const Batch& batch) {
    const QString first = batch.honorees.front().decision;
    const bool shared = std::ranges::all_of(
        batch.honorees, [&first](const Honoree& honoree) { return honoree.decision == first; });
    return shared ? first : QString();
}

QString announcement(const Batch& batch, const QString& presenter) {
    const HonoreeGroup& group = *batch.group;
    const QString decision = sharedDecision(batch);
    const QString opening = decision.isEmpty()
                                ? QStringLiteral("Xin")
                                : QStringLiteral("Theo Quyết định số %1, xin").arg(decision);
    const QString invitation =
        group.collective ? QStringLiteral("%1 trân trọng kính mời đại diện các tập thể được tặng "
                                          "%2%3 lên sân khấu nhận khen thưởng.")
                         : QStringLiteral("%1 trân trọng kính mời các đồng chí được tặng %2%3 lên "
                                          "sân khấu nhận khen thưởng.");
    return invitation.arg(opening, group.awardName,
                          batch.continued ? QStringLiteral(" (tiếp theo)") : QString()) +
           QStringLiteral(" Xin trân trọng kính mời đồng chí %1 lên trao khen thưởng.")
               .arg(presenter);
}

// Who stands where, numbered as the intro says; a table keeps a long unit
// name wrapping inside its own column.
documents::Table lineUp(const Batch& batch) {
    documents::Table table;
    table.fontPointSize = 12;
    table.columns = {{QStringLiteral("Vị trí"), 0.8, documents::Alignment::Center},
                     {QStringLiteral("Người lên nhận"), 2.6, documents::Alignment::Left},
                     {QStringLiteral("Chức vụ, đơn vị"), 3.6, documents::Alignment::Left}};
    int place = 0;
    for (const Honoree& honoree : batch.honorees)
        table.rows.append(documents::TableRow::data(
            {QString::number(++place), callee(honoree), positionAndUnit(honoree)}));
    return table;
}

void addBatch(documents::Document& document, const ConferencePack& pack, const Batch& batch) {
    const HonoreeGroup& group = *batch.group;
    document.add(Heading{
        Heading::Level::Section,
        QStringLiteral("Lượt %1: %2 (%3)")
            .arg(batch.number)
            .arg(group.awardName, headcount(qsizetype(batch.honorees.size()), group.collective))});
    const QString presenter = presenterText(pack, group.level);
    // The words read aloud stand apart in italics.
    document.add(Paragraph{
        QStringLiteral("Người dẫn chương trình: “%1”").arg(announcement(batch, presenter)),
        documents::Alignment::Justify, false, true});
    document.add(Paragraph{QStringLiteral("Người trao: %1.").arg(presenter)});
    document.add(lineUp(batch));
}

} // namespace

documents::Document presentationOrder(const ConferencePack& pack) {
    documents::Document document;
    document.header = pack.header;
    document.header->numbered = false;
    document.documentType = QStringLiteral("Kịch bản trao thưởng");
    document.summary = QStringLiteral("Tại ") + conferenceTitle(pack);
    const std::vector<HonoreeGroup> groups = honoreeGroups(pack.honorees);
    const std::vector<Batch> cut = batches(groups, pack.perBatch);
    if (cut.empty()) {
        document.add(Paragraph{QStringLiteral("Hội nghị không có phần trao khen thưởng.")});
        return document;
    }
    document.add(Paragraph{
        QStringLiteral("Trao khen thưởng cho %1 trong %2 lượt, hình thức cao trao trước. Vị trí "
                       "đứng trên sân khấu đánh số từ trái sang phải, nhìn từ hội trường.")
            .arg(headcounts(pack.honorees))
            .arg(cut.size())});
    for (const Batch& batch : cut)
        addBatch(document, pack, batch);
    return document;
}

} // namespace thidua::reports
