#include "conference_facts.h"
#include "file_dialog.h"
#include "gui_fixture.h"
#include "page_header.h"
#include "poppler.h"
#include "report_sections.h"
#include "report_service.h"
#include "reports_page.h"
#include "year_combo_box.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace thidua;

namespace {

// The Báo cáo page on the demo: cluster II of 2018 voted the seeds' flags.
class GuiReportsPage : public test::EditableGuiTest {
protected:
    void SetUp() override {
        EditableGuiTest::SetUp();
        window = makeWindow();
        window->show();
        window->showArea(ui::Area::Reports);
        test::child<ui::YearComboBox>(*window, "yearComboBox")->selectYear(2018);
        page = test::child<ui::ReportsPage>(*window, "reportsPage");
        ASSERT_NE(page, nullptr);
        header = test::child<ui::PageHeader>(*page, "pageHeader");
        auto clusters = test::child<QComboBox>(*page, "reportClusterCombo");
        const int two = clusters->findText(QStringLiteral("Cụm thi đua số II (Bộ Tư pháp)"));
        ASSERT_GE(two, 0);
        clusters->setCurrentIndex(two);
    }

    QPlainTextEdit* note(const QString& section) {
        return page->findChild<QPlainTextEdit*>(QStringLiteral("reportNote_%1").arg(section));
    }

    // What is kept for the year-end report of cluster II.
    std::map<QString, QString> kept() {
        auto clusterId = test::child<QComboBox>(*page, "reportClusterCombo")->currentData();
        auto key = reports::reportKeyOf(*workspace, {domain::ReportKind::YearEnd,
                                                     domain::ReportScopeKind::Cluster,
                                                     clusterId.toLongLong(),
                                                     2018,
                                                     {}});
        EXPECT_TRUE(key);
        return workspace->reports().notes(*key).value_or(std::map<QString, QString>{});
    }

    QString exportedText(const QString& name) {
        const QString pdf = scratch.filePath(name);
        ui::FileDialog::setNextFileName(pdf);
        test::child<QPushButton>(*page, "exportReportButton")->click();
        EXPECT_TRUE(QFileInfo::exists(pdf)) << header->error().toStdString();
        return documents::testing::pdfText(pdf).output.simplified();
    }

