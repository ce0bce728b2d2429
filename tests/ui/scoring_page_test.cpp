#include "cluster_service.h"
#include "criteria_dialog.h"
#include "criteria_service.h"
#include "criteria_tree.h"
#include "file_dialog.h"
#include "gui_fixture.h"
#include "input_dialog.h"
#include "language.h"
#include "page_header.h"
#include "ranking_model.h"
#include "score_grid_model.h"
#include "scoring_page.h"
#include "sheet_view.h"
#include "work_areas.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace thidua;

namespace {

class GuiScoring : public test::EditableGuiTest {
protected:
    // The scoring page on the demo's 2025 year-end round of cluster II, the
    // grid showing the points of `scorer` (0: the self-scores; 1: the head).
    ui::ScoringPage* openClusterTwo(ui::MainWindow& window, int scorer) {
        window.show();
        window.showArea(ui::Area::Scoring);
        auto page = test::child<ui::ScoringPage>(window, "scoringPage");
        page->setYear(2025);
        auto clusters = test::child<QComboBox>(*page, "clusterComboBox");
        clusters->setCurrentIndex(clusters->findText(QStringLiteral("Cụm thi đua số II")));
        test::child<QComboBox>(*page, "scorerComboBox")->setCurrentIndex(scorer);
        grid = test::child<ui::SheetView>(*page, "scoreGrid");
        model = static_cast<ui::ScoreGridModel*>(grid->model());
        header = test::child<ui::PageHeader>(*page, "pageHeader");
        return page;
    }

    // The first row that is not the scorer's own unit.
    int otherRow() const {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->sheet().unitIds[static_cast<std::size_t>(row)] != model->scorerId())
                return row;
        return -1;
    }

    QString total(int row) const {
        return model->index(row, model->columnCount() - 1).data().toString();
    }

    // As a clerk types: the first key opens the cell's editor, Enter commits.
    void type(int row, int column, const QString& text) {
        grid->setFocus();
        grid->setCurrentIndex(model->index(row, column));
        QTest::keyClicks(grid, text.left(1));
        auto editor = grid->viewport()->findChild<QLineEdit*>();
        ASSERT_NE(editor, nullptr);
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits in a queued call
        // The closed editor goes: the next cell must not find it.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    ui::SheetView* grid = nullptr;
    ui::ScoreGridModel* model = nullptr;
    ui::PageHeader* header = nullptr;
};

// The column of the item with this code.
int columnOf(const ui::ScoreGridModel& model, const QString& code) {
    for (int column = 0; column < model.columnCount(); ++column)
        if (model.headerData(column, Qt::Horizontal, Qt::DisplayRole)
                .toString()
                .startsWith(code + QLatin1Char('\n')))
            return column;
    return -1;
}

double number(const QString& text) {
    return QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
}

} // namespace

TEST_F(GuiScoring, TypedPointsChangeTheTotalAndUndoPutsThemBack) {
    auto window = makeWindow();
    auto page = openClusterTwo(*window, 1);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model->rowCount(), 10);
    const int row = otherRow();
    const int column = columnOf(*model, QStringLiteral("I.1"));
    ASSERT_GE(column, 0);
    const QString before = model->index(row, column).data().toString();
    const double totalBefore = number(total(row));
    // 20 is below any demo self-score on I.1, so the head is asked why.
    ui::InputDialog::setNextText(QStringLiteral("Thiếu minh chứng kết quả"));
    type(row, column, QStringLiteral("20"));
    EXPECT_EQ(header->error(), QString());
    EXPECT_EQ(model->index(row, column).data().toString(), QStringLiteral("20"));
    EXPECT_NEAR(number(total(row)), totalBefore - number(before) + 20, 0.01);
    EXPECT_EQ(grid->currentIndex().row(), row + 1) << "Enter moves down";
    const auto* given =
        model->scoreOf(*model->itemAt(model->index(row, column)), model->scorerId());
    ASSERT_NE(given, nullptr);
    EXPECT_EQ(given->note, QStringLiteral("Thiếu minh chứng kết quả"));

    test::child<QPushButton>(*page, "undoButton")->click();
    EXPECT_EQ(model->index(row, column).data().toString(), before);
    EXPECT_NEAR(number(total(row)), totalBefore, 0.01);
    test::child<QPushButton>(*page, "redoButton")->click();
    EXPECT_EQ(model->index(row, column).data().toString(), QStringLiteral("20"));
    test::saveSnapshot(*window, QStringLiteral("scoring-grid"));
}

