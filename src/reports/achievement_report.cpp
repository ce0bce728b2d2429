#include "achievement_report.h"

#include "agency_header.h"
#include "award_service.h"
#include "clock.h"
#include "nomination_service.h"
#include "vietnamese_format.h"
#include "workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace thidua::reports {

namespace {

using documents::Alignment;
using documents::Heading;
using documents::Paragraph;

const QString Dots = QStringLiteral("……………………………………………");

Paragraph line(const QString& text) {
    return Paragraph{text, Alignment::Left, false, false, true};
}

Heading part(const QString& text) {
    return Heading{Heading::Level::Part, text};
}

Heading section(const QString& text) {
    return Heading{Heading::Level::Section, text};
}

QString decisionText(const domain::Award& award) {
    return QStringLiteral("Quyết định số %1 ngày %2 của %3")
        .arg(award.decisionNumber, domain::vn::formatDate(award.decisionDate), award.issuer);
}

// Part III: one table of the awards of the category, oldest first, or a line
// saying there is none.
void addAwardTable(documents::Document& document, const services::AwardHistory& history,
                   domain::AwardCategory category, const QString& what) {
    documents::Table table;
    table.fontPointSize = 12;
    table.columns = {{QStringLiteral("Năm"), 1.0, Alignment::Center},
                     {what, 3.0, Alignment::Left},
                     {QStringLiteral("Số, ngày, tháng, năm của quyết định; cơ quan ban hành "
                                     "quyết định"),
                      4.0, Alignment::Left}};
    std::vector<domain::Award> awards;
    for (const domain::Award& award : history.awards) {
        const auto type =
            std::ranges::find(history.catalogue, award.awardCode, &domain::AwardType::code);
        if (!award.revoked() && type != history.catalogue.end() && type->category == category)
            awards.push_back(award);
    }
    std::ranges::stable_sort(awards, {}, &domain::Award::year);
    for (const domain::Award& award : awards) {
        const auto type =
            std::ranges::find(history.catalogue, award.awardCode, &domain::AwardType::code);
        const QString period = award.firstYear == award.year
                                   ? QString::number(award.year)
                                   : QStringLiteral("%1–%2").arg(award.firstYear).arg(award.year);
        table.rows.append(documents::TableRow::data({period, type->name, decisionText(award)}));
    }
    if (awards.empty())
        document.add(line(QStringLiteral("Chưa có.")));
    else
        document.add(std::move(table));
}

} // namespace

