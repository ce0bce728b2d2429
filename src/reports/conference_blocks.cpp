#include "conference_blocks.h"

#include "award_counter.h"
#include "award_levels.h"
#include "blanks.h"
#include "cluster.h"
#include "vietnamese_format.h"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

namespace thidua::reports {

using documents::Alignment;
using documents::Heading;
using documents::Paragraph;
using documents::Table;
using documents::TableColumn;
using documents::TableRow;

namespace {

Heading item(const QString& text) {
    return {Heading::Level::Item, text};
}

QString count(qint64 value) {
    return domain::vn::formatInteger(value);
}

// How many awards each level gave in each year the data holds, over the
// five years up to the report's.
void addAwardsByLevel(documents::Document& document, const ConferenceFacts& facts) {
    std::map<int, std::array<double, 3>> byYear;
    for (const AwardCount& award : facts.awards) {
        const auto index = static_cast<std::size_t>(domain::awardLevelRank(award.level));
        if (index >= domain::AwardLevels.size())
            continue;
        for (const auto* counts : {&award.collectives, &award.individuals})
            for (const auto& [year, number] : *counts)
                byYear[year][index] += static_cast<double>(number);
    }
    if (byYear.size() < 2)
        return;
    documents::Chart chart;
    chart.kind = documents::Chart::Kind::Columns;
    chart.caption = QStringLiteral("Biểu đồ: Số lượt khen thưởng theo cấp, năm %1 - %2")
                        .arg(byYear.begin()->first)
                        .arg(byYear.rbegin()->first);
    chart.valueLabel = QStringLiteral("Số lượt");
    for (const domain::AwardLevel& level : domain::AwardLevels)
        chart.series.append({QString::fromUtf16(level.name), {}});
    for (const auto& [year, counts] : byYear) {
        chart.categories.append(QString::number(year));
        for (std::size_t i = 0; i < counts.size(); ++i)
            chart.series[static_cast<qsizetype>(i)].values.append(counts.at(i));
    }
    document.add(std::move(chart));
}

// The awards the report names, counted as the table shows them: a six-month
// review's are those decided in its first half, whatever year they are for,
// so the table and the advanced models speak of the same awards.
std::vector<AwardCount> countsOf(const std::vector<NamedAward>& honorees, int year) {
    AwardCounter counter;
    for (const NamedAward& honoree : honorees)
        counter.add(honoree.awardCode, honoree.awardName, honoree.level, honoree.precedence,
                    honoree.collective, year, 1);
    return std::move(counter).byPrecedence();
}

} // namespace

bool isCluster(const ConferenceFacts& facts) {
    return facts.request.scope == domain::ReportScopeKind::Cluster;
}

QString hostWord(const ConferenceFacts& facts) {
    return domain::clusterKindWord(facts.clusters.empty() ? domain::ClusterKind::Cluster
                                                          : facts.clusters.front().kind);
}

QString percentOf(qint64 part, qint64 whole) {
    return whole == 0 ? QStringLiteral("-")
                      : domain::vn::formatDecimal(
                            100.0 * static_cast<double>(part) / static_cast<double>(whole), 1) +
                            QStringLiteral("\u00A0%"); // never "91,7" and "%" on two lines
}

void addNote(documents::Document& document, const ConferenceFacts& facts, const QString& section) {
    addTypedOrLines(document, facts.note(section));
}

void addDashed(documents::Document& document, const QStringList& items) {
    for (const QString& text : items)
        document.add(Paragraph{QStringLiteral("- %1").arg(text)});
}

void addComposition(documents::Document& document, const ConferenceFacts& facts) {
    for (const ClusterFacts& cluster : facts.clusters) {
        QString text = QStringLiteral("%1 năm %2 do %3 tổ chức, gồm %4 đơn vị thành viên: %5.")
                           .arg(cluster.name)
                           .arg(facts.toYear)
                           .arg(cluster.organiser)
                           .arg(cluster.members.size())
                           .arg(cluster.members.join(QStringLiteral(", ")));
        const QString noun = domain::clusterKindWord(cluster.kind).toLower();
        if (!cluster.head.isEmpty())
            text += QStringLiteral(" Trưởng %1: %2").arg(noun, cluster.head);
        if (!cluster.deputy.isEmpty())
            text += QStringLiteral("; Phó Trưởng %1: %2").arg(noun, cluster.deputy);
        if (!cluster.appointment.isEmpty())
            text += QStringLiteral(" (%1)").arg(cluster.appointment);
        if (!cluster.head.isEmpty() || !cluster.deputy.isEmpty())
            text += u'.';
        document.add(Paragraph{text});
    }
    if (facts.clusters.empty() && !isCluster(facts))
        document.add(Paragraph{QStringLiteral("Năm %1, %2 không tham gia cụm, khối thi đua nào.")
                                   .arg(facts.toYear)
                                   .arg(facts.scopeName)});
}

void addCovenants(documents::Document& document, const ConferenceFacts& facts) {
    for (const ClusterFacts& cluster : facts.clusters) {
        if (!cluster.hasCovenant) {
            document.add(
                Paragraph{QStringLiteral("%1 chưa ghi nhận việc ký kết giao ước thi đua năm %2.")
                              .arg(cluster.name)
                              .arg(facts.toYear)});
            continue;
        }
        QString text =
            QStringLiteral("Ngày %1").arg(domain::vn::formatDate(cluster.covenantSignedOn));
        if (!cluster.covenantPlace.isEmpty())
            text += QStringLiteral(", tại %1").arg(cluster.covenantPlace);
        text += QStringLiteral(", %1/%2 đơn vị thành viên %3 đã ký kết Giao ước thi đua năm %4")
                    .arg(cluster.covenantSignatories)
                    .arg(cluster.members.size())
                    .arg(cluster.name)
                    .arg(facts.toYear);
        text += cluster.covenantTargets.isEmpty() ? QStringLiteral(".")
                                                  : QStringLiteral(" với các nội dung chủ yếu:");
        document.add(Paragraph{text});
        addDashed(document, cluster.covenantTargets);
    }
}

void addCoverage(documents::Document& document, const ConferenceFacts& facts) {
    const Coverage& total = facts.totalCoverage;
    document.add(Paragraph{
        QStringLiteral(
            "Có %1/%2 cán bộ, công chức, viên chức, người lao động đăng ký thi đua (%3); "
            "các tập thể đăng ký %4 danh hiệu thi đua.")
            .arg(count(total.registered), count(total.people),
                 percentOf(total.registered, total.people), count(total.collectiveTitles))});
    if (facts.coverage.size() < 2)
        return;
    Table table;
    table.fontPointSize = 12;
    table.columns = {{QStringLiteral("STT"), 0.6, Alignment::Center},
                     {isCluster(facts) || facts.request.scope == domain::ReportScopeKind::Unit
                          ? QStringLiteral("Đơn vị")
                          : QStringLiteral("Cụm, khối thi đua"),
                      3.4, Alignment::Left},
                     {QStringLiteral("Số người"), 1.0, Alignment::Right},
                     {QStringLiteral("Cá nhân đăng ký"), 1.1, Alignment::Right},
                     {QStringLiteral("Tỷ lệ"), 1.0, Alignment::Right},
                     {QStringLiteral("Danh hiệu tập thể đăng ký"), 1.2, Alignment::Right}};
    int number = 0;
    for (const Coverage& line : facts.coverage)
        table.rows.append(TableRow::data(
            {QString::number(++number), line.name, count(line.people), count(line.registered),
             percentOf(line.registered, line.people), count(line.collectiveTitles)}));
    table.rows.append(TableRow::data(
        {QString(), QStringLiteral("Cộng"), count(total.people), count(total.registered),
         percentOf(total.registered, total.people), count(total.collectiveTitles)}));
    document.add(std::move(table));
}

void addMovements(documents::Document& document, const std::vector<MovementFacts>& movements) {
    if (movements.empty()) {
        document.add(Paragraph{QStringLiteral("Chưa ghi nhận phong trào thi đua nào.")});
        return;
    }
    for (const MovementFacts& movement : movements) {
        // Most names already say "Phong trào thi đua …"; the others are named by it.
        const bool named =
            movement.name.startsWith(QStringLiteral("Phong trào"), Qt::CaseInsensitive);
        // A name that says its period ("… giai đoạn 2021–2025") is not followed by it again.
        const QString kind = movement.name.contains(movement.period)
                                 ? movement.kind
                                 : QStringLiteral("%1, %2").arg(movement.kind, movement.period);
        QString text =
            QStringLiteral("- %1 (%2)")
                .arg(named ? movement.name
                           : QStringLiteral("Phong trào thi đua “%1”").arg(movement.name),
                     kind);
        if (!movement.launcher.isEmpty())
            text += QStringLiteral(" do %1 phát động").arg(movement.launcher);
        if (!movement.document.isEmpty())
            text += QStringLiteral(" theo %1").arg(movement.document);
        if (movement.launchedOn.isValid())
            text += QStringLiteral(" ngày %1").arg(domain::vn::formatDate(movement.launchedOn));
        text += movement.participants > 0
                    ? QStringLiteral("; %1 đơn vị tham gia.").arg(movement.participants)
                    : QStringLiteral(".");
        document.add(Paragraph{text});
    }
}

void addRankings(documents::Document& document, const ConferenceFacts& facts) {
    bool any = false;
    for (const ClusterFacts& cluster : facts.clusters) {
        if (cluster.ranking.empty())
            continue;
        any = true;
        if (!isCluster(facts))
            document.add(item(QStringLiteral("%1:").arg(cluster.name)));
        Table table;
        table.fontPointSize = 12;
        table.columns = {{QStringLiteral("Xếp hạng"), 0.9, Alignment::Center},
                         {QStringLiteral("Đơn vị"), 4.0, Alignment::Left},
                         {QStringLiteral("Tổng điểm"), 1.1, Alignment::Right},
                         {QStringLiteral("Xếp loại"), 1.2, Alignment::Center}};
        documents::Chart chart;
        chart.kind = documents::Chart::Kind::Bars;
        chart.caption = QStringLiteral("Biểu đồ: Tổng điểm thi đua của các đơn vị %1 năm %2")
                            .arg(cluster.name)
                            .arg(facts.toYear);
        chart.valueLabel = QStringLiteral("Điểm");
        chart.valueDecimals = 1;
        chart.series.append(documents::ChartSeries{});
        for (const RankedUnit& unit : cluster.ranking) {
            table.rows.append(
                TableRow::data({QString::number(unit.rank), unit.unit,
                                domain::vn::formatDecimal(unit.total, 2), unit.rating}));
            chart.categories.append(unit.unit);
            chart.series.front().values.append(unit.total);
        }
        document.add(std::move(table));
        // A reader sees the gaps between units at a glance; one unit needs no chart.
        if (cluster.ranking.size() > 1)
            document.add(std::move(chart));
    }
    if (!any)
        document.add(Paragraph{QStringLiteral("Chưa có kết quả chấm điểm, xếp hạng thi đua.")});
}

void addVotes(documents::Document& document, const ConferenceFacts& facts) {
    bool any = false;
    for (const ClusterFacts& cluster : facts.clusters)
        for (const auto& [title, units] : cluster.proposals) {
            any = true;
            document.add(
                Paragraph{QStringLiteral("%1 đã bỏ phiếu suy tôn %2 đơn vị đề nghị tặng %3: %4.")
                              .arg(cluster.name)
                              .arg(units.size())
                              .arg(title, units.join(QStringLiteral(", ")))});
        }
    if (!any)
        document.add(Paragraph{QStringLiteral("Chưa có kết quả bình xét, suy tôn.")});
}

void addAwards(documents::Document& document, const ConferenceFacts& facts, int from, int to) {
    Table table;
    table.fontPointSize = 12;
    table.columns = {
        {QStringLiteral("STT"), 0.8, Alignment::Center},
        {QStringLiteral("Hình thức khen thưởng, danh hiệu thi đua"), 3.6, Alignment::Left}};
    const bool byYear = from != to;
    const std::vector<AwardCount> counted = byYear ? facts.awards : countsOf(facts.honorees, to);
    // Years before the data begins would only add columns of zeros.
    std::vector<int> years;
    for (int year = from; year <= to; ++year)
        if (std::ranges::any_of(counted, [&](const AwardCount& award) {
                return award.collectives.contains(year) || award.individuals.contains(year);
            }))
            years.push_back(year);
    if (byYear)
        for (int year : years)
            table.columns.append({QString::number(year), 0.8, Alignment::Right});
    table.columns.append({QStringLiteral("Tập thể"), 0.9, Alignment::Right});
    table.columns.append({QStringLiteral("Cá nhân"), 0.9, Alignment::Right});
    table.columns.append({QStringLiteral("Cộng"), 0.9, Alignment::Right});
    int number = 0;
    qint64 all = 0;
    // Grouped by the level that decided them, each group by precedence.
    for (const auto& [level, levelName] : domain::AwardLevels) {
        bool grouped = false;
        for (const AwardCount& award : counted) {
            if (award.level != level)
                continue;
            qint64 collectives = 0;
            qint64 individuals = 0;
            QStringList cells{QString(), award.awardName};
            for (int year : years) {
                const qint64 c = award.collectives.contains(year) ? award.collectives.at(year) : 0;
                const qint64 i = award.individuals.contains(year) ? award.individuals.at(year) : 0;
                collectives += c;
                individuals += i;
                if (byYear)
                    cells.append(count(c + i));
            }
            if (collectives + individuals == 0)
                continue;
            if (!std::exchange(grouped, true))
                table.rows.append(TableRow::group(QString::fromUtf16(levelName)));
            cells[0] = QString::number(++number);
            cells << count(collectives) << count(individuals) << count(collectives + individuals);
            table.rows.append(TableRow::data(cells));
            all += collectives + individuals;
        }
    }
    if (table.rows.isEmpty()) {
        document.add(Paragraph{QStringLiteral("Chưa ghi nhận khen thưởng nào.")});
        return;
    }
    document.add(Paragraph{
        QStringLiteral("Tổng số %1 lượt tập thể, cá nhân được khen thưởng:").arg(count(all))});
    document.add(std::move(table));
    addAwardsByLevel(document, facts);
}

void addModels(documents::Document& document, const std::vector<NamedAward>& awards,
               ModelYears years) {
    // An organiser's report would otherwise name hundreds: the highest come first.
    constexpr qsizetype MostNamed = 30;
    QStringList named;
    qint64 others = 0;
    for (const NamedAward& award : awards) {
        if (domain::isGrassrootsLevel(award.level) || named.size() == MostNamed) {
            ++others;
            continue;
        }
        QString line = award.collective ? QStringLiteral("%1: %2").arg(award.name, award.awardName)
                                        : QStringLiteral("Đồng chí %1 (%2): %3")
                                              .arg(award.name, award.unit, award.awardName);
        if (years == ModelYears::Shown)
            line += QStringLiteral(" năm %1").arg(award.year);
        named.append(line);
    }
    if (named.isEmpty() && others == 0) {
        document.add(Paragraph{QStringLiteral("Chưa ghi nhận điển hình tiên tiến.")});
        return;
    }
    if (!named.isEmpty()) {
        document.add(Paragraph{QStringLiteral("Các tập thể, cá nhân tiêu biểu được khen thưởng cấp "
                                              "Nhà nước và cấp Bộ, ngành, tỉnh:")});
        addDashed(document, named);
    }
    if (others > 0)
        document.add(
            Paragraph{QStringLiteral("Ngoài ra, %1 lượt tập thể, cá nhân khác được khen thưởng.")
                          .arg(count(others))});
}

documents::SignatureBlock conferenceSignature(const ConferenceFacts& facts) {
    documents::SignatureBlock signature;
    if (isCluster(facts)) {
        signature.authority = QStringLiteral("TM. %1").arg(facts.scopeName);
        signature.position = QStringLiteral("TRƯỞNG %1").arg(hostWord(facts).toUpper());
        if (!facts.organiser.isEmpty())
            signature.recipients.append(facts.organiser);
        signature.recipients.append(
            QStringLiteral("Các đơn vị thành viên %1").arg(facts.scopeName));
    } else {
        signature.position = QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ");
        if (!facts.organiser.isEmpty())
            signature.recipients.append(facts.organiser);
    }
    signature.recipients.append(QStringLiteral("Lưu: VT, TĐKT"));
    return signature;
}

} // namespace thidua::reports