TEST_F(GuiScoring, PointsOutsideTheCriterionAndOwnUnitAreRefusedWithAReason) {
    auto window = makeWindow();
    openClusterTwo(*window, 1);
    const int row = otherRow();
    const int column = columnOf(*model, QStringLiteral("I.1"));
    const QString before = model->index(row, column).data().toString();
    type(row, column, QStringLiteral("31"));
    EXPECT_TRUE(header->error().contains(QStringLiteral("I.1"))) << header->error().toStdString();
    EXPECT_TRUE(header->error().contains(QStringLiteral("30")));
    EXPECT_EQ(model->index(row, column).data().toString(), before);

    type(row, column, QStringLiteral("abc"));
    EXPECT_TRUE(header->error().contains(QStringLiteral("abc")));

    int ownRow = 0;
    while (model->sheet().unitIds[static_cast<std::size_t>(ownRow)] != model->scorerId())
        ++ownRow;
    type(ownRow, column, QStringLiteral("25"));
    EXPECT_TRUE(header->error().contains(QStringLiteral("cannot score itself")))
        << header->error().toStdString();
}

TEST_F(GuiScoring, ABlockPastedFromExcelIsOneStep) {
    auto window = makeWindow();
    auto page = openClusterTwo(*window, 0);
    const int column = columnOf(*model, QStringLiteral("I.2"));
    ASSERT_GE(column, 0);
    grid->setFocus();
    grid->setCurrentIndex(model->index(2, column));
    QApplication::clipboard()->setText(QStringLiteral("0\t10\r\n10\t0\r\n"));
    QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(header->error(), QString());
    EXPECT_EQ(model->index(2, column).data().toString(), QStringLiteral("0"));
    EXPECT_EQ(model->index(2, column + 1).data().toString(), QStringLiteral("10"));
    EXPECT_EQ(model->index(3, column).data().toString(), QStringLiteral("10"));
    EXPECT_EQ(model->index(3, column + 1).data().toString(), QStringLiteral("0"));
    auto undo = test::child<QPushButton>(*page, "undoButton");
    EXPECT_TRUE(undo->toolTip().contains(QStringLiteral("4"))) << undo->toolTip().toStdString();

    // A block with a word in it writes nothing.
    grid->setCurrentIndex(model->index(5, column));
    const QString untouched = model->index(5, column).data().toString();
    QApplication::clipboard()->setText(QStringLiteral("0\nmười"));
    QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
    EXPECT_TRUE(header->error().contains(QStringLiteral("mười")));
    EXPECT_EQ(model->index(5, column).data().toString(), untouched);
}

TEST_F(GuiScoring, TheRankingSaysWhatLeavingAScorerOutWouldChange) {
    auto window = makeWindow();
    auto page = openClusterTwo(*window, 0);
    test::child<QTabWidget>(*page, "scoringTabs")->setCurrentIndex(1);
    auto table = test::child<QTableView>(*page, "rankingTableView");
    auto ranking = static_cast<ui::RankingModel*>(table->model());
    ASSERT_EQ(ranking->rowCount(), 10);
    EXPECT_EQ(ranking->columnCount(), ui::RankingModel::Rating + 1);
    EXPECT_EQ(ranking->index(0, ui::RankingModel::Rank).data().toInt(), 1);
    for (int row = 1; row < ranking->rowCount(); ++row)
        EXPECT_GE(ranking->index(row, ui::RankingModel::Rank).data().toInt(),
                  ranking->index(row - 1, ui::RankingModel::Rank).data().toInt());
    auto whatIf = test::child<QComboBox>(*page, "whatIfComboBox");
    ASSERT_GE(whatIf->count(), 3); // everyone, the head, the deputy
    whatIf->setCurrentIndex(1);
    EXPECT_EQ(ranking->columnCount(), ui::RankingModel::TotalWithout + 1);
    EXPECT_FALSE(test::child<QLabel>(*page, "whatIfSummaryLabel")->text().isEmpty());
    test::saveSnapshot(*window, QStringLiteral("scoring-ranking"));
}

