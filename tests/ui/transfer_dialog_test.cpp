#include "catalogue_service.h"
#include "gui_fixture.h"
#include "people_model.h"
#include "reorganisation_service.h"
#include "reorganise_dialog.h"
#include "transfer_dialog.h"
#include "unit_picker.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace thidua;

namespace {

class GuiTransfer : public test::EditableGuiTest {
protected:
    void SetUp() override {
        EditableGuiTest::SetUp();
        window = makeWindow();
        window->show();
        window->showArea(ui::Area::UnitsPeople);
        table = test::child<QTableView>(*window, "peopleTableView");
        button = test::child<QPushButton>(*window, "transferButton");
        ASSERT_TRUE(table && button);
        model = qobject_cast<ui::PeopleModel*>(table->model());
        ASSERT_TRUE(model && test::waitUntilLoaded(*model));
    }

    ui::TransferDialog* openFor(int row) {
        table->selectRow(row);
        EXPECT_TRUE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        return window->findChild<ui::TransferDialog*>();
    }

    int rowOf(domain::RowId personId) const {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->personAt(row)->id == personId)
                return row;
        return -1;
    }

    std::unique_ptr<ui::MainWindow> window;
    QTableView* table = nullptr;
    QPushButton* button = nullptr;
    ui::PeopleModel* model = nullptr;
};

} // namespace

TEST_F(GuiTransfer, AClerkMovesAPersonAndTheListAndHistoryFollow) {
    EXPECT_FALSE(button->isEnabled()); // nothing selected yet
    const services::ListedPerson person = *model->personAt(0);
    ui::TransferDialog* dialog = openFor(0);
    ASSERT_NE(dialog, nullptr);
    auto picker = test::child<ui::UnitPicker>(*dialog, "transferUnitPicker");
    auto position = test::child<QLineEdit>(*dialog, "transferPositionEdit");
    auto date = test::child<QDateEdit>(*dialog, "transferDateEdit");
    auto decision = test::child<QLineEdit>(*dialog, "transferDecisionEdit");
    auto error = test::child<QLabel>(*dialog, "transferErrorLabel");
    auto postings = test::child<QTableWidget>(*dialog, "transferPostingsTable");
    ASSERT_TRUE(picker && position && date && decision && error && postings);
    // The dialog starts from the current posting.
    EXPECT_EQ(picker->unitId(), person.unitId);
    EXPECT_EQ(position->text(), person.position);
    EXPECT_EQ(postings->rowCount(), 1);

    // Changing nothing is refused in the dialog, which stays open.
    date->setDate(QDate(2025, 3, 1));
    dialog->accept();
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_TRUE(dialog->isVisible());

    position->setText(QStringLiteral("Phó Trưởng phòng"));
    decision->setText(QStringLiteral("Quyết định số 45/QĐ-BTP"));
    dialog->accept();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window->findChild<ui::TransferDialog*>(); }, 2000));

    const auto history = *workspace->reorganisation().postings(person.id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].position, QStringLiteral("Phó Trưởng phòng"));
    EXPECT_EQ(history[1].startsOn, QDate(2025, 3, 1));
    EXPECT_EQ(history[1].decision, QStringLiteral("Quyết định số 45/QĐ-BTP"));
    // The list heard the change and shows the new position.
    ASSERT_TRUE(test::waitUntilLoaded(*model));
    ASSERT_GE(rowOf(person.id), 0);
    EXPECT_EQ(model->personAt(rowOf(person.id))->position, QStringLiteral("Phó Trưởng phòng"));

    // Opened again, the dialog lists both postings.
    dialog = openFor(rowOf(person.id));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(test::child<QTableWidget>(*dialog, "transferPostingsTable")->rowCount(), 2);
    dialog->reject();
}

