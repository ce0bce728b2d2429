#include "cluster_service.h"
#include "demo_workspace.h"
#include "rendered_text.h"
#include "scoring_print.h"
#include "table_reader.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace thidua;

namespace {

// The small demo's cluster II of 2018, its year-end round closed with every
// point given.
class ScoringDocumentsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        demo = new test::DemoWorkspace(1);
        workspace = demo->workspace.get();
        ASSERT_NE(workspace, nullptr);
        auto cluster = workspace->clusters().find(2018, QStringLiteral("II"));
        ASSERT_TRUE(cluster);
        clusterId = cluster->cluster.id;
    }
    static void TearDownTestSuite() { delete demo; }

    void SetUp() override {
        auto read = reports::readScoringPrint(*workspace, clusterId, domain::RoundKind::YearEnd);
        ASSERT_TRUE(read) << read.error().message.toStdString();
        print = std::move(*read);
    }

    QString file(const QString& name) const { return QDir(demo->temp.dir()).filePath(name); }

    static inline test::DemoWorkspace* demo = nullptr;
    static inline services::Workspace* workspace = nullptr;
    static inline domain::RowId clusterId = domain::NoId;
    reports::ScoringPrint print;
};

const documents::Table& onlyTable(const documents::Document& document) {
    for (const documents::Block& block : document.blocks)
        if (const auto* table = std::get_if<documents::Table>(&block))
            return *table;
    static const documents::Table none;
    return none;
}

} // namespace

TEST_F(ScoringDocumentsTest, ARoundNeverOpenedIsNamed) {
    auto missing = reports::readScoringPrint(*workspace, clusterId, domain::RoundKind::MidYear);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("Cụm thi đua số II (2018)")));
}

TEST_F(ScoringDocumentsTest, TheRankingListsTheUnitsBestFirstWithTheirGroupsAndTotal) {
    const documents::Document document = reports::rankingDocument(print);
    EXPECT_EQ(document.orientation, documents::Orientation::Landscape);
    const documents::Table& table = onlyTable(document);
    ASSERT_EQ(table.rows.size(), 10);
    // Rank, unit, the four groups of the demo's table, bonus, penalty, total, rating.
    ASSERT_EQ(table.columns.size(), 10);
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        const QStringList& cells = table.rows[row].cells;
        const domain::Standing& standing = print.standings[static_cast<std::size_t>(row)];
        EXPECT_EQ(cells[0], QString::number(standing.rank));
        EXPECT_EQ(cells[1], print.sheet.unitName(standing.unitId));
        double groups = 0;
        for (int column = 2; column < 6; ++column)
            groups += QString(cells[column]).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        EXPECT_NEAR(groups, standing.totals.scored, 0.01)
            << cells.join(QLatin1Char('|')).toStdString();
    }
    const QString text = test::renderedPdfText(document, file(QStringLiteral("xep-hang.pdf")));
    for (const char* phrase : {"BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA",
                               "Tổng kết năm 2018 của Cụm thi đua số II", "BỘ TƯ PHÁP",
                               "NGƯỜI LẬP BIỂU", "TM. CỤM THI ĐUA SỐ II"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(phrase))) << phrase;
    EXPECT_TRUE(text.contains(print.sheet.unitName(print.standings.front().unitId)));
}

TEST_F(ScoringDocumentsTest, TheScoringTableHasEveryCriterionAndEveryUnitsPoints) {
    const documents::Document document = reports::scoringTableDocument(print);
    const documents::Table& table = onlyTable(document);
    // Every criterion of the table, then the totals and the ranks.
    ASSERT_EQ(table.rows.size(), static_cast<qsizetype>(print.sheet.table.criteria.size()) + 2);
    ASSERT_EQ(table.columns.size(), 3 + 10);
    const QStringList& ranks = table.rows.last().cells;
    for (std::size_t unit = 0; unit < print.sheet.unitIds.size(); ++unit) {
        const auto standing = std::ranges::find(print.standings, print.sheet.unitIds[unit],
                                                &domain::Standing::unitId);
        EXPECT_EQ(ranks[3 + static_cast<qsizetype>(unit)], QString::number(standing->rank));
    }
    const QString xlsx = file(QStringLiteral("bang-cham-diem.xlsx"));
    ASSERT_TRUE(documents::renderFile(document, documents::FileFormat::Xlsx, xlsx));
    auto read = interchange::readTable(xlsx);
    ASSERT_TRUE(read) << read.error().message.toStdString();
    bool found = false;
    for (const interchange::SourceRow& row : read->rows)
        found = found || row.cells.contains(QStringLiteral("Gửi báo cáo thi đua đúng hạn"));
    EXPECT_TRUE(found);
}
