#include "award_list_model.h"
#include "award_service.h"
#include "awards_page.h"
#include "date_field.h"
#include "gui_fixture.h"
#include "message_box.h"
#include "page_header.h"
#include "vietnamese_text.h"
#include "year_combo_box.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

using namespace thidua;

namespace {

// The demo's 2025 awards and those recorded here.
class GuiAwardsPage : public test::EditableGuiTest {
protected:
    void SetUp() override {
        EditableGuiTest::SetUp();
        window = makeWindow();
        window->show();
        window->showArea(ui::Area::Awards);
        test::child<ui::YearComboBox>(*window, "yearComboBox")->selectYear(2025);
        page = test::child<ui::AwardsPage>(*window, "awardsPage");
        ASSERT_NE(page, nullptr);
        view = test::child<QTableView>(*page, "awardView");
        ASSERT_NE(view, nullptr);
        ASSERT_GT(view->model()->rowCount(), 0);
    }

    QPushButton* button(const char* name) { return test::child<QPushButton>(*page, name); }

    const domain::AwardEntry& entry(int row) const {
        return static_cast<const ui::AwardListModel*>(view->model())->entry(row);
    }

    int rowOf(const QString& decision) const {
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (entry(row).award.decisionNumber == decision)
                return row;
        return -1;
    }

    // Opens the record dialog and fills a Giấy khen for the first "nguyen"
    // found, given for a sudden achievement so that it never meets a merit
    // award of the year.
    QDialog* filledAwardDialog(const QString& decision) {
        button("recordAwardButton")->click();
        auto dialog = page->findChild<QDialog*>(QStringLiteral("awardDialog"));
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return nullptr;
        test::child<QLineEdit>(*dialog, "candidateSearchEdit")->setText(QStringLiteral("nguyen"));
        auto award = test::child<QComboBox>(*dialog, "awardTypeComboBox");
        award->setCurrentIndex(award->findData(QStringLiteral("GK")));
        auto kind = test::child<QComboBox>(*dialog, "awardKindComboBox");
        kind->setCurrentIndex(kind->findData(static_cast<int>(domain::AwardKind::Sudden)));
        test::child<QLineEdit>(*dialog, "awardDecisionNumberEdit")->setText(decision);
        test::child<ui::DateField>(*dialog, "awardDecisionDateEdit")
            ->setText(QStringLiteral("15/11/2025"));
        test::child<QLineEdit>(*dialog, "awardIssuerEdit")
            ->setText(QStringLiteral("Viện trưởng Viện Khoa học pháp lý"));
        return dialog;
    }

    QString tab(const char* name) { return test::child<QTextBrowser>(*page, name)->toPlainText(); }

    std::unique_ptr<ui::MainWindow> window;
    ui::AwardsPage* page = nullptr;
    QTableView* view = nullptr;
};

} // namespace

TEST_F(GuiAwardsPage, ListsTheYearAndFindsANameTypedWithoutDiacritics) {
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const int all = view->model()->rowCount();
    const domain::AwardEntry person = entry(rowOf(entry(all - 1).award.decisionNumber));
    const QString typed = domain::vn::searchKey(person.candidateName);
    test::child<QLineEdit>(*page, "awardSearchEdit")->setText(typed);
    const int found = view->model()->rowCount();
    ASSERT_GT(found, 0);
    EXPECT_LT(found, all);
    for (int row = 0; row < found; ++row)
        EXPECT_EQ(domain::vn::searchKey(entry(row).candidateName), typed);
    EXPECT_TRUE(
        test::child<QLabel>(*page, "awardCountLabel")->text().contains(QString::number(all)));

    test::child<QLineEdit>(*page, "awardSearchEdit")->clear();
    auto subject = test::child<QComboBox>(*page, "awardSubjectFilter");
    subject->setCurrentIndex(2);
    ASSERT_GT(view->model()->rowCount(), 0);
    EXPECT_LT(view->model()->rowCount(), all);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        EXPECT_NE(entry(row).award.unitId, domain::NoId);
}