TEST_F(GuiScoring, ACriteriaTableIsBuiltInTheDialogAndRefusedUntilItAddsUp) {
    domain::CriteriaTable table;
    table.year = 2026;
    table.total = 100;
    std::optional<domain::CriteriaTable> saved;
    ui::CriteriaDialog dialog(table, QStringLiteral("Bộ Tư pháp"),
                              [&](const domain::CriteriaTable& edited) -> Status {
                                  saved = edited;
                                  return {};
                              });
    dialog.show();
    auto tree = test::child<QTreeView>(dialog, "criteriaTree");
    auto model = static_cast<ui::CriteriaTree*>(tree->model());
    test::child<QPushButton>(dialog, "addCriterionButton")->click();
    tree->setCurrentIndex(model->index(0, ui::CriteriaTree::Title));
    test::child<QPushButton>(dialog, "addItemButton")->click();
    tree->setCurrentIndex(model->index(0, ui::CriteriaTree::Title));
    test::child<QPushButton>(dialog, "addItemButton")->click();
    const QModelIndex group = model->index(0, 0);
    ASSERT_EQ(model->rowCount(group), 2);
    model->setData(model->index(0, ui::CriteriaTree::Code), QStringLiteral("I"));
    model->setData(model->index(0, ui::CriteriaTree::MaxPoints), 100.0);
    model->setData(model->index(0, ui::CriteriaTree::Title, group), QStringLiteral("Chuyên môn"));
    model->setData(model->index(0, ui::CriteriaTree::MaxPoints, group), 60.0);
    model->setData(model->index(1, ui::CriteriaTree::Title, group), QStringLiteral("Thi đua"));
    model->setData(model->index(1, ui::CriteriaTree::MaxPoints, group), 30.0);

    dialog.accept();
    EXPECT_FALSE(saved);
    EXPECT_TRUE(test::child<QLabel>(dialog, "refusalLabel")->text().contains(QStringLiteral("90")));
    model->setData(model->index(1, ui::CriteriaTree::MaxPoints, group), 40.0);
    dialog.accept();
    ASSERT_TRUE(saved);
    ASSERT_EQ(saved->criteria.size(), 3u);
    EXPECT_EQ(saved->criteria[1].parent, 0);
    EXPECT_EQ(saved->criteria[2].title, QStringLiteral("Thi đua"));
}

TEST_F(GuiScoring, TheRankingIsExportedAsTheOfficialTable) {
    auto window = makeWindow();
    auto page = openClusterTwo(*window, 0);
    const QString pdf = scratch.filePath(QStringLiteral("xep-hang.pdf"));
    ui::FileDialog::setNextFileName(pdf);
    page->findChild<QAction*>(QStringLiteral("exportRankingAction"))->trigger();
    EXPECT_EQ(header->error(), QString());
    EXPECT_TRUE(QFileInfo::exists(pdf));
    EXPECT_TRUE(test::child<QLabel>(*page, "rankingOutputLabel")
                    ->text()
                    .contains(QStringLiteral("xep-hang.pdf")));
}

TEST_F(GuiScoring, TargetsAndResultsGiveAQuantitativeCriterionsPointsToEveryUnit) {
    auto window = makeWindow();
    auto page = openClusterTwo(*window, 1);
    const int column = columnOf(*model, QStringLiteral("I.1"));
    grid->setCurrentIndex(model->index(0, column));
    // Every unit a target of 40; the first 10 over it leads, the second is at
    // it, the others 4 below it.
    QTimer::singleShot(0, [&] {
        QWidget* dialog = nullptr;
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (widget->objectName() == QStringLiteral("targetsDialog") && widget->isVisible())
                dialog = widget;
        ASSERT_NE(dialog, nullptr);
        auto table = test::child<QTableWidget>(*dialog, "targetsTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            table->setItem(row, 1, new QTableWidgetItem(QStringLiteral("40")));
            table->setItem(row, 2,
                           new QTableWidgetItem(row == 0   ? QStringLiteral("50")
                                                : row == 1 ? QStringLiteral("40")
                                                           : QStringLiteral("36")));
        }
        EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("30"));
        EXPECT_EQ(table->item(1, 3)->text(), QStringLiteral("15"));
        EXPECT_EQ(table->item(2, 3)->text(), QStringLiteral("13,5"));
        static_cast<QDialog*>(dialog)->accept();
    });
    test::child<QPushButton>(*page, "scoreTargetsButton")->click();
    EXPECT_EQ(header->error(), QString());
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto item = model->itemAt(model->index(row, column));
        const domain::Score* given = model->scoreOf(*item, model->scorerId());
        if (item->unitId == model->scorerId())
            continue; // the head's own unit is left to the deputy
        ASSERT_NE(given, nullptr) << row;
        EXPECT_DOUBLE_EQ(given->points, row == 0 ? 30 : row == 1 ? 15 : 13.5);
        EXPECT_TRUE(given->note.contains(QStringLiteral("40"))) << given->note.toStdString();
    }
    // One step puts every unit's points back.
    EXPECT_TRUE(
        test::child<QPushButton>(*page, "undoButton")->toolTip().contains(QStringLiteral("I.1")));
}

