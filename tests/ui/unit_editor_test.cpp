#include "catalogue_service.h"
#include "conduct_dialog.h"
#include "date_field.h"
#include "gui_fixture.h"
#include "language.h"
#include "listing_service.h"
#include "people_model.h"
#include "people_page.h"
#include "person_dialog.h"
#include "unit_dialog.h"
#include "unit_panel.h"
#include "unit_picker.h"
#include "unit_tree_model.h"
#include "vietnamese_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <functional>

using namespace thidua;

namespace {

// The unit tree of "Units & people" on a copy of the demo: a clerk chooses,
// filters, adds and edits units, and undoes what they did.
class GuiUnitEditor : public test::EditableGuiTest {
protected:
    void SetUp() override {
        EditableGuiTest::SetUp();
        window = makeWindow();
        window->show();
        window->showArea(ui::Area::UnitsPeople);
        page = window->findChild<ui::PeoplePage*>();
        ASSERT_NE(page, nullptr);
        panel = test::child<ui::UnitPanel>(*page, "unitPanel");
        table = test::child<QTableView>(*window, "peopleTableView");
        ASSERT_TRUE(panel && table);
        model = qobject_cast<ui::PeopleModel*>(table->model());
        ASSERT_TRUE(model && test::waitUntilLoaded(*model));
    }

    std::vector<domain::Unit> units() { return *workspace->catalogue().units(); }

    const domain::Unit* find(const std::vector<domain::Unit>& all, const QString& name) {
        auto found = std::ranges::find(all, name, &domain::Unit::name);
        return found == all.end() ? nullptr : &*found;
    }

    ui::UnitDialog* openDialog(const char* button) {
        QTest::mouseClick(this->button(button), Qt::LeftButton);
        return window->findChild<ui::UnitDialog*>();
    }

    bool dialogClosed() {
        return QTest::qWaitFor([&] { return !window->findChild<ui::UnitDialog*>(); }, 2000);
    }

    // Other pages have buttons of the same names: look on this one.
    QPushButton* button(const char* name) { return test::child<QPushButton>(*page, name); }

    std::unique_ptr<ui::MainWindow> window;
    ui::PeoplePage* page = nullptr;
    ui::UnitPanel* panel = nullptr;
    QTableView* table = nullptr;
    ui::PeopleModel* model = nullptr;
};

} // namespace

TEST_F(GuiUnitEditor, ChoosingAUnitListsOnlyItsPeopleAndAllUnitsEveryoneAgain) {
    const qint64 everyone = model->totalCount();
    const services::ListedPerson someone = *model->personAt(0);
    panel->selectUnit(someone.unitId);
    ASSERT_TRUE(test::waitUntilLoaded(*model));
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_LT(model->totalCount(), everyone);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->personAt(row)->unitId, someone.unitId) << row;

    panel->selectUnit(domain::NoId);
    ASSERT_TRUE(test::waitUntilLoaded(*model));
    EXPECT_EQ(model->totalCount(), everyone);
}

TEST_F(GuiUnitEditor, TheFilterFindsUnitsWithoutDiacriticsAndKeepsTheirParents) {
    auto filter = test::child<QLineEdit>(*panel, "unitFilterEdit");
    QTreeView* tree = panel->treeView();
    const int topRows = tree->model()->rowCount();
    QTest::keyClicks(filter, QStringLiteral("van phong"));
    const QStringList typed = domain::vn::searchWords(QStringLiteral("van phong"));
    const QModelIndex all = tree->model()->index(0, 0);
    EXPECT_TRUE(all.data().toString().startsWith(QStringLiteral("All units")));
    ASSERT_GE(tree->model()->rowCount(), 2);
    ASSERT_LT(tree->model()->rowCount(), topRows + 1);
    // Every unit left has a word beginning "van" and one beginning "phong"
    // ("Văn phòng", "Phòng … văn bản"), or holds such a unit below it, opened.
    int matches = 0;
    const std::function<void(const QModelIndex&)> check = [&](const QModelIndex& parent) {
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, parent);
            if (index.data(ui::UnitTreeModel::UnitIdRole).toLongLong() == domain::NoId)
                continue;
            const bool named = domain::vn::wordsMatch(
                index.data(ui::UnitTreeModel::SearchKeyRole).toString(), typed);
            matches += named ? 1 : 0;
            EXPECT_TRUE(named || (tree->model()->rowCount(index) > 0 && tree->isExpanded(index)))
                << index.data().toString().toStdString();
            check(index);
        }
    };
    check({});
    EXPECT_GT(matches, 0);
    filter->clear();
    EXPECT_EQ(tree->model()->rowCount(), topRows);
}

