#include "demo_scoring.h"

#include "ballot_session_repository.h"
#include "cluster_year_repository.h"
#include "criteria_table_repository.h"
#include "demo_conduct.h"
#include "demo_random.h"
#include "demo_writer.h"
#include "score_repository.h"
#include "scoring_round_repository.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace thidua::services::demo {

namespace {

using domain::CriterionKind;

domain::Criterion criterion(int parent, const char16_t* code, const char16_t* title,
                            CriterionKind kind, double maxPoints, double pointsEach = 0) {
    return {parent,    QString::fromUtf16(code), QString::fromUtf16(title), kind, maxPoints,
            pointsEach};
}

// A table in the shape organisers use (domain brief §3); its wording and
// points are illustrative, not any organiser's decision.
std::vector<domain::Criterion> demoCriteria() {
    return {
        criterion(-1, u"I", u"Thực hiện nhiệm vụ chuyên môn", CriterionKind::PassFail, 50),
        criterion(0, u"I.1", u"Hoàn thành chỉ tiêu kế hoạch công tác năm",
                  CriterionKind::Quantitative, 30),
        criterion(0, u"I.2", u"Chất lượng văn bản tham mưu", CriterionKind::PassFail, 10),
        criterion(0, u"I.3", u"Ứng dụng công nghệ thông tin, chuyển đổi số",
                  CriterionKind::PassFail, 10),
        criterion(-1, u"II", u"Công tác thi đua, khen thưởng", CriterionKind::PassFail, 20),
        criterion(4, u"II.1", u"Ký kết và thực hiện giao ước thi đua", CriterionKind::PassFail, 5),
        criterion(4, u"II.2", u"Gửi báo cáo thi đua đúng hạn", CriterionKind::PerOccurrence, 10,
                  2.5),
        criterion(4, u"II.3", u"Phát động phong trào thi đua", CriterionKind::PassFail, 5),
        criterion(-1, u"III", u"Xây dựng tổ chức đảng, đoàn thể vững mạnh", CriterionKind::PassFail,
                  15),
        criterion(-1, u"IV", u"Cải cách hành chính, kỷ luật, kỷ cương", CriterionKind::PassFail,
                  15),
        criterion(9, u"IV.1", u"Cải cách thủ tục hành chính", CriterionKind::Quantitative, 10),
        criterion(9, u"IV.2", u"Chấp hành kỷ luật, kỷ cương hành chính", CriterionKind::PassFail,
                  5),
        criterion(-1, u"V", u"Điểm thưởng", CriterionKind::Bonus, 5),
        criterion(12, u"V.1", u"Mô hình mới, cách làm hay được nhân rộng", CriterionKind::Bonus, 3),
        criterion(12, u"V.2", u"Sáng kiến được công nhận", CriterionKind::Bonus, 3),
        criterion(-1, u"VI", u"Điểm trừ", CriterionKind::Penalty, 10),
        criterion(15, u"VI.1", u"Chậm gửi báo cáo, số liệu", CriterionKind::Penalty, 5),
        criterion(15, u"VI.2", u"Cán bộ bị xử lý kỷ luật", CriterionKind::Penalty, 5),
    };
}

domain::CriteriaTable demoTable(DemoRandom& random, domain::RowId organiserId, int year) {
    domain::CriteriaTable table;
    table.uuid = random.uuid();
    table.organiserId = organiserId;
    table.year = year;
    table.total = 100;
    table.tieBreaks = {domain::TieBreak::MoreBonus, domain::TieBreak::FewerPenalties};
    table.bands = {
        {90, QStringLiteral("Xuất sắc")}, {80, QStringLiteral("Tốt")}, {70, QStringLiteral("Khá")}};
    table.criteria = demoCriteria();
    return table;
}

// A half-point figure between the shares of the item's points.
double between(DemoRandom& random, double maxPoints, int lowPercent, int highPercent) {
    const int halves = static_cast<int>(maxPoints * 2);
    return random.between(halves * lowPercent / 100, halves * highPercent / 100) / 2.0;
}

// What a unit of this strength (0 to 10) claims on an item: most tasks done,
// most reports on time, a bonus now and then, a penalty rarely.
double selfPoints(DemoRandom& random, const domain::Criterion& item, int strength) {
    switch (item.kind) {
    case CriterionKind::Quantitative:
        return between(random, item.maxPoints, 60 + 3 * strength, std::min(100, 80 + 2 * strength));
    case CriterionKind::PassFail:
        return random.chance(85 + strength * 3 / 2) ? item.maxPoints : 0;
    case CriterionKind::PerOccurrence:
        return std::min(item.maxPoints, item.pointsEach * random.between(2, 4));
    case CriterionKind::Bonus:
        return random.chance(20 + strength * 2) ? random.between(1, 3) : 0;
    case CriterionKind::Penalty:
        return random.chance(12 - strength) ? random.between(1, 2) : 0;
    }
    return 0;
}

constexpr std::array<const char16_t*, 4> evidence{
    u"Báo cáo tổng kết công tác năm của đơn vị",
    u"Kế hoạch công tác và báo cáo kết quả thực hiện",
    u"Quyết định công nhận của cấp có thẩm quyền",
    u"Hồ sơ lưu tại văn phòng đơn vị",
};

constexpr std::array<const char16_t*, 3> corrections{
    u"Một số nhiệm vụ hoàn thành chậm so với kế hoạch",
    u"Chưa có văn bản chứng minh kết quả tự chấm",
    u"Báo cáo gửi chậm so với thời hạn quy định",
};

class ScoreWriter {
public:
    ScoreWriter(DemoWriter& writer, DemoRandom& random)
        : writer_(writer)
        , random_(random)
        , scores_(writer.db()) {}

