#include "date_field.h"
#include "decision_dialog.h"
#include "eligibility.h"
#include "file_dialog.h"
#include "gui_fixture.h"
#include "input_dialog.h"
#include "nomination_list_model.h"
#include "nomination_service.h"
#include "nominations_page.h"
#include "page_header.h"
#include "poppler.h"
#include "propose_dialog.h"
#include "submission_dialog.h"
#include "year_combo_box.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace thidua;
using domain::NominationStatus;
using List = ui::NominationListModel;

namespace {

// The demo's 2025 nominations: Bằng khen submitted, CSTĐ Bộ in draft.
class GuiNominationsPage : public test::EditableGuiTest {
protected:
    void SetUp() override {
        EditableGuiTest::SetUp();
        window = makeWindow();
        window->show();
        window->showArea(ui::Area::Nominations);
        test::child<ui::YearComboBox>(*window, "yearComboBox")->selectYear(2025);
        page = test::child<ui::NominationsPage>(*window, "nominationsPage");
        ASSERT_NE(page, nullptr);
        view = test::child<QTableView>(*page, "nominationView");
        ASSERT_NE(view, nullptr);
        ASSERT_GT(view->model()->rowCount(), 0);
    }

    QPushButton* button(const char* name) { return test::child<QPushButton>(*page, name); }

    // The first row in the status, chosen alone; -1 when there is none.
    int choose(NominationStatus status) {
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (entry(row).status == status) {
                view->selectRow(row);
                return row;
            }
        return -1;
    }

    const domain::NominationEntry& entry(int row) const {
        return static_cast<const List*>(view->model())->entry(row);
    }

    NominationStatus statusOf(domain::RowId id) {
        return workspace->nominations().nomination(id).value_or(domain::Nomination{}).status;
    }

    QString tab(const char* name) { return test::child<QTextBrowser>(*page, name)->toPlainText(); }

