#include "catalogue_service.h"
#include "date_field.h"
#include "gui_fixture.h"
#include "listing_service.h"
#include "person_dialog.h"
#include "unit_picker.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace thidua;

namespace {

// In Vietnamese, as a clerk sees it; the checks read dates and numbers only.
class GuiPersonDialog : public test::VietnameseGuiTest {
protected:
    ui::PersonDialog* open(domain::RowId personId) {
        auto dialog = new ui::PersonDialog(*workspace, personId, nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &ui::PersonDialog::personSaved,
                         [this](domain::RowId id) { saved = id; });
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        return dialog;
    }

    // Types into the field as a clerk would: focus, select all, type.
    void type(QWidget& dialog, const char* name, const QString& text) {
        auto edit = test::child<QLineEdit>(dialog, name);
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        edit->selectAll();
        test::typeText(edit, text);
    }

    std::vector<services::ListedPerson> found(const QString& search) {
        services::ListFilter filter;
        filter.search = search;
        return *workspace->listing().people(filter)->fetch(50);
    }

    domain::RowId saved = domain::NoId;
};

} // namespace

TEST_F(GuiPersonDialog, AClerkAddsAPersonTypingTheFullNameIntoTheFirstBox) {
    QPointer<ui::PersonDialog> dialog = open(domain::NoId);
    const domain::Unit unit = workspace->catalogue().units()->at(2);
    test::child<ui::UnitPicker>(*dialog, "personUnitPicker")->setUnitId(unit.id);
    type(*dialog, "familyNameEdit", QStringLiteral("Trương Thị Hải Yến"));
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(test::child<QLineEdit>(*dialog, "familyNameEdit")->text(), QStringLiteral("Trương"));
    EXPECT_EQ(test::child<QLineEdit>(*dialog, "middleNameEdit")->text(), QStringLiteral("Thị Hải"));
    EXPECT_EQ(test::child<QLineEdit>(*dialog, "givenNameEdit")->text(), QStringLiteral("Yến"));
    type(*dialog, "birthDateEdit", QStringLiteral("14/3/1990"));
    type(*dialog, "identityNumberEdit", QStringLiteral("001190012345"));
    type(*dialog, "positionEdit", QStringLiteral("Chuyên viên"));
    // Enter accepts.
    QTest::keyClick(test::child<QLineEdit>(*dialog, "positionEdit"), Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.isNull(); }, 2000));

    ASSERT_NE(saved, domain::NoId);
    const domain::Person person = *workspace->catalogue().person(saved);
    EXPECT_EQ(person.name.family, QStringLiteral("Trương"));
    EXPECT_EQ(person.name.middle, QStringLiteral("Thị Hải"));
    EXPECT_EQ(person.name.given, QStringLiteral("Yến"));
    EXPECT_EQ(person.gender, domain::Gender::Female);
    EXPECT_EQ(person.birthDate, QDate(1990, 3, 14));
    EXPECT_EQ(person.identityNumber, QStringLiteral("001190012345"));
    EXPECT_EQ(person.unitId, unit.id);
    EXPECT_EQ(found(QStringLiteral("truong hai yen")).size(), 1u);
}

TEST_F(GuiPersonDialog, ARefusalIsShownAndTheDialogKeepsWhatWasTyped) {
    const qint64 people = *workspace->listing().countPeople({});
    QPointer<ui::PersonDialog> dialog = open(domain::NoId);
    test::child<ui::UnitPicker>(*dialog, "personUnitPicker")
        ->setUnitId(workspace->catalogue().units()->front().id);
    type(*dialog, "familyNameEdit", QStringLiteral("Lê"));
    type(*dialog, "givenNameEdit", QStringLiteral("Minh"));
    type(*dialog, "birthDateEdit", QStringLiteral("01/01/2020"));
    type(*dialog, "identityNumberEdit", QStringLiteral("12345"));
    dialog->accept();
    auto error = test::child<QLabel>(*dialog, "personErrorLabel");
    ASSERT_FALSE(dialog.isNull());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(error->isVisible());
    // Translated or not, the message gives the date typed.
    EXPECT_TRUE(error->text().contains(QStringLiteral("01/01/2020")))
        << error->text().toStdString();
    EXPECT_EQ(test::child<QLineEdit>(*dialog, "givenNameEdit")->text(), QStringLiteral("Minh"));

    type(*dialog, "birthDateEdit", QStringLiteral("31/02/1980"));
    dialog->accept();
    EXPECT_TRUE(error->text().contains(QStringLiteral("31/02/1980")));

    type(*dialog, "birthDateEdit", QStringLiteral("02/02/1980"));
    dialog->accept();
    EXPECT_TRUE(error->text().contains(QStringLiteral("12345")));
    test::saveSnapshot(*dialog, QStringLiteral("person-dialog-refusal"));
    EXPECT_EQ(saved, domain::NoId);
    EXPECT_EQ(*workspace->listing().countPeople({}), people);
    dialog->reject();
}

TEST_F(GuiPersonDialog, AnEditedPersonIsFoundByTheNewNameAndKeepsTheUnit) {
    const services::ListedPerson before = found({}).front();
    QPointer<ui::PersonDialog> dialog = open(before.id);
    EXPECT_EQ(test::child<QLineEdit>(*dialog, "givenNameEdit")->text(),
              workspace->catalogue().person(before.id)->name.given);
    EXPECT_FALSE(test::child<ui::UnitPicker>(*dialog, "personUnitPicker")->isVisible());
    type(*dialog, "givenNameEdit", QStringLiteral("Xuyến"));
    test::child<QComboBox>(*dialog, "genderComboBox")->setCurrentIndex(1);
    test::saveSnapshot(*dialog, QStringLiteral("person-dialog-edit"));
    dialog->accept();
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.isNull(); }, 2000));

    EXPECT_EQ(saved, before.id);
    const domain::Person after = *workspace->catalogue().person(before.id);
    EXPECT_EQ(after.name.given, QStringLiteral("Xuyến"));
    EXPECT_EQ(after.gender, domain::Gender::Male);
    EXPECT_EQ(after.unitId, before.unitId);
    bool listed = false;
    for (const services::ListedPerson& person : found(QStringLiteral("xuyen")))
        listed = listed || person.id == before.id;
    EXPECT_TRUE(listed);
}