TEST_F(GuiAwardsPage, AnAwardRecordedInTheDialogIsListedAndUndoTakesItBack) {
    const int before = view->model()->rowCount();
    button("recordAwardButton")->click();
    auto empty = page->findChild<QDialog*>(QStringLiteral("awardDialog"));
    ASSERT_NE(empty, nullptr);
    empty->accept(); // nobody chosen
    EXPECT_TRUE(empty->isVisible());
    empty->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // closed dialogs go

    QDialog* dialog = filledAwardDialog(QStringLiteral("77/QĐ-VKHPL"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(test::child<QLabel>(*dialog, "amountByRuleLabel")->text().contains(u'đ'));
    test::child<QLineEdit>(*dialog, "amountEdit")->setText(QStringLiteral("12 triệu"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible()) << "an amount that is not a number is refused";
    test::child<QLineEdit>(*dialog, "amountEdit")->setText(QStringLiteral("1.500.000"));
    dialog->accept();
    EXPECT_FALSE(dialog->isVisible());
    ASSERT_EQ(view->model()->rowCount(), before + 1);
    const int row = rowOf(QStringLiteral("77/QĐ-VKHPL"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(view->currentIndex().row(), row);
    EXPECT_EQ(entry(row).award.amount, 1'500'000);
    EXPECT_TRUE(tab("awardTrail").contains(QStringLiteral("77/QĐ-VKHPL")));

    button("awardUndoButton")->click();
    EXPECT_EQ(view->model()->rowCount(), before);
    EXPECT_LT(rowOf(QStringLiteral("77/QĐ-VKHPL")), 0);
    button("awardRedoButton")->click();
    EXPECT_EQ(view->model()->rowCount(), before + 1);
    EXPECT_GE(rowOf(QStringLiteral("77/QĐ-VKHPL")), 0);
}

TEST_F(GuiAwardsPage, ARevokedAwardIsStruckThroughAndUndoStandsItAgain) {
    view->selectRow(0);
    const domain::Award award = entry(0).award;
    ASSERT_FALSE(award.revoked());
    button("revokeAwardButton")->click();
    auto dialog = page->findChild<QDialog*>(QStringLiteral("revokeDialog"));
    ASSERT_NE(dialog, nullptr);
    test::child<QLineEdit>(*dialog, "revokingDecisionEdit")->setText(QStringLiteral("9/QĐ-BTP"));
    test::child<ui::DateField>(*dialog, "revokedOnEdit")->setText(QStringLiteral("01/01/2020"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible()) << "a revocation before the award's own decision";
    test::child<ui::DateField>(*dialog, "revokedOnEdit")->setText(QStringLiteral("01/12/2026"));
    test::child<QLineEdit>(*dialog, "revocationReasonEdit")
        ->setText(QStringLiteral("Kê khai thành tích không đúng"));
    dialog->accept();
    EXPECT_FALSE(dialog->isVisible());
    const int row = rowOf(award.decisionNumber);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(entry(row).award.revoked());
    EXPECT_TRUE(view->model()
                    ->index(row, ui::award_columns::Status)
                    .data()
                    .toString()
                    .contains(QStringLiteral("9/QĐ-BTP")));
    EXPECT_TRUE(view->model()->index(row, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    view->selectRow(row);
    EXPECT_TRUE(tab("awardTrail").contains(QStringLiteral("Kê khai thành tích không đúng")));
    EXPECT_FALSE(button("revokeAwardButton")->isEnabled());

    test::child<QCheckBox>(*page, "hideRevokedCheckBox")->setChecked(true);
    EXPECT_LT(rowOf(award.decisionNumber), 0);
    test::child<QCheckBox>(*page, "hideRevokedCheckBox")->setChecked(false);

    button("awardUndoButton")->click();
    EXPECT_FALSE(entry(rowOf(award.decisionNumber)).award.revoked());
}

TEST_F(GuiAwardsPage, AnAwardDeletedAsAMistakeComesBackWithUndo) {
    QDialog* dialog = filledAwardDialog(QStringLiteral("78/QĐ-VKHPL"));
    ASSERT_NE(dialog, nullptr);
    dialog->accept();
    const int before = view->model()->rowCount();
    const QString uuid = entry(rowOf(QStringLiteral("78/QĐ-VKHPL"))).award.uuid;
    view->selectRow(rowOf(QStringLiteral("78/QĐ-VKHPL")));
    ui::MessageBox::setNextAnswer(ui::MessageBox::No);
    button("deleteAwardButton")->click();
    EXPECT_EQ(view->model()->rowCount(), before);
    ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
    button("deleteAwardButton")->click();
    EXPECT_EQ(view->model()->rowCount(), before - 1);
    button("awardUndoButton")->click();
    ASSERT_EQ(view->model()->rowCount(), before);
    EXPECT_EQ(entry(rowOf(QStringLiteral("78/QĐ-VKHPL"))).award.uuid, uuid);
}

TEST_F(GuiAwardsPage, AnInitiativeIsEnteredWithItsAuthorsFoundByName) {
    auto initiatives = test::child<QTableView>(*page, "initiativeView");
    const int before = initiatives->model()->rowCount();
    button("recordInitiativeButton")->click();
    auto dialog = page->findChild<QDialog*>(QStringLiteral("initiativeDialog"));
    ASSERT_NE(dialog, nullptr);
    test::child<QLineEdit>(*dialog, "initiativeTitleEdit")
        ->setText(QStringLiteral("Số hóa sổ vàng khen thưởng"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible()) << "an initiative without authors";
    auto search = test::child<QLineEdit>(*dialog, "authorSearchEdit");
    for (const char* name : {"nguyen", "tran"}) {
        search->setFocus();
        search->setText(QString::fromLatin1(name));
        ASSERT_GT(test::child<QListWidget>(*dialog, "authorFoundList")->count(), 0);
        test::child<QPushButton>(*dialog, "addAuthorButton")->click();
    }
    EXPECT_EQ(test::child<QListWidget>(*dialog, "authorList")->count(), 2);
    dialog->accept();
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(test::child<QTabWidget>(*page, "awardListTabs")->currentIndex(), 1);
    ASSERT_EQ(initiatives->model()->rowCount(), before + 1);
    const int row = initiatives->currentIndex().row();
    ASSERT_GE(row, 0);
    EXPECT_EQ(initiatives->model()->index(row, 0).data().toString(),
              QStringLiteral("Số hóa sổ vàng khen thưởng"));
    EXPECT_TRUE(initiatives->model()
                    ->index(row, ui::initiative_columns::Authors)
                    .data()
                    .toString()
                    .contains(QStringLiteral(", ")));
    EXPECT_FALSE(tab("awardPageHistory").isEmpty());
}

namespace {
class GuiAwardsPageInVietnamese : public test::VietnameseGuiTest {};
} // namespace

TEST_F(GuiAwardsPageInVietnamese, RecordsAnAwardInTheClerksWords) {
    auto window = makeWindow();
    window->show();
    window->showArea(ui::Area::Awards);
    test::child<ui::YearComboBox>(*window, "yearComboBox")->selectYear(2025);
    auto page = test::child<ui::AwardsPage>(*window, "awardsPage");
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(test::child<QPushButton>(*page, "recordAwardButton")->text(),
              QStringLiteral("&Ghi nhận khen thưởng…"));
    EXPECT_EQ(test::child<QTableView>(*page, "awardView")
                  ->model()
                  ->headerData(ui::award_columns::Award, Qt::Horizontal)
                  .toString(),
              QStringLiteral("Danh hiệu, hình thức"));
    test::child<QPushButton>(*page, "recordAwardButton")->click();
    auto dialog = page->findChild<QDialog*>(QStringLiteral("awardDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Ghi nhận khen thưởng (2025)"));
    test::child<QLineEdit>(*dialog, "candidateSearchEdit")->setText(QStringLiteral("nguyen"));
    test::child<ui::DateField>(*dialog, "awardDecisionDateEdit")
        ->setText(QStringLiteral("20/01/2026"));
    test::child<QLineEdit>(*dialog, "awardDecisionNumberEdit")
        ->setText(QStringLiteral("15/QĐ-VKHPL"));
    EXPECT_TRUE(test::child<QLabel>(*dialog, "amountByRuleLabel")
                    ->text()
                    .startsWith(QStringLiteral("Theo quy định")));
    dialog->accept(); // no issuer
    EXPECT_TRUE(dialog->isVisible());
    test::saveSnapshot(*dialog, QStringLiteral("awards-record-dialog-vi"));
    test::saveSnapshot(*window, QStringLiteral("awards-page-vi"));
    dialog->reject();

    test::child<QTableView>(*page, "awardView")->selectRow(0);
    test::child<QPushButton>(*page, "revokeAwardButton")->click();
    auto revoke = page->findChild<QDialog*>(QStringLiteral("revokeDialog"));
    ASSERT_NE(revoke, nullptr);
    EXPECT_EQ(revoke->windowTitle(), QStringLiteral("Thu hồi khen thưởng"));
    test::saveSnapshot(*revoke, QStringLiteral("awards-revoke-dialog-vi"));
    revoke->reject();

    test::child<QPushButton>(*page, "recordInitiativeButton")->click();
    auto initiative = page->findChild<QDialog*>(QStringLiteral("initiativeDialog"));
    ASSERT_NE(initiative, nullptr);
    EXPECT_EQ(initiative->windowTitle(), QStringLiteral("Nhập sáng kiến, đề tài"));
    test::child<QLineEdit>(*initiative, "initiativeTitleEdit")
        ->setText(QStringLiteral("Số hóa sổ vàng khen thưởng"));
    test::child<QLineEdit>(*initiative, "authorSearchEdit")->setText(QStringLiteral("tran"));
    test::child<QPushButton>(*initiative, "addAuthorButton")->click();
    test::child<QLineEdit>(*initiative, "authorSearchEdit")->setText(QStringLiteral("le"));
    test::saveSnapshot(*initiative, QStringLiteral("awards-initiative-dialog-vi"));
    initiative->reject();
}