    std::unique_ptr<ui::MainWindow> window;
    ui::ReportsPage* page = nullptr;
    ui::PageHeader* header = nullptr;
};

TEST_F(GuiReportsPage, WhatIsTypedIsKeptAndPrintedInItsSection) {
    QPlainTextEdit* shortcomings = note(domain::sections::Shortcomings);
    ASSERT_NE(shortcomings, nullptr);
    // The demo's head unit wrote its own; the clerk starts again.
    EXPECT_FALSE(shortcomings->toPlainText().isEmpty());
    shortcomings->clear();
    shortcomings->setFocus();
    test::typeText(shortcomings, QStringLiteral("Một số đơn vị gửi báo cáo chậm."));
    // Kept a moment after the last key, without saving by hand.
    QTRY_COMPARE_WITH_TIMEOUT(kept()[domain::sections::Shortcomings],
                              QStringLiteral("Một số đơn vị gửi báo cáo chậm."), 3000);

    const QString text = exportedText(QStringLiteral("tong-ket.pdf"));
    EXPECT_TRUE(text.contains(
        QStringLiteral("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN Một số đơn vị gửi báo cáo chậm.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("đã bỏ phiếu suy tôn 4 đơn vị đề nghị tặng Cờ thi "
                                             "đua của Bộ Tư pháp")));

    // Another report of the same cluster has its own sections.
    auto kind = test::child<QComboBox>(*page, "reportKindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(domain::ReportKind::MidYear)));
    EXPECT_TRUE(note(domain::sections::Shortcomings)->toPlainText().isEmpty());
    kind->setCurrentIndex(kind->findData(static_cast<int>(domain::ReportKind::YearEnd)));
    EXPECT_EQ(note(domain::sections::Shortcomings)->toPlainText(),
              QStringLiteral("Một số đơn vị gửi báo cáo chậm."));
}

TEST_F(GuiReportsPage, TextTypedJustBeforeChoosingAnotherClusterIsNotLost) {
    note(domain::sections::Lessons)->setPlainText(QStringLiteral("Phối hợp chặt chẽ."));
    auto clusters = test::child<QComboBox>(*page, "reportClusterCombo");
    clusters->setCurrentIndex(clusters->findText(QStringLiteral("Cụm thi đua số I (Bộ Tư pháp)")));
    EXPECT_TRUE(note(domain::sections::Lessons)->toPlainText().isEmpty());
    clusters->setCurrentIndex(clusters->findText(QStringLiteral("Cụm thi đua số II (Bộ Tư pháp)")));
    EXPECT_EQ(note(domain::sections::Lessons)->toPlainText(), QStringLiteral("Phối hợp chặt chẽ."));
    EXPECT_EQ(kept()[domain::sections::Lessons], QStringLiteral("Phối hợp chặt chẽ."));
}

TEST_F(GuiReportsPage, ThePackUsesTheConferenceDetails) {
    test::child<QTabWidget>(*page, "reportTabs")->setCurrentIndex(2);
    auto chair = page->findChild<QLineEdit*>(QStringLiteral("reportNote_chair"));
    ASSERT_NE(chair, nullptr);
    chair->clear();
    chair->setFocus();
    test::typeText(chair, QStringLiteral("Nguyễn Văn Bình"));
    auto day = page->findChild<QLineEdit*>(QStringLiteral("reportNote_day"));
    ASSERT_NE(day, nullptr);
    day->clear();
    day->setFocus();
    test::typeText(day, QStringLiteral("31/02/2018"));
    auto part = test::child<QComboBox>(*page, "reportPartCombo");
    part->setCurrentIndex(3); // the minutes
    const QString pdf = scratch.filePath(QStringLiteral("sai-ngay.pdf"));
    ui::FileDialog::setNextFileName(pdf);
    test::child<QPushButton>(*page, "exportReportButton")->click();
    EXPECT_FALSE(QFileInfo::exists(pdf));
    EXPECT_TRUE(header->error().contains(QStringLiteral("31/02/2018")))
        << header->error().toStdString();

    day->clear();
    test::typeText(day, QStringLiteral("20/12/2018"));
    const QString text = exportedText(QStringLiteral("bien-ban.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("BIÊN BẢN"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Nguyễn Văn Bình")));
    EXPECT_TRUE(text.contains(QStringLiteral("ngày 20 tháng 12 năm 2018")));

    // Sections the chosen report does not print are not offered.
    auto sections = test::child<QListWidget>(*page, "reportSectionList");
    auto hidden = [&](const QString& label) {
        const auto items = sections->findItems(label, Qt::MatchExactly);
        return !items.isEmpty() && items.front()->isHidden();
    };
    EXPECT_TRUE(hidden(QStringLiteral("Delegates elected (one a line)")));
    auto kind = test::child<QComboBox>(*page, "reportKindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(domain::ReportKind::ModelConference)));
    EXPECT_FALSE(hidden(QStringLiteral("Delegates elected (one a line)")));
}

TEST_F(GuiReportsPage, TheFiguresSayWhatTheReportWillSay) {
    const QString figures = test::child<QTextBrowser>(*page, "reportFigures")->toPlainText();
    for (const QString& expected :
         {QStringLiteral("Cụm thi đua số II"),
          QStringLiteral("Cờ thi đua của Bộ Tư pháp: Báo Pháp luật Việt Nam, Học viện Tư pháp, "
                         "Trường Đại học Luật Hà Nội, Trường Trung cấp Luật Buôn Ma Thuột"),
          QStringLiteral("1. Báo Pháp luật Việt Nam")})
        EXPECT_TRUE(figures.contains(expected)) << expected.toStdString() << '\n'
                                                << figures.toStdString();
    // Another cluster, other figures.
    auto clusters = test::child<QComboBox>(*page, "reportClusterCombo");
    clusters->setCurrentIndex(clusters->findText(QStringLiteral("Cụm thi đua số I (Bộ Tư pháp)")));
    EXPECT_FALSE(test::child<QTextBrowser>(*page, "reportFigures")
                     ->toPlainText()
                     .contains(QStringLiteral("Trường Đại học Luật Hà Nội")));
}

TEST_F(GuiReportsPage, TheFiguresCountTheAwardsTheReportCounts) {
    auto clusterId = test::child<QComboBox>(*page, "reportClusterCombo")->currentData();
    auto yearEnd = reports::readConferenceFacts(*workspace, {domain::ReportKind::YearEnd,
                                                             domain::ReportScopeKind::Cluster,
                                                             clusterId.toLongLong(),
                                                             2018,
                                                             {}});
    ASSERT_TRUE(yearEnd) << yearEnd.error().message.toStdString();
    ASSERT_FALSE(yearEnd->honorees.empty());
    auto figures = [&] {
        return test::child<QTextBrowser>(*page, "reportFigures")->toPlainText();
    };
    const QString yearsAwards = QStringLiteral("%1 in 2018;").arg(yearEnd->honorees.size());
    EXPECT_TRUE(figures().contains(yearsAwards)) << figures().toStdString();

    // In the first half of 2018 nothing was decided yet: the demo's awards
    // for 2018 came the year after.
    auto kind = test::child<QComboBox>(*page, "reportKindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(domain::ReportKind::MidYear)));
    EXPECT_TRUE(figures().contains(QStringLiteral("0 decided in the first half of 2018;")))
        << figures().toStdString();
    EXPECT_FALSE(figures().contains(yearsAwards));
}

TEST_F(GuiReportsPage, AnOrganisersReportIsOfTheYearsOrganisers) {
    auto scope = test::child<QComboBox>(*page, "reportScopeCombo");
    scope->setCurrentIndex(scope->findData(static_cast<int>(domain::ReportScopeKind::Organiser)));
    auto unit = test::child<QComboBox>(*page, "reportUnitPicker");
    QStringList offered;
    for (int row = 0; row < unit->count(); ++row)
        offered << unit->itemText(row).trimmed();
    EXPECT_TRUE(offered.contains(QStringLiteral("Bộ Tư pháp"))) << offered.join(u'|').toStdString();
    EXPECT_FALSE(offered.contains(QStringLiteral("Học viện Tư pháp")))
        << offered.join(u'|').toStdString();
    // As the clerk picks it from the list.
    const int ministry = unit->findText(QStringLiteral("Bộ Tư pháp"), Qt::MatchContains);
    unit->setCurrentIndex(ministry);
    Q_EMIT unit->activated(ministry);
    EXPECT_TRUE(test::child<QTextBrowser>(*page, "reportFigures")
                    ->toPlainText()
                    .contains(QStringLiteral("Cụm thi đua số IV")));
}

TEST_F(GuiReportsPage, ThePreviewShowsTheReportsPages) {
    test::child<QPushButton>(*page, "previewReportButton")->click();
    auto preview = window->findChild<QPrintPreviewDialog*>(QStringLiteral("documentPreview"));
    ASSERT_NE(preview, nullptr) << header->error().toStdString();
    auto pages = preview->findChild<QPrintPreviewWidget*>();
    ASSERT_NE(pages, nullptr);
    EXPECT_GE(pages->pageCount(), 3);
    preview->close();
}

class GuiReportsPageInVietnamese : public test::VietnameseGuiTest {};

TEST_F(GuiReportsPageInVietnamese, TheClusterLeadDraftsTheYearEndReport) {
    auto window = makeWindow();
    window->show();
    window->showArea(ui::Area::Reports);
    test::child<ui::YearComboBox>(*window, "yearComboBox")->selectYear(2018);
    auto page = test::child<ui::ReportsPage>(*window, "reportsPage");
    auto clusters = test::child<QComboBox>(*page, "reportClusterCombo");
    clusters->setCurrentIndex(clusters->findText(QStringLiteral("Cụm thi đua số II (Bộ Tư pháp)")));
    EXPECT_EQ(test::child<QComboBox>(*page, "reportKindCombo")->currentText(),
              QStringLiteral("Tổng kết năm"));
    EXPECT_EQ(test::child<QPushButton>(*page, "previewReportButton")->text(),
              QStringLiteral("&Xem trước…"));
    auto shortcomings = page->findChild<QPlainTextEdit*>(QStringLiteral("reportNote_shortcomings"));
    const QString figures = test::child<QTextBrowser>(*page, "reportFigures")->toPlainText();
    EXPECT_TRUE(figures.contains(QStringLiteral("Lãnh đạo cụm, khối:")) &&
                figures.contains(QStringLiteral("(Phó Trưởng)")))
        << figures.toStdString();
    test::saveSnapshot(*window, QStringLiteral("reports-figures-vi"));
    auto tabs = test::child<QTabWidget>(*page, "reportTabs");
    tabs->setCurrentIndex(1);
    test::child<QListWidget>(*page, "reportSectionList")->setCurrentRow(2);
    shortcomings->setPlainText(QStringLiteral("Việc gửi hồ sơ đề nghị khen thưởng còn chậm."));
    test::saveSnapshot(*window, QStringLiteral("reports-page-vi"));
    tabs->setCurrentIndex(2);
    test::saveSnapshot(*window, QStringLiteral("reports-conference-vi"));
}

} // namespace