TEST_F(GuiUnitEditor, AUnitAddedUnderTheChosenOneCanBeUndoneAndRedone) {
    const domain::Unit parent = units().front();
    panel->selectUnit(parent.id);
    ui::UnitDialog* dialog = openDialog("addUnitButton");
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(test::child<ui::UnitPicker>(*dialog, "unitParentPicker")->unitId(), parent.id);
    test::typeText(test::child<QLineEdit>(*dialog, "unitNameEdit"),
                   QStringLiteral("Phòng Kiểm soát thủ tục hành chính"));
    QTest::keyClicks(test::child<QLineEdit>(*dialog, "unitShortNameEdit"), QStringLiteral("KSTT"));
    QTest::keyClicks(test::child<ui::DateField>(*dialog, "unitActiveFromEdit"),
                     QStringLiteral("01/7/2025"));
    test::saveSnapshot(*dialog, QStringLiteral("unit-dialog"));
    QTest::keyClick(test::child<QLineEdit>(*dialog, "unitNameEdit"), Qt::Key_Return);
    ASSERT_TRUE(dialogClosed());

    auto after = units();
    const domain::Unit* added = find(after, QStringLiteral("Phòng Kiểm soát thủ tục hành chính"));
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->parentId, parent.id);
    EXPECT_EQ(added->shortName, QStringLiteral("KSTT"));
    EXPECT_EQ(added->kind, QStringLiteral("section"));
    EXPECT_EQ(added->activeFrom, QDate(2025, 7, 1));
    ASSERT_NE(panel->selectedUnit(), nullptr);
    EXPECT_EQ(panel->selectedUnit()->id, added->id);
    test::saveSnapshot(*window, QStringLiteral("units-people-page"));
    const QString uuid = added->uuid;

    QPushButton* undo = button("undoButton");
    QPushButton* redo = button("redoButton");
    ASSERT_TRUE(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    EXPECT_EQ(find(units(), QStringLiteral("Phòng Kiểm soát thủ tục hành chính")), nullptr);
    // The chosen unit is gone: the list shows everyone again.
    EXPECT_EQ(panel->selectedUnit(), nullptr);
    QTest::mouseClick(redo, Qt::LeftButton);
    after = units();
    added = find(after, QStringLiteral("Phòng Kiểm soát thủ tục hành chính"));
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->uuid, uuid);
    EXPECT_EQ(added->parentId, parent.id);
}