    // Every member's self-score and the head's (the deputy's, for the head)
    // points on every item of the table. The leaders (the units the
    // cluster's vote proposed for a flag) score as the strongest.
    Status scoreRound(domain::RowId roundId, const domain::ClusterYear& cluster,
                      const domain::CriteriaTable& table, const std::set<domain::RowId>& leaders) {
        for (const domain::ClusterMember& member : cluster.members) {
            const int strength = leaders.contains(member.unitId) ? 10 : random_.between(0, 4);
            const domain::RowId scorer =
                member.unitId == cluster.head() ? cluster.deputy() : cluster.head();
            for (int index = 0; index < static_cast<int>(table.criteria.size()); ++index) {
                if (domain::isGroup(table, index))
                    continue;
                if (auto ok = scoreItem(roundId, member.unitId, scorer, index,
                                        table.criteria[static_cast<std::size_t>(index)], strength);
                    !ok)
                    return ok;
            }
        }
        return writer_.reportProgress() ? Status{} : fail(ErrorCode::Cancelled, {});
    }

private:
    Status scoreItem(domain::RowId roundId, domain::RowId unitId, domain::RowId scorerId, int index,
                     const domain::Criterion& item, int strength) {
        const double claimed = selfPoints(random_, item, strength);
        domain::Score self{unitId, index, unitId, claimed,
                           QString::fromUtf16(random_.pick(evidence))};
        if (auto ok = scores_.put(roundId, self); !ok)
            return ok;
        if (scorerId == domain::NoId)
            return {};
        domain::Score given{unitId, index, scorerId, claimed, {}};
        // The scorer marks a claimed quantitative result down now and then.
        if (item.kind == CriterionKind::Quantitative && claimed >= 2 && random_.chance(15)) {
            given.points = claimed - random_.between(1, 4) / 2.0;
            given.note = QString::fromUtf16(random_.pick(corrections));
        }
        return scores_.put(roundId, given);
    }

    DemoWriter& writer_;
    DemoRandom& random_;
    storage::ScoreRepository scores_;
};

// The units the cluster-year's vote proposed for a flag (demo_votes.h).
Result<std::set<domain::RowId>> proposedUnits(storage::Database& db, domain::RowId clusterId) {
    auto proposals = storage::BallotSessionRepository(db).proposals(clusterId);
    if (!proposals)
        return std::unexpected(proposals.error());
    std::set<domain::RowId> units;
    for (const domain::BallotProposal& proposal : *proposals)
        units.insert(proposal.ballot.unitId);
    return units;
}

} // namespace

Status addScoring(DemoWriter& writer, quint64 seed, const DemoRandom& random) {
    DemoRandom chance(seed ^ 0x2545f4914f6cdd1dULL, random);
    storage::ClusterYearRepository clusters(writer.db());
    storage::CriteriaTableRepository tables(writer.db());
    storage::ScoringRoundRepository rounds(writer.db());
    ScoreWriter scores(writer, chance);
    for (int year = FirstGradedYear; year <= LastGradedYear; ++year) {
        auto yearClusters = clusters.forYear(year);
        if (!yearClusters)
            return std::unexpected(yearClusters.error());
        std::map<domain::RowId, domain::CriteriaTable> tableOf;
        for (const domain::ClusterYear& cluster : *yearClusters) {
            const domain::RowId organiser = cluster.cluster.organiserId;
            if (!tableOf.contains(organiser)) {
                domain::CriteriaTable table = demoTable(chance, organiser, year);
                if (auto ok = tables.insert(table); !ok)
                    return ok;
                tableOf.emplace(organiser, std::move(table));
            }
            auto leaders = proposedUnits(writer.db(), cluster.cluster.id);
            if (!leaders)
                return std::unexpected(leaders.error());
            const bool current = year == LastGradedYear;
            std::vector<domain::RoundKind> kinds{domain::RoundKind::YearEnd};
            if (current)
                kinds.push_back(domain::RoundKind::MidYear);
            for (domain::RoundKind kind : kinds) {
                domain::ScoringRound round;
                round.uuid = chance.uuid();
                round.clusterId = cluster.cluster.id;
                round.kind = kind;
                if (!current || kind == domain::RoundKind::MidYear)
                    round.closedOn = kind == domain::RoundKind::MidYear
                                         ? QDate(year, 7, chance.between(10, 25))
                                         : QDate(year, 12, chance.between(15, 28));
                if (auto ok = rounds.insert(round); !ok)
                    return ok;
                if (auto ok = scores.scoreRound(round.id, cluster, tableOf.at(organiser), *leaders);
                    !ok)
                    return ok;
            }
        }
    }
    return {};
}

} // namespace thidua::services::demo