documents::Document achievementReportDocument(const domain::NominationEntry& entry,
                                              const services::AwardHistory& history, QDate day) {
    documents::Document document;
    documents::OfficialHeader header;
    header.date = day;
    // Where the report is signed: the place in the proposing unit's name,
    // else in the candidate's unit's, else dots to write by hand.
    header.place = placeInName(entry.proposingUnitName);
    if (header.place.isEmpty())
        header.place = placeInName(entry.unitName);
    if (header.place.isEmpty())
        header.place = QStringLiteral("……");
    // A person reports on their own achievements, with no office number.
    header.numbered = entry.collective;
    document.header = header;
    document.documentType = QStringLiteral("Báo cáo thành tích");
    document.summary = QStringLiteral("Đề nghị tặng %1").arg(entry.awardName);
    if (entry.collective) {
        document.titleNote = QStringLiteral("(%1)").arg(entry.candidateName);
        document.add(part(QStringLiteral("I. ĐẶC ĐIỂM, TÌNH HÌNH")));
        document.add(line(QStringLiteral("1. Đặc điểm, tình hình: quá trình thành lập, chức "
                                         "năng, nhiệm vụ, cơ cấu tổ chức, biên chế: %1")
                              .arg(Dots)));
        document.add(line(QStringLiteral("2. Cơ sở vật chất, điều kiện làm việc: %1").arg(Dots)));
    } else {
        document.titleNote =
            QStringLiteral("(%1, %2, %3)").arg(entry.candidateName, entry.position, entry.unitName);
        document.add(part(QStringLiteral("I. SƠ LƯỢC LÝ LỊCH")));
        document.add(line(QStringLiteral("- Họ và tên: %1").arg(entry.candidateName)));
        // Two lines: the layout collapses the run of spaces a form would leave between them.
        document.add(line(
            QStringLiteral("- Sinh ngày, tháng, năm: %1")
                .arg(entry.birthDate.isValid() ? domain::vn::formatDate(entry.birthDate) : Dots)));
        document.add(
            line(QStringLiteral("- Giới tính: %1")
                     .arg(entry.gender == domain::Gender::Female ? QStringLiteral("Nữ")
                                                                 : QStringLiteral("Nam"))));
        document.add(line(QStringLiteral("- Quê quán: %1").arg(Dots)));
        document.add(line(QStringLiteral("- Đơn vị công tác: %1").arg(entry.unitName)));
        document.add(line(QStringLiteral("- Chức vụ: %1").arg(entry.position)));
        document.add(line(QStringLiteral("- Trình độ chuyên môn, nghiệp vụ: %1").arg(Dots)));
    }
    document.add(part(QStringLiteral("II. THÀNH TÍCH ĐẠT ĐƯỢC")));
    document.add(section(entry.collective ? QStringLiteral("1. Kết quả thực hiện nhiệm vụ")
                                          : QStringLiteral("1. Quyền hạn, nhiệm vụ được giao")));
    document.add(line(Dots));
    document.add(section(QStringLiteral("2. Thành tích đạt được")));
    if (!entry.basis.isEmpty())
        document.add(line(QStringLiteral("Danh hiệu, khen thưởng đã đạt: %1.").arg(entry.basis)));
    document.add(line(Dots));
    if (!history.initiatives.empty()) {
        document.add(section(QStringLiteral("3. Sáng kiến, đề tài nghiên cứu")));
        for (const domain::Initiative& initiative : history.initiatives)
            document.add(
                line(QStringLiteral("- %1 (%2, năm %3%4).")
                         .arg(initiative.title, domain::initiativeLevelName(initiative.level))
                         .arg(initiative.year)
                         .arg(initiative.decisionNumber.isEmpty()
                                  ? QString()
                                  : QStringLiteral("; Quyết định số %1")
                                        .arg(initiative.decisionNumber))));
    }
    document.add(part(QStringLiteral("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")));
    document.add(section(QStringLiteral("1. Danh hiệu thi đua")));
    addAwardTable(document, history, domain::AwardCategory::Title,
                  QStringLiteral("Danh hiệu thi đua"));
    document.add(section(QStringLiteral("2. Hình thức khen thưởng")));
    addAwardTable(document, history, domain::AwardCategory::Form,
                  QStringLiteral("Hình thức khen thưởng"));

    documents::SignatureColumns signatures;
    signatures.perRow = 2;
    signatures.signatures = {{entry.collective ? QStringLiteral("Cấp trình khen thưởng")
                                               : QStringLiteral("Thủ trưởng đơn vị"),
                              QStringLiteral("Xác nhận, đề nghị"), QString()},
                             {entry.collective ? QStringLiteral("Thủ trưởng đơn vị")
                                               : QStringLiteral("Người báo cáo thành tích"),
                              QString(), entry.collective ? QString() : entry.candidateName}};
    document.add(std::move(signatures));
    return document;
}

Result<documents::Document> achievementReport(services::Workspace& workspace,
                                              domain::RowId nominationId) {
    auto nomination = workspace.nominations().nomination(nominationId);
    if (!nomination)
        return std::unexpected(nomination.error());
    domain::NominationFilter filter;
    filter.year = nomination->year;
    filter.includeClosed = true;
    auto entries = workspace.nominations().list(filter);
    if (!entries)
        return std::unexpected(entries.error());
    const auto entry =
        std::ranges::find(*entries, nominationId, &domain::NominationEntry::nominationId);
    if (entry == entries->end())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("thidua::storage", "Nomination %1 does not exist")
                        .arg(nominationId));
    auto history = workspace.awards().historyOf(nomination->personId, nomination->unitId);
    if (!history)
        return std::unexpected(history.error());
    return achievementReportDocument(*entry, *history, workspace.clock().today());
}

} // namespace thidua::reports
