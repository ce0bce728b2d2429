#include "catalogue_service.h"
#include "gui_fixture.h"
#include "movement_dialog.h"
#include "movement_list_model.h"
#include "movement_service.h"
#include "movements_page.h"
#include "page_header.h"
#include "unit_picker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

#include <algorithm>

using namespace thidua;

namespace {

constexpr int DemoYear = 2025;

class GuiMovementsPage : public test::GuiTest {};
class GuiMovementsEditing : public test::EditableGuiTest {
protected:
    void SetUp() override {
        EditableGuiTest::SetUp();
        window = makeWindow();
        window->show();
        window->showArea(ui::Area::Movements);
        page = test::child<ui::MovementsPage>(*window, "movementsPage");
        ASSERT_NE(page, nullptr);
        test::child<QPushButton>(*window, "newMovementButton")->click();
        dialog = window->findChild<ui::MovementDialog*>();
        ASSERT_NE(dialog, nullptr);
    }

    std::size_t stored() { return workspace->movements().movements(DemoYear)->size(); }

    std::unique_ptr<ui::MainWindow> window;
    ui::MovementsPage* page = nullptr;
    ui::MovementDialog* dialog = nullptr;
};

} // namespace

// Read-only: the shared demo database must stay as it is.
TEST_F(GuiMovementsPage, ListsTheYearsMovementsWithTheirPeriodAndReviews) {
    auto window = makeWindow();
    window->show();
    window->showArea(ui::Area::Movements);
    auto view = test::child<QTableView>(*window, "movementView");
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    auto expected = workspace->movements().movements(DemoYear);
    ASSERT_TRUE(expected);
    ASSERT_EQ(view->model()->rowCount(), static_cast<int>(expected->size()));

    int thematic = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, ui::MovementListModel::PeriodColumn).data().toString() ==
            QStringLiteral("giai đoạn 2021–2025"))
            thematic = row;
    ASSERT_GE(thematic, 0);
    const auto cell = [&](int column) {
        return view->model()->index(thematic, column).data().toString();
    };
    EXPECT_EQ(cell(ui::MovementListModel::KindColumn),
              domain::movementKindName(domain::MovementKind::Thematic));
    EXPECT_EQ(cell(ui::MovementListModel::LauncherColumn), QStringLiteral("Bộ Tư pháp"));
    EXPECT_TRUE(cell(ui::MovementListModel::MidYearColumn).endsWith(QStringLiteral("/07/2025")));
    EXPECT_TRUE(cell(ui::MovementListModel::YearEndColumn).endsWith(QStringLiteral("/12/2025")));

    view->setCurrentIndex(view->model()->index(thematic, 0));
    const QString details = test::child<QTextBrowser>(*window, "movementDetails")->toPlainText();
    EXPECT_TRUE(details.contains(cell(ui::MovementListModel::NameColumn)));
    EXPECT_TRUE(details.contains(QStringLiteral("chuyển đổi số")));
}

TEST_F(GuiMovementsEditing, LaunchesAMovementAsOneUndoableStep) {
    const std::size_t before = stored();
    auto units = workspace->catalogue().units();
    ASSERT_TRUE(units && !units->empty());
    const QString name = QStringLiteral("Phong trào thi đua “Cán bộ tư pháp học tập suốt đời”");
    test::child<QLineEdit>(*dialog, "movementNameEdit")->setText(name);
    auto kind = test::child<QComboBox>(*dialog, "movementKindComboBox");
    kind->setCurrentIndex(kind->findData(static_cast<int>(domain::MovementKind::Thematic)));
    test::child<ui::UnitPicker>(*dialog, "launcherPicker")->setUnitId(units->front().id);
    test::child<QPlainTextEdit>(*dialog, "movementTargetsEdit")
        ->setPlainText(QStringLiteral("Mỗi cán bộ hoàn thành một khóa bồi dưỡng.\n\n"));
    test::child<QPushButton>(*dialog, "checkAllButton")->click();
    // Every review of the year is proposed: the 6-month one and the year-end one.
    EXPECT_EQ(test::child<QTableWidget>(*dialog, "milestoneTable")->rowCount(), 2);
    dialog->accept();

    ASSERT_EQ(stored(), before + 1);
    auto all = workspace->movements().movements(DemoYear);
    const auto made = std::ranges::find(*all, name, &domain::Movement::name);
    ASSERT_NE(made, all->end());
    EXPECT_EQ(made->kind, domain::MovementKind::Thematic);
    EXPECT_EQ(made->launcherId, units->front().id);
    EXPECT_EQ(made->targets,
              QStringList{QStringLiteral("Mỗi cán bộ hoàn thành một khóa bồi dưỡng.")});
    EXPECT_EQ(made->participantIds.size(), units->size());
    EXPECT_EQ(made->milestones.size(), 2U);

    auto view = test::child<QTableView>(*window, "movementView");
    EXPECT_EQ(view->model()->rowCount(), static_cast<int>(before + 1));
    EXPECT_EQ(view->currentIndex().data().toString(), name);
    page->undoStack()->undo();
    EXPECT_EQ(stored(), before);
    page->undoStack()->redo();
    EXPECT_EQ(stored(), before + 1);
}

TEST_F(GuiMovementsEditing, AStageProposesTheReviewsOfEachOfItsYears) {
    auto kind = test::child<QComboBox>(*dialog, "periodKindComboBox");
    auto first = test::child<QSpinBox>(*dialog, "firstYearSpinBox");
    auto last = test::child<QSpinBox>(*dialog, "lastYearSpinBox");
    kind->setCurrentIndex(1);
    first->setValue(2026);
    last->setValue(2030);
    EXPECT_EQ(test::child<QLabel>(*dialog, "periodLabel")->text(),
              QStringLiteral("giai đoạn 2026–2030"));
    EXPECT_EQ(dialog->period().kind, domain::PeriodKind::Stage);
    EXPECT_EQ(test::child<QTableWidget>(*dialog, "milestoneTable")->rowCount(), 10);
}

TEST_F(GuiMovementsEditing, RefusesAMovementWithoutANameOrWithABadDateAndWritesNothing) {
    const std::size_t before = stored();
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(test::child<QLabel>(*dialog, "refusalLabel")->text().isEmpty());

    test::child<QLineEdit>(*dialog, "movementNameEdit")->setText(QStringLiteral("Thi đua"));
    auto table = test::child<QTableWidget>(*dialog, "milestoneTable");
    table->item(0, 2)->setText(QStringLiteral("31/02/2025"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    const QString refusal = test::child<QLabel>(*dialog, "refusalLabel")->text();
    EXPECT_TRUE(refusal.contains(QStringLiteral("31/02/2025"))) << refusal.toStdString();
    EXPECT_EQ(stored(), before);
    EXPECT_EQ(page->undoStack()->count(), 0);
}