TEST_F(GuiUnitEditor, AnEditIsSavedAndUndoneAndARefusalKeepsTheDialogOpen) {
    const services::ListedPerson someone = *model->personAt(0);
    const auto all = units();
    const auto chosen = std::ranges::find(all, someone.unitId, &domain::Unit::id);
    ASSERT_NE(chosen, all.end());
    const domain::Unit before = *chosen;
    panel->selectUnit(before.id);
    ui::UnitDialog* dialog = openDialog("editUnitButton");
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(test::child<QLineEdit>(*dialog, "unitNameEdit")->text(), before.name);
    auto error = test::child<QLabel>(*dialog, "unitErrorLabel");
    auto stopped = test::child<ui::DateField>(*dialog, "unitActiveToEdit");

    QTest::keyClicks(stopped, QStringLiteral("31/02/2025"));
    dialog->accept();
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("\"31/02/2025\" is not a date")))
        << error->text().toStdString();

    // People still work there: closing the unit is refused, nothing changes.
    stopped->clear();
    QTest::keyClicks(stopped, QStringLiteral("30/6/2025"));
    dialog->accept();
    EXPECT_TRUE(error->text().contains(QStringLiteral("posted there")))
        << error->text().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    test::saveSnapshot(*dialog, QStringLiteral("unit-dialog-refused"));
    EXPECT_FALSE(find(units(), before.name)->activeTo.isValid());

    stopped->clear();
    auto legal = test::child<QCheckBox>(*dialog, "unitLegalPersonalityCheck");
    legal->setChecked(!before.hasLegalPersonality);
    auto kind = test::child<QComboBox>(*dialog, "unitKindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("institute")));
    dialog->accept();
    ASSERT_TRUE(dialogClosed());
    EXPECT_EQ(find(units(), before.name)->kind, QStringLiteral("institute"));
    EXPECT_NE(find(units(), before.name)->hasLegalPersonality, before.hasLegalPersonality);

    QTest::mouseClick(button("undoButton"), Qt::LeftButton);
    EXPECT_EQ(find(units(), before.name)->kind, before.kind);
    EXPECT_EQ(find(units(), before.name)->hasLegalPersonality, before.hasLegalPersonality);
}

TEST_F(GuiUnitEditor, APersonAddedInTheChosenUnitAppearsInItsListAndOpensForEditing) {
    const services::ListedPerson someone = *model->personAt(0);
    panel->selectUnit(someone.unitId);
    ASSERT_TRUE(test::waitUntilLoaded(*model));
    const qint64 before = model->totalCount();

    QTest::mouseClick(button("addPersonButton"), Qt::LeftButton);
    auto dialog = window->findChild<ui::PersonDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(test::child<ui::UnitPicker>(*dialog, "personUnitPicker")->unitId(), someone.unitId);
    auto family = test::child<QLineEdit>(*dialog, "familyNameEdit");
    family->setFocus();
    test::typeText(family, QStringLiteral("Hà Thị Thu Trang"));
    QTest::keyClick(family, Qt::Key_Tab);
    QTest::keyClick(test::child<QLineEdit>(*dialog, "givenNameEdit"), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->findChild<ui::PersonDialog*>(); }, 2000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->totalCount() == before + 1; }, 5000));
    ASSERT_TRUE(test::waitUntilLoaded(*model));

    int row = -1;
    for (int candidate = 0; candidate < model->rowCount(); ++candidate)
        if (model->personAt(candidate)->fullName == QStringLiteral("Hà Thị Thu Trang"))
            row = candidate;
    ASSERT_GE(row, 0);
    table->setFocus();
    table->selectRow(row);
    EXPECT_TRUE(button("editPersonButton")->isEnabled());
    EXPECT_TRUE(button("personConductButton")->isEnabled());
    // Enter on the row edits the person, as a double click does.
    QTest::keyClick(table, Qt::Key_Return);
    dialog = window->findChild<ui::PersonDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(test::child<QLineEdit>(*dialog, "givenNameEdit")->text(), QStringLiteral("Trang"));
    dialog->reject();

    QTest::mouseClick(button("personConductButton"), Qt::LeftButton);
    auto conduct = window->findChild<ui::ConductDialog*>();
    ASSERT_NE(conduct, nullptr);
    EXPECT_TRUE(conduct->windowTitle().contains(QStringLiteral("Hà Thị Thu Trang")))
        << conduct->windowTitle().toStdString();
    conduct->reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->findChild<ui::ConductDialog*>(); }, 2000));

    QTest::mouseClick(button("unitConductButton"), Qt::LeftButton);
    conduct = window->findChild<ui::ConductDialog*>();
    ASSERT_NE(conduct, nullptr);
    EXPECT_TRUE(conduct->windowTitle().contains(panel->selectedUnit()->name))
        << conduct->windowTitle().toStdString();
    conduct->reject();
}

