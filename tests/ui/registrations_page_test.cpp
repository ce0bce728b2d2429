#include "gui_fixture.h"
#include "input_dialog.h"
#include "page_header.h"
#include "registration_service.h"
#include "registration_sheet_model.h"
#include "registration_sheet_view.h"
#include "registrations_page.h"
#include "unit_picker.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <map>

using namespace thidua;

namespace {

class GuiRegistrationsPage : public test::GuiTest {};
class GuiRegistrationWorkflow : public test::EditableGuiTest {};

// The statuses of the sheet's registrations, counted.
std::map<domain::RegistrationStatus, int> statuses(const ui::RegistrationSheetModel& sheet) {
    std::map<domain::RegistrationStatus, int> counted;
    for (int row = 0; row < sheet.rowCount(); ++row) {
        for (const services::SheetEntry& entry : sheet.person(row).registrations)
            ++counted[entry.status];
    }
    return counted;
}

} // namespace

// Read-only: the shared demo database must stay as it is.
TEST_F(GuiRegistrationsPage, ShowsAUnitsPeopleWithTheirTitlesAndCoverage) {
    auto window = makeWindow();
    window->showArea(ui::Area::Registrations);
    auto picker = test::child<ui::UnitPicker>(*window, "unitPicker");
    auto sheet = test::child<QTableView>(*window, "registrationSheet");
    ASSERT_TRUE(picker && sheet);
    QAbstractItemModelTester tester(sheet->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const int unit = picker->findText(QStringLiteral("Vụ Pháp luật quốc tế"), Qt::MatchContains);
    ASSERT_GE(unit, 0);
    picker->setCurrentIndex(unit);
    Q_EMIT picker->unitChosen(picker->unitId());
    ASSERT_GT(sheet->model()->rowCount(), 0);
    bool someoneRegistered = false;
    for (int row = 0; row < sheet->model()->rowCount(); ++row)
        someoneRegistered =
            someoneRegistered || !sheet->model()
                                      ->index(row, ui::RegistrationSheetModel::TitlesColumn)
                                      .data()
                                      .toString()
                                      .isEmpty();
    EXPECT_TRUE(someoneRegistered);
    EXPECT_TRUE(test::child<QLabel>(*window, "coverageLabel")->text().contains(QLatin1Char('%')));
}

TEST(RegistrationSheet, PastedExcelColumnsGiveOneValuePerLine) {
    EXPECT_EQ(ui::RegistrationSheetView::pastedValues(QStringLiteral("LĐTT\r\nCSTĐCS\r\n\r\n")),
              (QStringList{QStringLiteral("LĐTT"), QStringLiteral("CSTĐCS"), QString()}));
    EXPECT_EQ(ui::RegistrationSheetView::pastedValues(QStringLiteral("Lê An\tLĐTT\nTrần Bình\t\n")),
              (QStringList{QStringLiteral("LĐTT"), QString()}));
    EXPECT_EQ(ui::RegistrationSheetModel::splitTitles(QStringLiteral(" LĐTT, CSTĐCS ; ")),
              (QStringList{QStringLiteral("LĐTT"), QStringLiteral("CSTĐCS")}));
}

TEST_F(GuiRegistrationWorkflow, TheOfficeReturnsAUnitsRegistrationsWithAReasonThenAcceptsThem) {
    auto window = makeWindow();
    window->show();
    window->showArea(ui::Area::Registrations);
    auto picker = test::child<ui::UnitPicker>(*window, "unitPicker");
    auto sheet = test::child<QTableView>(*window, "registrationSheet");
    ASSERT_TRUE(picker && sheet);
    picker->setCurrentIndex(
        picker->findText(QStringLiteral("Vụ Pháp luật quốc tế"), Qt::MatchContains));
    Q_EMIT picker->unitChosen(picker->unitId());
    auto model = qobject_cast<ui::RegistrationSheetModel*>(sheet->model());
    ASSERT_TRUE(model && model->rowCount() > 0);
    // The demo's unit has sent its registrations for the year.
    const int submitted = statuses(*model)[domain::RegistrationStatus::Submitted];
    ASSERT_GT(submitted, 0);
    auto page = window->findChild<ui::RegistrationsPage*>();
    ASSERT_NE(page, nullptr);
    auto header = page->findChild<ui::PageHeader*>();
    auto outcome = test::child<QLabel>(*window, "listOutputLabel");

    // Cancelling the question about the reason changes nothing.
    ui::InputDialog::setNextText(std::nullopt);
    QTest::mouseClick(test::child<QPushButton>(*window, "returnUnitButton"), Qt::LeftButton);
    EXPECT_EQ(statuses(*model)[domain::RegistrationStatus::Submitted], submitted);

    ui::InputDialog::setNextText(QStringLiteral("Thiếu biên bản họp xét của đơn vị"));
    QTest::mouseClick(test::child<QPushButton>(*window, "returnUnitButton"), Qt::LeftButton);
    EXPECT_EQ(statuses(*model)[domain::RegistrationStatus::Submitted], 0);
    EXPECT_EQ(statuses(*model)[domain::RegistrationStatus::Returned], submitted);
    EXPECT_TRUE(outcome->text().contains(QString::number(submitted)));
    for (int row = 0; row < model->rowCount(); ++row) {
        for (const services::SheetEntry& entry : model->person(row).registrations)
            EXPECT_EQ(entry.returnReason, QStringLiteral("Thiếu biên bản họp xét của đơn vị"));
    }

    // A returned registration is corrected and sent again before it is accepted.
    QTest::mouseClick(test::child<QPushButton>(*window, "acceptUnitButton"), Qt::LeftButton);
    EXPECT_FALSE(header->error().isEmpty());
    EXPECT_EQ(statuses(*model)[domain::RegistrationStatus::Returned], submitted);
    QTest::mouseClick(test::child<QPushButton>(*window, "submitUnitButton"), Qt::LeftButton);
    QTest::mouseClick(test::child<QPushButton>(*window, "acceptUnitButton"), Qt::LeftButton);
    EXPECT_TRUE(header->error().isEmpty());
    EXPECT_EQ(statuses(*model)[domain::RegistrationStatus::Accepted], submitted);
}
