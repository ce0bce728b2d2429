#include "conference_pack_facts.h"

#include "report_sections.h"
#include "vietnamese_format.h"

namespace thidua::reports {

namespace {

// "Nguyễn Văn A, Thứ trưởng Bộ Tư pháp": the name before the first comma.
std::pair<QString, QString> nameAndPosition(const QString& typed) {
    const qsizetype comma = typed.indexOf(u',');
    if (comma < 0)
        return {typed.trimmed(), {}};
    return {typed.left(comma).trimmed(), typed.mid(comma + 1).trimmed()};
}

Presenter presenter(const ConferenceFacts& facts, const QString& level, const QString& section) {
    const auto [name, position] = nameAndPosition(facts.note(section));
    return {level, name, position};
}

void addClusterOutcome(const ClusterFacts& cluster, ConferencePack& pack) {
    for (const RankedUnit& unit : cluster.ranking) {
        QString line = QStringLiteral("%1. %2: %3 điểm")
                           .arg(unit.rank)
                           .arg(unit.unit, domain::vn::formatDecimal(unit.total, 2));
        if (!unit.rating.isEmpty())
            line += QStringLiteral(", xếp loại %1").arg(unit.rating);
        pack.rankingLines.append(line);
    }
    pack.proposals.insert(pack.proposals.end(), cluster.proposals.begin(), cluster.proposals.end());
    pack.nextHead = cluster.nextHead;
    pack.nextDeputy = cluster.nextDeputy;
}

} // namespace

QString conferenceName(const ConferenceFacts& facts) {
    switch (facts.request.kind) {
    case domain::ReportKind::YearEnd:
        return QStringLiteral("Hội nghị tổng kết công tác thi đua, khen thưởng năm %1")
            .arg(facts.toYear);
    case domain::ReportKind::MidYear:
        return QStringLiteral("Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm %1")
            .arg(facts.toYear);
    case domain::ReportKind::ModelConference:
        return QStringLiteral("Hội nghị điển hình tiên tiến giai đoạn %1 - %2")
            .arg(facts.fromYear)
            .arg(facts.toYear);
    }
    return {};
}

ConferencePack conferencePackOf(const ConferenceFacts& facts) {
    ConferencePack pack;
    pack.header = facts.header;
    pack.conferenceName = conferenceName(facts);
    pack.hostName = facts.scopeName;
    pack.date = facts.header.date;
    pack.venue = facts.note(domain::sections::Venue);
    pack.chair = facts.note(domain::sections::Chair);
    pack.chairPosition = facts.note(domain::sections::ChairPosition);
    pack.secretary = facts.note(domain::sections::Secretary);
    pack.secretaryPosition = facts.note(domain::sections::SecretaryPosition);
    pack.presenters = {
        presenter(facts, QStringLiteral("state"), domain::sections::PresenterState),
        presenter(facts, QStringLiteral("ministry"), domain::sections::PresenterMinistry),
        presenter(facts, QStringLiteral("grassroots"), domain::sections::PresenterGrassroots)};
    // The catalogue says which awards are called up: not those each unit's
    // head recognises (LĐTT, TTLĐTT).
    for (const NamedAward& award : facts.honorees)
        if (award.presentedAtConference)
            pack.honorees.push_back({award.name, award.position, award.unit, award.awardName,
                                     award.level, award.precedence, award.collective,
                                     award.decision});
    // A cluster's conference is its members'; the others list nobody by name.
    if (facts.request.scope == domain::ReportScopeKind::Cluster && !facts.clusters.empty()) {
        pack.participants = facts.clusters.front().members;
        pack.expected = static_cast<int>(pack.participants.size());
        addClusterOutcome(facts.clusters.front(), pack);
    }
    pack.discussion = facts.note(domain::sections::Discussion);
    pack.conclusion = facts.note(domain::sections::Conclusion);
    return pack;
}

} // namespace thidua::reports