TEST_F(GuiUnitEditor, AddingAndCorrectingAPersonAreUndoneAndRedone) {
    const services::ListedPerson someone = *model->personAt(0);
    const auto named = [&](const QString& name) {
        services::ListFilter filter;
        filter.search = name;
        return *workspace->listing().countPeople(filter);
    };
    QTest::mouseClick(button("addPersonButton"), Qt::LeftButton);
    auto dialog = window->findChild<ui::PersonDialog*>();
    ASSERT_NE(dialog, nullptr);
    test::child<ui::UnitPicker>(*dialog, "personUnitPicker")->setUnitId(someone.unitId);
    test::typeText(test::child<QLineEdit>(*dialog, "familyNameEdit"), QStringLiteral("Vừ"));
    test::typeText(test::child<QLineEdit>(*dialog, "middleNameEdit"), QStringLiteral("Thị"));
    test::typeText(test::child<QLineEdit>(*dialog, "givenNameEdit"), QStringLiteral("Pàng"));
    dialog->accept();
    ASSERT_EQ(named(QStringLiteral("vu thi pang")), 1);

    QPushButton* undo = button("undoButton");
    QPushButton* redo = button("redoButton");
    QTest::mouseClick(undo, Qt::LeftButton);
    EXPECT_EQ(named(QStringLiteral("vu thi pang")), 0);
    QTest::mouseClick(redo, Qt::LeftButton);
    ASSERT_EQ(named(QStringLiteral("vu thi pang")), 1);

    // A correction, then its undo: the name as it was.
    panel->selectUnit(someone.unitId);
    ASSERT_TRUE(test::waitUntilLoaded(*model));
    int row = -1;
    for (int candidate = 0; candidate < model->rowCount(); ++candidate)
        if (model->personAt(candidate)->fullName == QStringLiteral("Vừ Thị Pàng"))
            row = candidate;
    ASSERT_GE(row, 0);
    table->selectRow(row);
    QTest::mouseClick(button("editPersonButton"), Qt::LeftButton);
    dialog = window->findChild<ui::PersonDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto given = test::child<QLineEdit>(*dialog, "givenNameEdit");
    given->clear();
    test::typeText(given, QStringLiteral("Pà"));
    dialog->accept();
    EXPECT_EQ(named(QStringLiteral("vu thi pa")), 1);
    EXPECT_EQ(named(QStringLiteral("vu thi pang")), 0);
    QTest::mouseClick(undo, Qt::LeftButton);
    EXPECT_EQ(named(QStringLiteral("vu thi pang")), 1);
    EXPECT_EQ(named(QStringLiteral("vu thi pa")), 1); // "pa" begins "pàng" too
}

TEST_F(GuiUnitEditor, TheUnitDialogSpeaksVietnamese) {
    ui::applyLanguage(ui::Language::Vietnamese);
    const auto backToEnglish = qScopeGuard([] { ui::applyLanguage(ui::Language::English); });
    // The language change reaches the widgets as posted events.
    QCoreApplication::processEvents();
    const domain::Unit chosen = units().front();
    panel->selectUnit(chosen.id);
    ui::UnitDialog* dialog = openDialog("editUnitButton");
    ASSERT_NE(dialog, nullptr);
    auto stopped = test::child<ui::DateField>(*dialog, "unitActiveToEdit");
    QTest::keyClicks(stopped, QStringLiteral("30/6/202"));
    dialog->accept();
    const QString refusal = test::child<QLabel>(*dialog, "unitErrorLabel")->text();
    test::saveSnapshot(*dialog, QStringLiteral("unit-dialog-vi"));
    dialog->reject();
    EXPECT_TRUE(refusal.startsWith(QStringLiteral("Hoạt động đến ngày: \"30/6/202\" không phải")))
        << refusal.toStdString();
}