    // A dialog closed with WA_DeleteOnClose is deleted by the event loop.
    static void closedDialogsGone() {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // The dialog that asks for the submission's number and recipients, as
    // the action just opened it.
    ui::SubmissionDialog* submissionDialog() {
        closedDialogsGone();
        auto dialog = page->findChild<ui::SubmissionDialog*>(QStringLiteral("submissionDialog"));
        EXPECT_NE(dialog, nullptr);
        EXPECT_TRUE(dialog && dialog->isVisible());
        return dialog;
    }

    // Exports the submission to `pdf`, answering the dialog with number and
    // recipients (one a line) unless they are null; its text, spaces made single.
    QString exportSubmission(const QString& pdf, const QString& number = {},
                             const QString& recipients = {}) {
        page->findChild<QAction*>(QStringLiteral("exportSubmissionAction"))->trigger();
        auto dialog = submissionDialog();
        if (!dialog)
            return {};
        if (!number.isNull())
            test::child<QLineEdit>(*dialog, "submissionNumberEdit")->setText(number);
        if (!recipients.isNull())
            test::child<QPlainTextEdit>(*dialog, "submissionRecipientsEdit")
                ->setPlainText(recipients);
        ui::FileDialog::setNextFileName(pdf);
        dialog->accept();
        const auto text = documents::testing::pdfText(pdf);
        EXPECT_TRUE(text.ok) << text.output.toStdString();
        return text.output.simplified();
    }

    std::unique_ptr<ui::MainWindow> window;
    ui::NominationsPage* page = nullptr;
    QTableView* view = nullptr;
};

} // namespace

TEST_F(GuiNominationsPage, ListsTheYearByPrecedenceAndShowsTheChosenOneInFull) {
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    for (int row = 1; row < view->model()->rowCount(); ++row)
        EXPECT_LE(entry(row - 1).precedence, entry(row).precedence);
    const int row = choose(NominationStatus::Submitted);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(tab("nominationSummary").contains(entry(row).candidateName));
    EXPECT_TRUE(tab("nominationSummary").contains(entry(row).basis));
    // The engine's verdict on this award, with its reasons and their articles.
    const QString summary = tab("nominationSummary");
    EXPECT_TRUE(std::ranges::any_of(
        std::array{domain::Verdict::Eligible, domain::Verdict::NotEligible,
                   domain::Verdict::NeedsReview},
        [&](domain::Verdict verdict) { return summary.contains(domain::verdictName(verdict)); }))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Điều"))) << summary.toStdString();
    // Bằng khen follows two CSTĐ cơ sở in a row: the history shows them.
    EXPECT_TRUE(tab("awardHistory").contains(QStringLiteral("Chiến sĩ thi đua cơ sở")));
    EXPECT_TRUE(button("acceptButton")->isEnabled());
    EXPECT_FALSE(button("submitButton")->isEnabled());
    EXPECT_FALSE(button("decideButton")->isEnabled());
}

TEST_F(GuiNominationsPage, ADraftIsSubmittedAcceptedAndSettledByTheDecisionItsAwardShown) {
    const int row = choose(NominationStatus::Draft);
    ASSERT_GE(row, 0);
    const domain::RowId id = entry(row).nominationId;
    button("submitButton")->click();
    EXPECT_EQ(statusOf(id), NominationStatus::Submitted);
    view->selectRow(static_cast<const List*>(view->model())->rowOf(id));
    button("acceptButton")->click();
    ASSERT_EQ(statusOf(id), NominationStatus::Accepted);
    view->selectRow(static_cast<const List*>(view->model())->rowOf(id));
    button("decideButton")->click();
    auto dialog = page->findChild<ui::DecisionDialog*>(QStringLiteral("decisionDialog"));
    ASSERT_NE(dialog, nullptr);
    // A decision without its date is refused in the dialog, which stays.
    test::child<QLineEdit>(*dialog, "decisionNumberEdit")->setText(QStringLiteral("88/QĐ-BTP"));
    test::child<QLineEdit>(*dialog, "issuerEdit")->setText(QStringLiteral("Bộ trưởng Bộ Tư pháp"));
    test::child<ui::DateField>(*dialog, "decisionDateEdit")->setText(QStringLiteral("31/02/2026"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(statusOf(id), NominationStatus::Accepted);
    test::child<ui::DateField>(*dialog, "decisionDateEdit")->setText(QStringLiteral("20/02/2026"));
    dialog->accept();
    EXPECT_EQ(statusOf(id), NominationStatus::Decided);
    EXPECT_TRUE(test::child<QLabel>(*page, "outputLabel")->text().contains(QStringLiteral("1")));
    view->selectRow(static_cast<const List*>(view->model())->rowOf(id));
    EXPECT_TRUE(tab("awardHistory").contains(QStringLiteral("88/QĐ-BTP")));
    const QString trail = tab("changeTrail");
    EXPECT_TRUE(trail.contains(QStringLiteral("Moved to \"%1\"")
                                   .arg(domain::nominationStatusName(NominationStatus::Decided))))
        << trail.toStdString();
}

TEST_F(GuiNominationsPage, AReturnAsksForItsReasonAndWithoutOneIsRefused) {
    const int row = choose(NominationStatus::Submitted);
    ASSERT_GE(row, 0);
    const domain::RowId id = entry(row).nominationId;
    ui::InputDialog::setNextText(QStringLiteral("  "));
    button("returnButton")->click();
    EXPECT_EQ(statusOf(id), NominationStatus::Submitted);
    EXPECT_FALSE(test::child<ui::PageHeader>(*page, "pageHeader")->error().isEmpty());
    ui::InputDialog::setNextText(QStringLiteral("Thiếu báo cáo thành tích"));
    view->selectRow(static_cast<const List*>(view->model())->rowOf(id));
    button("returnButton")->click();
    EXPECT_EQ(statusOf(id), NominationStatus::Returned);
    view->selectRow(static_cast<const List*>(view->model())->rowOf(id));
    EXPECT_TRUE(tab("nominationSummary").contains(QStringLiteral("Thiếu báo cáo thành tích")));
}

TEST_F(GuiNominationsPage, AFileAttachedToAPaperTicksItInTheDossier) {
    const int row = choose(NominationStatus::Draft);
    ASSERT_GE(row, 0);
    const domain::RowId id = entry(row).nominationId;
    auto tree = test::child<QTreeWidget>(*page, "dossierTree");
    ASSERT_GT(tree->topLevelItemCount(), 1);
    EXPECT_TRUE(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("✗")));
    const QString path = scratch.filePath(QStringLiteral("to-trinh.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 tờ trình");
    file.close();
    tree->setCurrentItem(tree->topLevelItem(0));
    ui::FileDialog::setNextFileName(path);
    button("attachFileButton")->click();
    auto dossier = workspace->nominations().dossier(id);
    ASSERT_TRUE(dossier);
    ASSERT_EQ(dossier->files.size(), 1u);
    EXPECT_EQ(dossier->files.front().fileName, QStringLiteral("to-trinh.pdf"));
    EXPECT_TRUE(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("✓")));
    ASSERT_EQ(tree->topLevelItem(0)->childCount(), 1);
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    button("removeFileButton")->click();
    EXPECT_TRUE(workspace->nominations().dossier(id)->files.empty());
}

TEST_F(GuiNominationsPage, APersonFoundWithoutDiacriticsIsProposedWithABasisDrafted) {
    const int before = view->model()->rowCount();
    button("proposeButton")->click();
    auto dialog = page->findChild<ui::ProposeDialog*>(QStringLiteral("proposeDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->accept(); // nobody chosen yet
    EXPECT_TRUE(dialog->isVisible());
    test::child<QLineEdit>(*dialog, "candidateSearchEdit")->setText(QStringLiteral("nguyen"));
    auto people = test::child<QListWidget>(*dialog, "candidateList");
    ASSERT_GT(people->count(), 0);
    EXPECT_TRUE(people->currentItem()->text().startsWith(QStringLiteral("Nguyễn")));
    auto award = test::child<QComboBox>(*dialog, "awardComboBox");
    const int merit = award->findData(QStringLiteral("GK"));
    ASSERT_GE(merit, 0);
    award->setCurrentIndex(merit);
    dialog->accept();
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(view->model()->rowCount(), before + 1);
    EXPECT_EQ(entry(view->currentIndex().row()).awardCode, QStringLiteral("GK"));
}

TEST_F(GuiNominationsPage, TheListExportsAsThePrintedNominationList) {
    const QString pdf = scratch.filePath(QStringLiteral("de-nghi.pdf"));
    ui::FileDialog::setNextFileName(pdf);
    page->findChild<QAction*>(QStringLiteral("exportListAction"))->trigger();
    const auto text = documents::testing::pdfText(pdf);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    EXPECT_TRUE(text.output.simplified().contains(
        QStringLiteral("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025")));
    EXPECT_TRUE(
        test::child<QLabel>(*page, "outputLabel")->text().contains(QStringLiteral("de-nghi")));
}

TEST_F(GuiNominationsPage, TheSubmissionCountsTheListAndTheReportTabulatesTheAwards) {
    QString printed = exportSubmission(scratch.filePath(QStringLiteral("to-trinh.pdf")));
    EXPECT_TRUE(printed.contains(QStringLiteral("TỜ TRÌNH"))) << printed.toStdString();
    // Nothing given: dots for the clerk to fill in.
    EXPECT_TRUE(printed.contains(QStringLiteral("Số: ……/TTr-……"))) << printed.toStdString();
    EXPECT_TRUE(printed.contains(QStringLiteral("Về việc đề nghị khen thưởng năm 2025")));
    EXPECT_TRUE(printed.contains(QStringLiteral("Nghị định số 152/2025/NĐ-CP")));
    EXPECT_TRUE(printed.contains(
        QStringLiteral("%1 cá nhân").arg(view->model()->rowCount(), 2, 10, QLatin1Char('0'))));

    const int row = choose(NominationStatus::Submitted);
    ASSERT_GE(row, 0);
    const QString report = scratch.filePath(QStringLiteral("bao-cao.pdf"));
    ui::FileDialog::setNextFileName(report);
    page->findChild<QAction*>(QStringLiteral("exportReportAction"))->trigger();
    closedDialogsGone();
    EXPECT_EQ(page->findChild<ui::SubmissionDialog*>(QStringLiteral("submissionDialog")), nullptr)
        << "only the submission asks for a number";
    const auto text = documents::testing::pdfText(report);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    printed = text.output.simplified();
    for (const QString& expected :
         {QStringLiteral("BÁO CÁO THÀNH TÍCH"), entry(row).candidateName,
          QStringLiteral("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
          QStringLiteral("Chiến sĩ thi đua cơ sở"), QStringLiteral("NGƯỜI BÁO CÁO THÀNH TÍCH")})
        EXPECT_TRUE(printed.contains(expected)) << expected.toStdString();
}

TEST_F(GuiNominationsPage, TheSubmissionAsksItsNumberAndRecipientsAndRemembersThemPerUnit) {
    const QString printed = exportSubmission(
        scratch.filePath(QStringLiteral("to-trinh.pdf")), QStringLiteral(" 15/TTr-VKHPL "),
        QStringLiteral("Bộ Tư pháp\n\n  Hội đồng Thi đua - Khen thưởng Bộ  \n"));
    for (const QString& expected :
         {QStringLiteral("Số: 15/TTr-VKHPL"),
          QStringLiteral("Kính gửi: - Bộ Tư pháp; - Hội đồng Thi đua - Khen thưởng Bộ."),
          QStringLiteral("Kính trình Bộ Tư pháp, Hội đồng Thi đua - Khen thưởng Bộ xem xét")})
        EXPECT_TRUE(printed.contains(expected)) << expected.toStdString() << '\n'
                                                << printed.toStdString();

    // The next time, for the same proposer, the dialog starts from them;
    // cancelled, nothing is written.
    page->findChild<QAction*>(QStringLiteral("printSubmissionAction"))->trigger();
    auto dialog = submissionDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(test::child<QLineEdit>(*dialog, "submissionNumberEdit")->text(),
              QStringLiteral("15/TTr-VKHPL"));
    EXPECT_EQ(test::child<QPlainTextEdit>(*dialog, "submissionRecipientsEdit")->toPlainText(),
              QStringLiteral("Bộ Tư pháp\nHội đồng Thi đua - Khen thưởng Bộ"));
    test::saveSnapshot(*dialog, QStringLiteral("submission-dialog"));
    dialog->reject();
    EXPECT_EQ(window->findChild<QWidget*>(QStringLiteral("documentPreview")), nullptr);

    // The list that goes with the tờ trình cites its number, without asking.
    const QString list = scratch.filePath(QStringLiteral("danh-sach.pdf"));
    ui::FileDialog::setNextFileName(list);
    page->findChild<QAction*>(QStringLiteral("exportListAction"))->trigger();
    EXPECT_TRUE(documents::testing::pdfText(list).output.simplified().contains(
        QStringLiteral("(Kèm theo Tờ trình số 15/TTr-VKHPL")));

    // Another proposing unit sends its own: nothing given yet.
    auto proposer = test::child<QComboBox>(*page, "proposerFilter");
    ASSERT_NE(proposer, nullptr);
    ASSERT_GT(proposer->count(), 1);
    proposer->setCurrentIndex(1);
    page->findChild<QAction*>(QStringLiteral("exportSubmissionAction"))->trigger();
    dialog = submissionDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(test::child<QLineEdit>(*dialog, "submissionNumberEdit")->text().isEmpty());
    EXPECT_TRUE(
        test::child<QPlainTextEdit>(*dialog, "submissionRecipientsEdit")->toPlainText().isEmpty());
    dialog->reject();
}

TEST_F(GuiNominationsPage, TheSubmissionsPreviewFollowsItsDialog) {
    page->findChild<QAction*>(QStringLiteral("printSubmissionAction"))->trigger();
    EXPECT_EQ(window->findChild<QWidget*>(QStringLiteral("documentPreview")), nullptr);
    auto dialog = submissionDialog();
    ASSERT_NE(dialog, nullptr);
    test::child<QLineEdit>(*dialog, "submissionNumberEdit")
        ->setText(QStringLiteral("15/TTr-VKHPL"));
    dialog->accept();
    auto preview = window->findChild<QWidget*>(QStringLiteral("documentPreview"));
    ASSERT_NE(preview, nullptr);
    EXPECT_TRUE(preview->isVisible());
    preview->close();
}

// As a clerk sees it: in Vietnamese.
class GuiSubmissionDialogInVietnamese : public test::VietnameseGuiTest {};

TEST_F(GuiSubmissionDialogInVietnamese, AsksForTheNumberAndWhomItIsSentTo) {
    auto window = makeWindow();
    window->show();
    window->showArea(ui::Area::Nominations);
    auto page = test::child<ui::NominationsPage>(*window, "nominationsPage");
    ASSERT_NE(page, nullptr);
    page->findChild<QAction*>(QStringLiteral("exportSubmissionAction"))->trigger();
    auto dialog = page->findChild<ui::SubmissionDialog*>(QStringLiteral("submissionDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Số và nơi gửi tờ trình"));
    test::child<QLineEdit>(*dialog, "submissionNumberEdit")->setText(QStringLiteral("15/TTr-STP"));
    test::child<QPlainTextEdit>(*dialog, "submissionRecipientsEdit")
        ->setPlainText(QStringLiteral("Ủy ban nhân dân tỉnh Vĩnh Phúc\n"
                                      "Ban Thi đua - Khen thưởng tỉnh Vĩnh Phúc"));
    test::saveSnapshot(*dialog, QStringLiteral("submission-dialog-vi"));
    dialog->reject();
}
