// CriteriaService::importTable: an organiser's criteria table from a file,
// its tree from the codes, all or nothing with save()'s refusals.

#include "scoring_fixture.h"

#include <gtest/gtest.h>

using namespace thidua;

namespace {

class CriteriaImport : public test::ScoringFixture {
protected:
    Result<services::ImportReport> importTable(const QString& text, bool dryRun = false) {
        return workspace->criteria().importTable(writeFile(QStringLiteral("tieu-chi.csv"), text),
                                                 ministry, 2018, {dryRun, false});
    }

    std::optional<domain::CriteriaTable> stored() {
        return *workspace->criteria().table(ministry, 2018);
    }
};

const QString ministryFile = QStringLiteral("Mã;Tiêu chí;Loại;Điểm tối đa;Điểm mỗi lần\n"
                                            "I;Công tác chuyên môn;;60;\n"
                                            "I.1;Xây dựng văn bản;Định lượng;30;\n"
                                            "I.1.1;Văn bản quy phạm;Theo chỉ tiêu;20;\n"
                                            "I.1.2;Văn bản hành chính;Chấm thẳng;10;5\n"
                                            "i.2.;Ký giao ước;DAT/KHONG DAT;30;\n"
                                            "II;Báo cáo đúng hạn;Theo số lần;40;10\n"
                                            "III;Điểm thưởng;Cộng;5;\n"
                                            "IV;Điểm trừ;Điểm trừ;5;\n"
                                            "IV.1;Chậm báo cáo;Trừ;5;\n");

} // namespace

TEST_F(CriteriaImport, TheCodesMakeTheTreeAndTheTopGroupsTheTotal) {
    domain::CriteriaTable before = ministryTable();
    ASSERT_TRUE(workspace->criteria().save(before));
    auto dryRun = importTable(ministryFile, true);
    ASSERT_TRUE(dryRun) << dryRun.error().message.toStdString();
    EXPECT_FALSE(dryRun->hasProblems()) << dryRun->problems.front().message.toStdString();
    EXPECT_EQ(stored()->criteria.size(), before.criteria.size()); // nothing written

    auto report = importTable(ministryFile);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->rowsImported, 9);
    const domain::CriteriaTable table = *stored();
    EXPECT_EQ(table.total, 100);
    std::vector<int> parents;
    std::vector<domain::CriterionKind> kinds;
    for (const domain::Criterion& criterion : table.criteria) {
        parents.push_back(criterion.parent);
        kinds.push_back(criterion.kind);
    }
    EXPECT_EQ(parents, (std::vector<int>{-1, 0, 1, 1, 0, -1, -1, -1, 7}));
    using enum domain::CriterionKind;
    EXPECT_EQ(kinds, (std::vector<domain::CriterionKind>{PassFail, Quantitative, Quantitative,
                                                         PerOccurrence, PassFail, PerOccurrence,
                                                         Bonus, Penalty, Penalty}));
    EXPECT_EQ(table.criteria[3].pointsEach, 5);
    // What the file does not hold stays as the organiser set it.
    EXPECT_EQ(table.document, before.document);
    EXPECT_EQ(table.bands.size(), before.bands.size());
    EXPECT_EQ(table.tieBreaks, before.tieBreaks);
}

TEST_F(CriteriaImport, ABadFileOrAScoredTablesNewShapeChangesNothing) {
    const qint64 audited = auditRows();
    auto broken = importTable(QStringLiteral("Mã,Tiêu chí,Loại,Điểm tối đa\n"
                                             "I,Chuyên môn,,50\n"
                                             "I.1,,Định lượng,30\n"
                                             "II.1,Báo cáo,Định lượng,10\n"
                                             "I.2,Khác,Tính điểm,10\n"
                                             "I.2,Khác,Định lượng,mười\n"
                                             "I.3,Thiếu loại,,10\n"));
    ASSERT_TRUE(broken);
    std::vector<std::pair<int, QString>> where;
    for (const services::ImportProblem& problem : broken->problems)
        where.emplace_back(problem.line, problem.column);
    EXPECT_EQ(where, (std::vector<std::pair<int, QString>>{{3, QStringLiteral("Tiêu chí")},
                                                           {4, QStringLiteral("Mã")},
                                                           {5, QStringLiteral("Loại")},
                                                           {6, QStringLiteral("Điểm tối đa")},
                                                           {6, QStringLiteral("Mã")},
                                                           {7, QStringLiteral("Loại")}}));
    EXPECT_FALSE(stored());

    auto notAddingUp = importTable(QStringLiteral("Mã,Tiêu chí,Loại,Điểm tối đa\n"
                                                  "I,Chuyên môn,,50\n"
                                                  "I.1,Văn bản,Định lượng,30\n"));
    ASSERT_TRUE(notAddingUp);
    ASSERT_EQ(notAddingUp->problems.size(), 1u);
    EXPECT_EQ(notAddingUp->problems[0].line, 0);
    EXPECT_FALSE(stored());
    EXPECT_EQ(auditRows(), audited);

    // Points given against the table keep its shape; the wording may change.
    const domain::RowId roundId = openYearEnd();
    ASSERT_TRUE(workspace->scoring().setSelfScore(roundId, university, 1, 20, {}));
    auto reshaped = importTable(ministryFile);
    ASSERT_TRUE(reshaped);
    ASSERT_EQ(reshaped->problems.size(), 1u);
    EXPECT_TRUE(reshaped->problems[0].message.contains(QStringLiteral("point")));
    EXPECT_EQ(stored()->criteria.size(), 6u);
    auto reworded = importTable(QStringLiteral("Mã;Tiêu chí;Loại;Điểm tối đa;Điểm mỗi lần\n"
                                               "I;Chuyên môn;;60;\n"
                                               "I.1;Văn bản;Định lượng;30;\n"
                                               "I.2;Giao ước;Đạt/không đạt;30;\n"
                                               "II;Báo cáo;Theo số lần;40;10\n"
                                               "III;Thưởng;Điểm thưởng;5;\n"
                                               "IV;Trừ;Điểm trừ;5;\n"));
    ASSERT_TRUE(reworded);
    EXPECT_FALSE(reworded->hasProblems()) << reworded->problems.front().message.toStdString();
    EXPECT_EQ(stored()->criteria[2].title, QStringLiteral("Giao ước"));
}
