#include "conduct_dialog.h"
#include "conduct_service.h"
#include "discipline_dialog.h"
#include "gui_fixture.h"
#include "language.h"
#include "listing_service.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace thidua;

namespace {

// In Vietnamese, as a clerk sees it; the checks read dates and numbers only.
class GuiConductDialog : public test::EditableGuiTest {
protected:
    void SetUp() override {
        EditableGuiTest::SetUp();
        ui::applyLanguage(ui::Language::Vietnamese);
        person = workspace->listing().people({})->fetch(1)->front();
    }
    void TearDown() override {
        ui::applyLanguage(ui::Language::English);
        EditableGuiTest::TearDown();
    }

    ui::ConductDialog* open(const services::ConductSubject& subject, const QString& name) {
        auto dialog = new ui::ConductDialog(*workspace, subject, name, nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        return dialog;
    }

    services::ListedPerson person;
};

} // namespace

TEST_F(GuiConductDialog, AClerkGradesAYearThenUndoesIt) {
    const auto subject = services::ConductSubject::person(person.id);
    const std::size_t gradesBefore = workspace->conduct().grades(subject)->size();
    // The demo may have graded 2025 already: start from a year without a grade.
    ASSERT_TRUE(workspace->conduct().removeGrade(subject, 2025));
    QPointer<ui::ConductDialog> dialog = open(subject, person.fullName);
    QSignalSpy changed(dialog.data(), &ui::ConductDialog::conductChanged);
    auto year = test::child<QSpinBox>(*dialog, "gradeYearSpinBox");
    auto grade = test::child<QComboBox>(*dialog, "gradeComboBox");
    auto note = test::child<QLineEdit>(*dialog, "gradeNoteEdit");
    auto table = test::child<QTableWidget>(*dialog, "gradeTable");
    ASSERT_TRUE(year && grade && note && table);
    EXPECT_EQ(year->value(), 2025); // January 2026: last year's grades are due

    grade->setCurrentIndex(grade->findData(static_cast<int>(domain::Grade::Excellent)));
    note->setFocus();
    test::typeText(note, QStringLiteral("Chiến sĩ thi đua cơ sở"));
    QTest::keyClick(note, Qt::Key_Return); // Enter saves the grade
    auto grades = *workspace->conduct().grades(subject);
    ASSERT_EQ(grades.back().year, 2025);
    EXPECT_EQ(grades.back().grade, domain::Grade::Excellent);
    EXPECT_EQ(grades.back().note, QStringLiteral("Chiến sĩ thi đua cơ sở"));
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("2025"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(dialog->isVisible());

    // A year to come is not offered; typed past the range, the spin box stops.
    EXPECT_EQ(year->maximum(), 2026);
    test::saveSnapshot(*dialog, QStringLiteral("conduct-dialog"));

    dialog->undoStack()->undo();
    EXPECT_EQ(workspace->conduct().grades(subject)->size(), gradesBefore - 1);
    EXPECT_EQ(changed.count(), 2);
    dialog->undoStack()->redo();
    EXPECT_EQ(workspace->conduct().grades(subject)->back().grade, domain::Grade::Excellent);
    dialog->reject();
}

TEST_F(GuiConductDialog, AClerkAddsADisciplineRecordAndARefusalKeepsItsDialogOpen) {
    QPointer<ui::ConductDialog> dialog =
        open(services::ConductSubject::person(person.id), person.fullName);
    const std::size_t before = workspace->conduct().discipline(person.id)->size();
    QTest::mouseClick(test::child<QPushButton>(*dialog, "addDisciplineButton"), Qt::LeftButton);
    QPointer<ui::DisciplineDialog> record = dialog->findChild<ui::DisciplineDialog*>();
    ASSERT_FALSE(record.isNull());
    ASSERT_TRUE(QTest::qWaitForWindowExposed(record));
    test::child<QComboBox>(*record, "disciplineFormComboBox")->setCurrentIndex(1); // cảnh cáo
    auto type = [&](const char* name, const QString& text) {
        auto edit = test::child<QLineEdit>(*record, name);
        edit->setFocus();
        edit->selectAll();
        test::typeText(edit, text);
    };
    type("disciplineDecisionEdit", QStringLiteral("Quyết định số 12/QĐ-STP ngày 05/3/2024"));
    type("disciplineStartEdit", QStringLiteral("05/03/2024"));
    type("disciplineEndEdit", QStringLiteral("04/03/2023"));
    type("disciplineReasonEdit", QStringLiteral("Vi phạm quy chế làm việc"));
    record->accept();
    auto error = test::child<QLabel>(*record, "disciplineErrorLabel");
    EXPECT_TRUE(record->isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("04/03/2023")))
        << error->text().toStdString();
    test::saveSnapshot(*record, QStringLiteral("discipline-dialog-refusal"));

    type("disciplineEndEdit", QStringLiteral("04/03/2025"));
    QTest::keyClick(test::child<QLineEdit>(*record, "disciplineEndEdit"), Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor([&] { return record.isNull(); }, 2000));

    const auto records = *workspace->conduct().discipline(person.id);
    ASSERT_EQ(records.size(), before + 1);
    const auto added = std::ranges::find(records, QDate(2024, 3, 5), &domain::Discipline::start);
    ASSERT_NE(added, records.end());
    EXPECT_EQ(added->form, domain::DisciplineForm::Warning);
    EXPECT_EQ(added->end, QDate(2025, 3, 4));
    EXPECT_EQ(added->reason, QStringLiteral("Vi phạm quy chế làm việc"));
    auto table = test::child<QTableWidget>(*dialog, "disciplineTable");
    EXPECT_EQ(table->rowCount(), static_cast<int>(before + 1));
    test::saveSnapshot(*dialog, QStringLiteral("conduct-dialog-discipline"));

    // Removed, then the removal undone: the record comes back as it was.
    table->selectRow(static_cast<int>(added - records.begin()));
    QTest::mouseClick(test::child<QPushButton>(*dialog, "removeDisciplineButton"), Qt::LeftButton);
    EXPECT_EQ(workspace->conduct().discipline(person.id)->size(), before);
    dialog->undoStack()->undo();
    const auto restored = *workspace->conduct().discipline(person.id);
    ASSERT_EQ(restored.size(), before + 1);
    EXPECT_TRUE(std::ranges::any_of(
        restored, [&](const domain::Discipline& r) { return r.uuid == added->uuid; }));
    dialog->reject();
}

TEST_F(GuiConductDialog, AUnitHasGradesOnly) {
    const services::ListedUnit unit = workspace->listing().units({})->front();
    QPointer<ui::ConductDialog> dialog = open(services::ConductSubject::unit(unit.id), unit.name);
    EXPECT_EQ(dialog->findChild<QTableWidget*>(QStringLiteral("disciplineTable")), nullptr);
    QTest::mouseClick(test::child<QPushButton>(*dialog, "saveGradeButton"), Qt::LeftButton);
    auto grades = *workspace->conduct().grades(services::ConductSubject::unit(unit.id));
    ASSERT_FALSE(grades.empty());
    EXPECT_EQ(grades.back().year, 2025);
    EXPECT_EQ(grades.back().grade, domain::Grade::Good);
    test::saveSnapshot(*dialog, QStringLiteral("conduct-dialog-unit"));
    dialog->reject();
}