TEST_F(GuiScoring, AFileAttachedToASelfScoreIsNamedOnItsCell) {
    auto window = makeWindow();
    auto page = openClusterTwo(*window, 0);
    const int column = columnOf(*model, QStringLiteral("I.2"));
    grid->setCurrentIndex(model->index(3, column));
    const QString path = scratch.filePath(QStringLiteral("bao-cao-tong-ket.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4");
    file.close();
    ui::FileDialog::setNextFileName(path);
    test::child<QPushButton>(*page, "attachEvidenceButton")->click();
    EXPECT_EQ(header->error(), QString());
    EXPECT_TRUE(model->index(3, column)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("bao-cao-tong-ket.pdf")));
    EXPECT_FALSE(model->index(4, column)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("bao-cao-tong-ket.pdf")));
}

// The demo's table read into the dialog comes back out unchanged: editing a
// stored table starts from exactly what is stored.
TEST_F(GuiScoring, AStoredTableOpensInTheDialogAsItIs) {
    auto cluster = workspace->clusters().find(2025, QStringLiteral("II"));
    ASSERT_TRUE(cluster);
    auto stored = workspace->criteria().table(cluster->cluster.organiserId, 2025);
    ASSERT_TRUE(stored && *stored);
    ui::applyLanguage(ui::Language::Vietnamese);
    ui::CriteriaDialog dialog(**stored, QStringLiteral("Bộ Tư pháp"),
                              [](const domain::CriteriaTable&) -> Status { return {}; });
    dialog.show();
    QCoreApplication::processEvents();
    test::saveSnapshot(dialog, QStringLiteral("criteria-dialog"));
    ui::applyLanguage(ui::Language::English);
    const domain::CriteriaTable edited = dialog.table();
    ASSERT_EQ(edited.criteria.size(), (*stored)->criteria.size());
    for (std::size_t index = 0; index < edited.criteria.size(); ++index) {
        EXPECT_EQ(edited.criteria[index].parent, (*stored)->criteria[index].parent) << index;
        EXPECT_EQ(edited.criteria[index].title, (*stored)->criteria[index].title) << index;
        EXPECT_EQ(edited.criteria[index].kind, (*stored)->criteria[index].kind) << index;
        EXPECT_EQ(edited.criteria[index].maxPoints, (*stored)->criteria[index].maxPoints) << index;
    }
    EXPECT_EQ(edited.tieBreaks, (*stored)->tieBreaks);
    EXPECT_EQ(edited.bands.size(), (*stored)->bands.size());
    EXPECT_EQ(edited.total, (*stored)->total);
}

TEST_F(GuiScoring, AUnitsSheetGoesOutAndComesBackFilledIn) {
    auto window = makeWindow();
    auto page = openClusterTwo(*window, 0); // the self-scores
    const int row = 2;
    const int column = columnOf(*model, QStringLiteral("I.1"));
    ASSERT_GE(column, 0);
    grid->setCurrentIndex(model->index(row, column));
    const QString unit = model->sheet().unitNames[static_cast<std::size_t>(row)];

    const QString exported = scratch.filePath(QStringLiteral("phieu.csv"));
    ui::FileDialog::setNextFileName(exported);
    test::child<QPushButton>(*page, "exportSheetButton")->click();
    EXPECT_EQ(header->error(), QString());
    QFile sheet(exported);
    ASSERT_TRUE(sheet.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(sheet.readAll()).split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 14);
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",I.1,"))) << lines[1].toStdString();

    auto importSheet = [&](const QString& name, const QString& points) {
        QFile filled(scratch.filePath(name));
        EXPECT_TRUE(filled.open(QIODevice::WriteOnly));
        filled.write(QStringLiteral("Đơn vị,Mã tiêu chí,Điểm,Ghi chú\n\"%1\",I.1,%2,Báo cáo mới\n")
                         .arg(unit, points)
                         .toUtf8());
        filled.close();
        ui::FileDialog::setNextFileName(filled.fileName());
        test::child<QPushButton>(*page, "importSheetButton")->click();
    };
    importSheet(QStringLiteral("loi.csv"), QStringLiteral("31"));
    EXPECT_TRUE(header->error().contains(QStringLiteral("line 2, column \"Điểm\"")))
        << header->error().toStdString();
    EXPECT_NE(model->index(row, column).data().toString(), QStringLiteral("31"));

    importSheet(QStringLiteral("da-cham.csv"), QStringLiteral("17"));
    EXPECT_EQ(header->error(), QString());
    EXPECT_EQ(model->index(row, column).data().toString(), QStringLiteral("17"));
}
