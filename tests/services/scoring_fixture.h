#pragma once

#include "cluster_fixture.h"
#include "cluster_service.h"
#include "criteria_service.h"
#include "scoring_service.h"

namespace thidua::test {

// Cluster II of 2018 with the Ministry's criteria table for the year:
// I Chuyên môn (I.1 quantitative 30, I.2 pass/fail 30), II Báo cáo (10 points
// a report, up to 40), III a bonus of up to 5 and IV a penalty of up to 5.
class ScoringFixture : public ClusterFixture {
protected:
    void SetUp() override {
        ClusterFixture::SetUp();
        if (HasFatalFailure())
            return;
        auto cluster = workspace->clusters().create(clusterTwo());
        ASSERT_TRUE(cluster) << cluster.error().message.toStdString();
        clusterId = cluster->cluster.id;
    }

    domain::CriteriaTable ministryTable(int year = 2018) const {
        using domain::CriterionKind;
        domain::CriteriaTable table;
        table.organiserId = ministry;
        table.year = year;
        table.total = 100;
        table.document = QStringLiteral("Quyết định số 536/QĐ-BTP");
        table.tieBreaks = {domain::TieBreak::MoreBonus};
        table.bands = {{90, QStringLiteral("Xuất sắc")}, {70, QStringLiteral("Tốt")}};
        table.criteria = {
            {-1, QStringLiteral("I"), QStringLiteral("Công tác chuyên môn"),
             CriterionKind::PassFail, 60, 0},
            {0, QStringLiteral("I.1"), QStringLiteral("Xây dựng văn bản"),
             CriterionKind::Quantitative, 30, 0},
            {0, QStringLiteral("I.2"), QStringLiteral("Ký giao ước"), CriterionKind::PassFail, 30,
             0},
            {-1, QStringLiteral("II"), QStringLiteral("Báo cáo đúng hạn"),
             CriterionKind::PerOccurrence, 40, 10},
            {-1, QStringLiteral("III"), QStringLiteral("Điểm thưởng"), CriterionKind::Bonus, 5, 0},
            {-1, QStringLiteral("IV"), QStringLiteral("Điểm trừ"), CriterionKind::Penalty, 5, 0},
        };
        return table;
    }

    // Saves the table and opens the year-end round.
    domain::RowId openYearEnd() {
        auto table = workspace->criteria().save(ministryTable());
        EXPECT_TRUE(table) << table.error().message.toStdString();
        auto round = workspace->scoring().openRound(clusterId, domain::RoundKind::YearEnd);
        EXPECT_TRUE(round) << round.error().message.toStdString();
        return round ? round->id : domain::NoId;
    }

    Status score(domain::RowId roundId, domain::RowId unitId, int criterion, double points,
                 domain::RowId scorerId, const QString& note = {}) {
        return workspace->scoring().setScore(roundId, {unitId, criterion, scorerId, points, note});
    }

    // The head unit gives the unit the same points on every item.
    void scoreAll(domain::RowId roundId, domain::RowId unitId, double i1, double i2, double ii,
                  double bonus, double penalty) {
        const domain::RowId head = institute;
        for (auto [criterion, points] :
             {std::pair{1, i1}, {2, i2}, {3, ii}, {4, bonus}, {5, penalty}}) {
            auto given = score(roundId, unitId, criterion, points, head);
            ASSERT_TRUE(given) << given.error().message.toStdString();
        }
    }

    domain::RowId clusterId = domain::NoId;
};

} // namespace thidua::test
