#include "conference_facts_html.h"

#include "conference_pack_facts.h"
#include "vietnamese_format.h"

#include <QCoreApplication>

namespace thidua::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::ConferenceFacts)
};

// How many of the best units the summary names.
constexpr std::size_t Leaders = 3;

QString line(const QString& label, const QString& value) {
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString count(qint64 value) {
    return domain::vn::formatInteger(value);
}

QString coverage(const reports::Coverage& total) {
    const QString share =
        total.people == 0
            ? QStringLiteral("-")
            : domain::vn::formatDecimal(100.0 * double(total.registered) / double(total.people), 1);
    return Text::tr("%1 of %2 people (%3 %); %4 titles registered by collectives.")
        .arg(count(total.registered), count(total.people), share, count(total.collectiveTitles));
}

QString leadership(const reports::ClusterFacts& cluster) {
    if (cluster.head.isEmpty())
        return Text::tr("no head recorded");
    // Neither "cụm" nor "khối" in the words: the same line serves both.
    QString text = Text::tr("%1 (head)").arg(cluster.head);
    if (!cluster.deputy.isEmpty())
        text += Text::tr(", %1 (deputy)").arg(cluster.deputy);
    if (!cluster.appointment.isEmpty())
        text += QStringLiteral("; %1").arg(cluster.appointment);
    return text;
}

QString covenant(const reports::ClusterFacts& cluster) {
    if (!cluster.hasCovenant)
        return Text::tr("none recorded");
    return Text::tr("signed on %1 by %2 of %3 members")
        .arg(domain::vn::formatDate(cluster.covenantSignedOn))
        .arg(cluster.covenantSignatories)
        .arg(cluster.members.size());
}

QString ranking(const reports::ClusterFacts& cluster) {
    if (cluster.ranking.empty())
        return Text::tr("not scored");
    QStringList best;
    for (std::size_t i = 0; i < std::min(Leaders, cluster.ranking.size()); ++i) {
        const reports::RankedUnit& unit = cluster.ranking.at(i);
        best << QStringLiteral("%1. %2 (%3)")
                    .arg(unit.rank)
                    .arg(unit.unit, domain::vn::formatDecimal(unit.total, 2));
    }
    return best.join(QStringLiteral("; "));
}

QString vote(const reports::ClusterFacts& cluster) {
    if (cluster.proposals.empty())
        return Text::tr("no vote recorded");
    QStringList titles;
    for (const auto& [title, units] : cluster.proposals)
        titles << QStringLiteral("%1: %2").arg(title, units.join(QStringLiteral(", ")));
    return titles.join(QStringLiteral("; "));
}

// The awards the report counts: the year's, or for a six-month review those
// decided in its first half.
QString awards(const reports::ConferenceFacts& facts) {
    const QString counted = facts.request.kind == domain::ReportKind::MidYear
                                ? Text::tr("%1 decided in the first half of %2")
                                : Text::tr("%1 in %2");
    return Text::tr("%1; %2 to hand over at the conference.")
        .arg(counted.arg(count(static_cast<qint64>(facts.honorees.size()))).arg(facts.toYear),
             count(static_cast<qint64>(reports::conferencePackOf(facts).honorees.size())));
}

} // namespace

QString conferenceFactsHtml(const reports::ConferenceFacts& facts) {
    QString html = QStringLiteral("<h3>%1</h3>").arg(facts.scopeName.toHtmlEscaped());
    html += line(Text::tr("Registrations:"), coverage(facts.totalCoverage));
    html += line(Text::tr("Movements:"), count(static_cast<qint64>(facts.movements.size())));
    for (const reports::ClusterFacts& cluster : facts.clusters) {
        if (facts.request.scope != domain::ReportScopeKind::Cluster)
            html += QStringLiteral("<h4>%1</h4>").arg(cluster.name.toHtmlEscaped());
        html += line(Text::tr("Leaders:"), leadership(cluster));
        html += line(Text::tr("Covenant:"), covenant(cluster));
        html += line(Text::tr("Ranking:"), ranking(cluster));
        if (facts.request.kind != domain::ReportKind::MidYear)
            html += line(Text::tr("Vote:"), vote(cluster));
    }
    html += line(Text::tr("Awards:"), awards(facts));
    return html;
}

} // namespace thidua::ui