TEST_F(GuiTransfer, ATransferDatedBeforeTheCurrentPostingIsRefusedWithItsDate) {
    const services::ListedPerson person = *model->personAt(1);
    ASSERT_TRUE(workspace->reorganisation().transferPerson(
        person.id, person.unitId, QStringLiteral("Trưởng phòng"), {QDate(2024, 6, 1), {}}));
    ASSERT_TRUE(test::waitUntilLoaded(*model));
    ui::TransferDialog* dialog = openFor(rowOf(person.id));
    ASSERT_NE(dialog, nullptr);
    test::child<QLineEdit>(*dialog, "transferPositionEdit")->setText(QStringLiteral("Chuyên viên"));
    test::child<QDateEdit>(*dialog, "transferDateEdit")->setDate(QDate(2024, 1, 1));
    dialog->accept();
    auto error = test::child<QLabel>(*dialog, "transferErrorLabel");
    EXPECT_TRUE(error->text().contains(QStringLiteral("01/06/2024")))
        << error->text().toStdString();
    EXPECT_EQ(workspace->reorganisation().postings(person.id)->size(), 2u);
    test::saveSnapshot(*dialog, QStringLiteral("transfer-dialog"));
    dialog->reject();
}

TEST_F(GuiTransfer, AUnitIsRenamedAndAnotherMergedIntoItThroughTheDialog) {
    auto units = *workspace->catalogue().units();
    ASSERT_GE(units.size(), 3u);
    // Two departments directly under the same parent, neither inside the other.
    const domain::Unit* first = nullptr;
    const domain::Unit* second = nullptr;
    for (const domain::Unit& unit : units) {
        if (unit.parentId == domain::NoId)
            continue;
        if (!first)
            first = &unit;
        else if (unit.parentId == first->parentId && unit.id != first->id) {
            second = &unit;
            break;
        }
    }
    ASSERT_TRUE(first && second);
    const QString oldName = first->name;

    auto reorganise = test::child<QPushButton>(*window, "reorganiseButton");
    ASSERT_TRUE(reorganise && reorganise->isEnabled());
    QTest::mouseClick(reorganise, Qt::LeftButton);
    auto dialog = window->findChild<ui::ReorganiseDialog*>();
    ASSERT_NE(dialog, nullptr);
    test::child<ui::UnitPicker>(*dialog, "renamedUnitPicker")->setUnitId(first->id);
    test::child<QLineEdit>(*dialog, "newUnitNameEdit")->setText(oldName + QStringLiteral(" mới"));
    test::child<QDateEdit>(*dialog, "reorganiseDateEdit")->setDate(QDate(2025, 3, 1));
    dialog->accept();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window->findChild<ui::ReorganiseDialog*>(); }, 2000));
    EXPECT_EQ(*workspace->reorganisation().unitNameOn(first->id, QDate(2024, 12, 31)), oldName);
    EXPECT_EQ(*workspace->reorganisation().unitNameOn(first->id, QDate(2025, 3, 1)),
              oldName + QStringLiteral(" mới"));

    QTest::mouseClick(reorganise, Qt::LeftButton);
    dialog = window->findChild<ui::ReorganiseDialog*>();
    ASSERT_NE(dialog, nullptr);
    test::child<QTabWidget>(*dialog, "reorganiseTabs")
        ->setCurrentIndex(ui::ReorganiseDialog::MergeTab);
    test::child<ui::UnitPicker>(*dialog, "mergedUnitPicker")->setUnitId(second->id);
    test::child<ui::UnitPicker>(*dialog, "mergeTargetPicker")->setUnitId(second->id);
    test::child<QDateEdit>(*dialog, "reorganiseDateEdit")->setDate(QDate(2025, 3, 1));
    dialog->accept();
    // Into itself: refused in the dialog.
    auto error = test::child<QLabel>(*dialog, "reorganiseErrorLabel");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(dialog->isVisible());
    test::saveSnapshot(*dialog, QStringLiteral("reorganise-dialog"));
    test::child<ui::UnitPicker>(*dialog, "mergeTargetPicker")->setUnitId(first->id);
    dialog->accept();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window->findChild<ui::ReorganiseDialog*>(); }, 2000));
    const auto after = workspace->catalogue().units();
    for (const domain::Unit& unit : *after)
        if (unit.id == second->id) {
            EXPECT_EQ(unit.activeTo, QDate(2025, 2, 28));
        }
}
