#include "gui_fixture.h"
#include "registration_sheet_model.h"
#include "registration_sheet_view.h"
#include "unit_picker.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>

using namespace thidua;

namespace {

class GuiRegistrationsPage : public test::GuiTest {};

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
