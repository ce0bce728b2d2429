#include "conference_report.h"

#include "cluster.h"
#include "conference_blocks.h"
#include "report_sections.h"
#include "vietnamese_format.h"

namespace thidua::reports {

using documents::Heading;
using documents::Paragraph;

namespace {

Heading part(const QString& text) {
    return {Heading::Level::Part, text};
}

Heading section(const QString& text) {
    return {Heading::Level::Section, text};
}

// "năm 2018", "6 tháng đầu năm 2018", "giai đoạn 2014–2018".
QString reviewed(const ConferenceFacts& facts) {
    switch (facts.request.kind) {
    case domain::ReportKind::YearEnd:
        return QStringLiteral("năm %1").arg(facts.toYear);
    case domain::ReportKind::MidYear:
        return QStringLiteral("6 tháng đầu năm %1").arg(facts.toYear);
    case domain::ReportKind::ModelConference:
        return QStringLiteral("giai đoạn %1 - %2").arg(facts.fromYear).arg(facts.toYear);
    }
    return {};
}

QString ahead(const ConferenceFacts& facts) {
    switch (facts.request.kind) {
    case domain::ReportKind::YearEnd:
        return QStringLiteral("năm %1").arg(facts.toYear + 1);
    case domain::ReportKind::MidYear:
        return QStringLiteral("6 tháng cuối năm %1").arg(facts.toYear);
    case domain::ReportKind::ModelConference:
        return QStringLiteral("giai đoạn %1 - %2").arg(facts.toYear + 1).arg(facts.toYear + 5);
    }
    return {};
}

QString summary(const ConferenceFacts& facts) {
    const QString scope =
        isCluster(facts) ? QStringLiteral(" của %1").arg(facts.scopeName) : QString();
    switch (facts.request.kind) {
    case domain::ReportKind::YearEnd:
        return QStringLiteral("Tổng kết công tác thi đua, khen thưởng %1%2 và phương hướng, "
                              "nhiệm vụ %3")
            .arg(reviewed(facts), scope, ahead(facts));
    case domain::ReportKind::MidYear:
        return QStringLiteral("Sơ kết công tác thi đua, khen thưởng %1%2 và phương hướng, "
                              "nhiệm vụ %3")
            .arg(reviewed(facts), scope, ahead(facts));
    case domain::ReportKind::ModelConference:
        return QStringLiteral("Tổng kết phong trào thi đua yêu nước %1%2, phương hướng, "
                              "nhiệm vụ %3")
            .arg(reviewed(facts), scope, ahead(facts));
    }
    return {};
}

void addOpening(documents::Document& document, const ConferenceFacts& facts) {
    document.add(Paragraph{
        QStringLiteral("Căn cứ Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành; căn cứ "
                       "kế hoạch thi đua %1, %2 báo cáo kết quả công tác thi đua, khen thưởng %3 "
                       "như sau:")
            .arg(reviewed(facts), facts.scopeName, reviewed(facts))});
}

void addSituation(documents::Document& document, const ConferenceFacts& facts) {
    document.add(part(QStringLiteral("I. ĐẶC ĐIỂM, TÌNH HÌNH")));
    addComposition(document, facts);
    if (!facts.note(domain::sections::Situation).isEmpty())
        addNote(document, facts, domain::sections::Situation);
}

void addResults(documents::Document& document, const ConferenceFacts& facts) {
    document.add(part(QStringLiteral("II. KẾT QUẢ THỰC HIỆN")));
    document.add(section(QStringLiteral("1. Công tác lãnh đạo, chỉ đạo, tổ chức phát động thi "
                                        "đua, đăng ký và ký kết giao ước thi đua")));
    addCovenants(document, facts);
    addCoverage(document, facts);
    document.add(section(QStringLiteral("2. Các phong trào thi đua")));
    addMovements(document, facts.movements);
    int number = 3;
    if (isCluster(facts)) {
        document.add(section(QStringLiteral("3. Hoạt động chung của %1").arg(hostWord(facts))));
        addNote(document, facts, domain::sections::JointActivities);
        ++number;
    }
    document.add(section(QStringLiteral("%1. Kết quả chấm điểm, xếp hạng thi đua").arg(number++)));
    addRankings(document, facts);
    if (facts.request.kind == domain::ReportKind::YearEnd) {
        document.add(section(QStringLiteral("%1. Bình xét, suy tôn").arg(number++)));
        addVotes(document, facts);
    }
    document.add(section(QStringLiteral("%1. Phát hiện, bồi dưỡng và nhân rộng điển hình tiên "
                                        "tiến")
                             .arg(number++)));
    addModels(document, facts.honorees, ModelYears::Omitted);
    document.add(section(QStringLiteral("%1. Công tác khen thưởng").arg(number++)));
    addAwards(document, facts, facts.toYear, facts.toYear);
}

void addWritten(documents::Document& document, const ConferenceFacts& facts, int firstPart) {
    int number = firstPart;
    auto next = [&](const QString& title) {
        document.add(part(QStringLiteral("%1. %2").arg(domain::vn::toRoman(number++), title)));
    };
    next(QStringLiteral("TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"));
    addNote(document, facts, domain::sections::Shortcomings);
    next(QStringLiteral("BÀI HỌC KINH NGHIỆM"));
    addNote(document, facts, domain::sections::Lessons);
    next(QStringLiteral("PHƯƠNG HƯỚNG, NHIỆM VỤ %1").arg(ahead(facts).toUpper()));
    addNote(document, facts, domain::sections::Directions);
    if (facts.request.kind == domain::ReportKind::YearEnd)
        for (const ClusterFacts& cluster : facts.clusters)
            if (!cluster.nextHead.isEmpty())
                document.add(Paragraph{
                    QStringLiteral("Năm %1, %2 do %3 làm Trưởng %4%5.")
                        .arg(facts.toYear + 1)
                        .arg(cluster.name, cluster.nextHead,
                             domain::clusterKindWord(cluster.kind).toLower(),
                             cluster.nextDeputy.isEmpty()
                                 ? QString()
                                 : QStringLiteral(", %1 làm Phó Trưởng %2")
                                       .arg(cluster.nextDeputy,
                                            domain::clusterKindWord(cluster.kind).toLower()))});
    next(QStringLiteral("KIẾN NGHỊ, ĐỀ XUẤT"));
    addNote(document, facts, domain::sections::Recommendations);
}

void addModelConference(documents::Document& document, const ConferenceFacts& facts) {
    document.add(
        part(QStringLiteral("II. KẾT QUẢ PHONG TRÀO THI ĐUA %1").arg(reviewed(facts).toUpper())));
    document.add(section(QStringLiteral("1. Các phong trào thi đua")));
    addMovements(document, facts.movements);
    document.add(section(QStringLiteral("2. Đăng ký thi đua qua các năm")));
    QStringList years;
    // Years before the registrations were recorded have nothing to say.
    for (const auto& [year, coverage] : facts.coverageByYear)
        if (coverage.registered > 0)
            years.append(QStringLiteral("năm %1: %2/%3 người (%4)")
                             .arg(year)
                             .arg(domain::vn::formatInteger(coverage.registered),
                                  domain::vn::formatInteger(coverage.people),
                                  percentOf(coverage.registered, coverage.people)));
    addDashed(document, years);
    document.add(section(QStringLiteral("3. Công tác khen thưởng")));
    addAwards(document, facts, facts.fromYear, facts.toYear);

    document.add(part(QStringLiteral("III. ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC BIỂU DƯƠNG")));
    addModels(document, facts.periodModels, ModelYears::Shown);
    document.add(part(QStringLiteral("IV. ĐỀ NGHỊ CẤP TRÊN KHEN THƯỞNG")));
    if (facts.proposalsUp.empty()) {
        document.add(Paragraph{QStringLiteral("Chưa có đề nghị khen thưởng lên cấp trên.")});
    } else {
        QStringList lines;
        for (const NamedAward& proposal : facts.proposalsUp)
            lines.append(QStringLiteral("%1%2: %3 (%4)")
                             .arg(proposal.collective ? QString() : QStringLiteral("Đồng chí "),
                                  proposal.name, proposal.awardName, proposal.decision.toLower()));
        addDashed(document, lines);
    }
    document.add(part(QStringLiteral("V. BẦU ĐẠI BIỂU DỰ ĐẠI HỘI THI ĐUA YÊU NƯỚC CẤP TRÊN")));
    addNote(document, facts, domain::sections::Delegates);
    document.add(
        part(QStringLiteral("VI. PHÁT ĐỘNG PHONG TRÀO THI ĐUA %1").arg(ahead(facts).toUpper())));
    if (facts.nextMovements.empty())
        document.add(
            Paragraph{QStringLiteral("Chưa ghi nhận phong trào thi đua cho giai đoạn tới.")});
    else
        addMovements(document, facts.nextMovements);
}

} // namespace

documents::Document conferenceReport(const ConferenceFacts& facts) {
    documents::Document document;
    document.header = facts.header;
    document.documentType = QStringLiteral("BÁO CÁO");
    document.summary = summary(facts);
    addOpening(document, facts);
    addSituation(document, facts);
    if (facts.request.kind == domain::ReportKind::ModelConference) {
        addModelConference(document, facts);
        addWritten(document, facts, 7);
    } else {
        addResults(document, facts);
        addWritten(document, facts, 3);
    }
    document.add(conferenceSignature(facts));
    return document;
}

} // namespace thidua::reports
