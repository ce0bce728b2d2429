#include "catalogue_service.h"
#include "cluster_dialog.h"
#include "cluster_list_model.h"
#include "cluster_members_model.h"
#include "cluster_service.h"
#include "clusters_page.h"
#include "covenant_service.h"
#include "file_dialog.h"
#include "gui_fixture.h"
#include "next_year_dialog.h"
#include "overview_service.h"
#include "page_header.h"
#include "poppler.h"
#include "unit_picker.h"
#include "vietnamese_format.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>

using namespace thidua;

namespace {

// The newest demo year, the one the year selector starts on.
constexpr int DemoYear = 2025;

// The clusters page of a main window, with what the tests drive on it.
struct ClustersScreen {
    explicit ClustersScreen(ui::MainWindow& window) {
        window.showArea(ui::Area::Clusters);
        page = test::child<ui::ClustersPage>(window, "clustersPage");
        clusters = test::child<QTableView>(window, "clusterView");
        members = test::child<QTableView>(window, "memberView");
        header = page ? test::child<ui::PageHeader>(*page, "pageHeader") : nullptr;
    }

    bool ready() const { return page && clusters && members && header; }

    QString cell(int row, int column) const {
        return clusters->model()->index(row, column).data().toString();
    }

    // The row of "Cụm thi đua số <roman>"; -1 when it is not listed.
    int rowOfNumber(const QString& roman) const {
        for (int row = 0; row < clusters->model()->rowCount(); ++row)
            if (cell(row, ui::ClusterListModel::NumberColumn) == roman &&
                cell(row, ui::ClusterListModel::NameColumn) ==
                    QStringLiteral("Cụm thi đua số ") + roman)
                return row;
        return -1;
    }

    domain::ClusterYear choose(int row) const {
        clusters->setCurrentIndex(clusters->model()->index(row, 0));
        return qobject_cast<ui::ClusterListModel*>(clusters->model())->cluster(row);
    }

    ui::ClustersPage* page = nullptr;
    QTableView* clusters = nullptr;
    QTableView* members = nullptr;
    ui::PageHeader* header = nullptr;
};

class GuiClustersPage : public test::GuiTest {};
class GuiClustersEditing : public test::EditableGuiTest {};

domain::ClusterYear stored(services::Workspace& workspace, domain::RowId clusterId) {
    auto cluster = workspace.clusters().cluster(clusterId);
    EXPECT_TRUE(cluster) << cluster.error().message.toStdString();
    return cluster.value_or(domain::ClusterYear{});
}

} // namespace

// Read-only: the shared demo database must stay as it is.
TEST_F(GuiClustersPage, ListsTheDemoYearsClustersWithRomanNumerals) {
    auto window = makeWindow();
    window->show();
    ClustersScreen screen(*window);
    ASSERT_TRUE(screen.ready());
    QAbstractItemModelTester listTester(screen.clusters->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester memberTester(screen.members->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    auto expected = workspace->clusters().clusters(DemoYear);
    ASSERT_TRUE(expected && !expected->empty());
    ASSERT_EQ(screen.clusters->model()->rowCount(), static_cast<int>(expected->size()));

    for (const QString& roman : {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("IV")})
        EXPECT_GE(screen.rowOfNumber(roman), 0) << roman.toStdString();
    const int four = screen.rowOfNumber(QStringLiteral("IV"));
    ASSERT_GE(four, 0);
    const domain::ClusterYear cluster = screen.choose(four);
    EXPECT_EQ(screen.cell(four, ui::ClusterListModel::OrganiserColumn),
              QStringLiteral("Bộ Tư pháp"));
    EXPECT_FALSE(screen.cell(four, ui::ClusterListModel::HeadColumn).isEmpty());
    EXPECT_FALSE(screen.cell(four, ui::ClusterListModel::DeputyColumn).isEmpty());
    EXPECT_EQ(screen.cell(four, ui::ClusterListModel::MembersColumn),
              QString::number(cluster.members.size()));
    // A block with a name and no number shows no numeral.
    bool namedBlock = false;
    for (int row = 0; row < screen.clusters->model()->rowCount(); ++row)
        if (screen.cell(row, ui::ClusterListModel::NameColumn) ==
            QStringLiteral("Khối thi đua Nội chính")) {
            namedBlock = true;
            EXPECT_TRUE(screen.cell(row, ui::ClusterListModel::NumberColumn).isEmpty());
        }
    EXPECT_TRUE(namedBlock);

    // The members of the chosen cluster, and the decision that appointed its leaders.
    ASSERT_EQ(screen.members->model()->rowCount(), static_cast<int>(cluster.members.size()));
    ASSERT_TRUE(cluster.decision);
    EXPECT_TRUE(test::child<QLabel>(*window, "selectedClusterLabel")
                    ->text()
                    .contains(cluster.decision->number));
}

TEST_F(GuiClustersPage, ShowsTheOtherClustersAUnitBelongsToThatYear) {
    auto window = makeWindow();
    ClustersScreen screen(*window);
    ASSERT_TRUE(screen.ready());
    auto clusters = workspace->clusters().clusters(DemoYear);
    ASSERT_TRUE(clusters);
    // A unit in two clusters of the year under different organisers.
    for (std::size_t a = 0; a < clusters->size(); ++a)
        for (std::size_t b = 0; b < clusters->size(); ++b) {
            const domain::ClusterYear& one = (*clusters)[a];
            const domain::ClusterYear& other = (*clusters)[b];
            if (one.cluster.organiserId == other.cluster.organiserId)
                continue;
            for (std::size_t m = 0; m < one.members.size(); ++m)
                if (other.hasMember(one.members[m].unitId)) {
                    screen.choose(static_cast<int>(a));
                    const QString alsoIn =
                        screen.members->model()
                            ->index(static_cast<int>(m), ui::ClusterMembersModel::AlsoInColumn)
                            .data()
                            .toString();
                    EXPECT_TRUE(alsoIn.contains(domain::clusterDisplayName(other.cluster)))
                        << alsoIn.toStdString();
                    return;
                }
        }
    FAIL() << "the demo has no unit in two clusters of different organisers";
}

TEST_F(GuiClustersEditing, AddsAMemberAsOneUndoableStep) {
    auto window = makeWindow();
    window->show();
    ClustersScreen screen(*window);
    ASSERT_TRUE(screen.ready());
    const domain::ClusterYear before = screen.choose(screen.rowOfNumber(QStringLiteral("IV")));
    auto units = workspace->catalogue().units();
    ASSERT_TRUE(units);
    const auto outsider = std::ranges::find_if(
        *units, [&](const domain::Unit& unit) { return !before.hasMember(unit.id); });
    ASSERT_NE(outsider, units->end());

    auto picker = test::child<ui::UnitPicker>(*window, "memberPicker");
    ASSERT_NE(picker, nullptr);
    picker->setUnitId(outsider->id);
    test::child<QPushButton>(*window, "addMemberButton")->click();
    EXPECT_TRUE(screen.header->error().isEmpty()) << screen.header->error().toStdString();
    EXPECT_TRUE(stored(*workspace, before.cluster.id).hasMember(outsider->id));
    EXPECT_EQ(screen.members->model()->rowCount(), static_cast<int>(before.members.size()) + 1);
    EXPECT_EQ(screen.page->undoStack()->count(), 1);

    test::child<QPushButton>(*screen.page, "undoButton")->click();
    EXPECT_TRUE(screen.header->error().isEmpty()) << screen.header->error().toStdString();
    EXPECT_EQ(stored(*workspace, before.cluster.id).members, before.members);
    EXPECT_EQ(screen.members->model()->rowCount(), static_cast<int>(before.members.size()));
    test::child<QPushButton>(*screen.page, "redoButton")->click();
    EXPECT_TRUE(stored(*workspace, before.cluster.id).hasMember(outsider->id));
}

TEST_F(GuiClustersEditing, ShowsTheRulesRefusalAndChangesNothing) {
    auto window = makeWindow();
    ClustersScreen screen(*window);
    ASSERT_TRUE(screen.ready());
    const domain::ClusterYear before = screen.choose(screen.rowOfNumber(QStringLiteral("II")));
    auto covenant = workspace->covenants().forCluster(before.cluster.id);
    ASSERT_TRUE(covenant && *covenant && !(*covenant)->signatoryIds.empty());
    // Every member signed the demo's covenant, and a signatory cannot leave.
    screen.members->setCurrentIndex(screen.members->model()->index(0, 0));
    test::child<QPushButton>(*window, "removeMemberButton")->click();

    const QString refusal = screen.header->error();
    EXPECT_TRUE(refusal.contains(domain::clusterYearName(before.cluster))) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(
        screen.members->model()->index(0, ui::ClusterMembersModel::UnitColumn).data().toString()))
        << refusal.toStdString();
    EXPECT_EQ(stored(*workspace, before.cluster.id).members, before.members);
    EXPECT_EQ(screen.page->undoStack()->count(), 0);
}

TEST_F(GuiClustersEditing, CreatesAClusterWithTheNextFreeNumberAndRefusesATakenOne) {
    auto window = makeWindow();
    window->show();
    ClustersScreen screen(*window);
    ASSERT_TRUE(screen.ready());
    const domain::ClusterYear four = screen.choose(screen.rowOfNumber(QStringLiteral("IV")));
    const int before = screen.clusters->model()->rowCount();

    test::child<QPushButton>(*window, "newClusterButton")->click();
    auto dialog = window->findChild<ui::ClusterDialog*>();
    ASSERT_NE(dialog, nullptr);
    // The chosen cluster's organiser, and its first number not taken.
    EXPECT_EQ(dialog->cluster().organiserId, four.cluster.organiserId);
    EXPECT_EQ(dialog->cluster().year, DemoYear);
    auto number = test::child<QSpinBox>(*dialog, "numberSpinBox");
    EXPECT_GT(number->value(), 4);
    const int free = number->value();
    number->setValue(4);
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(test::child<QLabel>(*dialog, "refusalLabel")
                    ->text()
                    .contains(domain::clusterYearName(four.cluster)));
    EXPECT_EQ(screen.clusters->model()->rowCount(), before);

    number->setValue(free);
    dialog->accept();
    ASSERT_EQ(screen.clusters->model()->rowCount(), before + 1);
    const QString roman = domain::vn::toRoman(free);
    EXPECT_EQ(screen.clusters->currentIndex().row(), screen.rowOfNumber(roman));
    screen.page->undoStack()->undo();
    EXPECT_EQ(screen.clusters->model()->rowCount(), before);
    EXPECT_EQ(screen.rowOfNumber(roman), -1);
}

TEST_F(GuiClustersEditing, CopiesTheYearToTheNextWithTheLeadersRotated) {
    auto window = makeWindow();
    window->show();
    ClustersScreen screen(*window);
    ASSERT_TRUE(screen.ready());
    auto thisYear = workspace->clusters().clusters(DemoYear);
    ASSERT_TRUE(thisYear && thisYear->size() >= 2);
    test::child<QPushButton>(*window, "copyToNextYearButton")->click();
    auto dialog = window->findChild<ui::NextYearDialog*>();
    ASSERT_NE(dialog, nullptr);

    // This year's deputy is proposed to lead next year, the member after it as deputy.
    const domain::ClusterYear& first = thisYear->front();
    ASSERT_NE(first.deputy(), domain::NoId);
    EXPECT_EQ(dialog->headBox(0)->currentData().toLongLong(), first.deputy());
    EXPECT_NE(dialog->deputyBox(0)->currentData().toLongLong(), first.deputy());
    // The organiser decided otherwise for the second cluster: its head stays.
    const domain::ClusterYear& second = (*thisYear)[1];
    QComboBox* secondHead = dialog->headBox(1);
    QComboBox* secondDeputy = dialog->deputyBox(1);
    secondHead->setCurrentIndex(secondHead->findData(second.head()));
    secondDeputy->setCurrentIndex(secondDeputy->findData(second.deputy()));
    dialog->accept();

    auto nextYear = workspace->clusters().clusters(DemoYear + 1);
    ASSERT_TRUE(nextYear);
    ASSERT_EQ(nextYear->size(), thisYear->size());
    EXPECT_EQ(nextYear->front().head(), first.deputy());
    EXPECT_FALSE(nextYear->front().decision);
    EXPECT_EQ((*nextYear)[1].head(), second.head());
    EXPECT_EQ((*nextYear)[1].deputy(), second.deputy());
    // The window moved to the new year and lists its clusters.
    EXPECT_EQ(test::child<QComboBox>(*window, "yearComboBox")->currentText(),
              QString::number(DemoYear + 1));
    EXPECT_EQ(screen.clusters->model()->rowCount(), static_cast<int>(nextYear->size()));

    screen.page->undoStack()->undo();
    EXPECT_TRUE(workspace->clusters().clusters(DemoYear + 1)->empty());
    screen.page->undoStack()->redo();
    EXPECT_EQ(workspace->clusters().clusters(DemoYear + 1)->size(), thisYear->size());
}

TEST_F(GuiClustersEditing, CopyingAYearAlreadyCopiedIsRefusedInTheDialog) {
    auto proposal = workspace->clusters().proposeNextYear(DemoYear);
    ASSERT_TRUE(proposal && workspace->clusters().applyNextYear(*proposal));
    auto window = makeWindow();
    window->show();
    ClustersScreen screen(*window);
    ASSERT_TRUE(screen.ready());
    test::child<QComboBox>(*window, "yearComboBox")
        ->setCurrentText(QString::number(DemoYear)); // the copy did not move this window
    test::child<QPushButton>(*window, "copyToNextYearButton")->click();
    auto dialog = window->findChild<ui::NextYearDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(test::child<QLabel>(*dialog, "refusalLabel")->text().isEmpty());
    EXPECT_EQ(workspace->clusters().clusters(DemoYear + 1)->size(), proposal->clusters.size());
}

TEST_F(GuiClustersEditing, SavesTheCovenantAndExportsItToPdf) {
    auto window = makeWindow();
    window->show();
    ClustersScreen screen(*window);
    ASSERT_TRUE(screen.ready());
    const domain::ClusterYear cluster = screen.choose(screen.rowOfNumber(QStringLiteral("IV")));
    auto before = workspace->covenants().forCluster(cluster.cluster.id);
    ASSERT_TRUE(before && *before);
    test::child<QTabWidget>(*window, "clusterTabs")->setCurrentIndex(1);

    const QString place = QStringLiteral("Hội trường Vụ Hợp tác quốc tế");
    test::child<QLineEdit>(*window, "covenantPlaceEdit")->setText(place);
    test::child<QDateEdit>(*window, "covenantDateEdit")->setDate(QDate(DemoYear, 2, 5));
    auto targets = test::child<QPlainTextEdit>(*window, "covenantTargetsEdit");
    targets->setPlainText(targets->toPlainText() +
                          QStringLiteral("\nHoàn thành số hóa hồ sơ lưu trữ của cụm.\n"));
    test::child<QPushButton>(*window, "saveCovenantButton")->click();
    EXPECT_TRUE(screen.header->error().isEmpty()) << screen.header->error().toStdString();

    auto saved = workspace->covenants().forCluster(cluster.cluster.id);
    ASSERT_TRUE(saved && *saved);
    EXPECT_EQ((*saved)->place, place);
    EXPECT_EQ((*saved)->signedOn, QDate(DemoYear, 2, 5));
    ASSERT_EQ((*saved)->targets.size(), (*before)->targets.size() + 1);
    EXPECT_EQ((*saved)->targets.last(), QStringLiteral("Hoàn thành số hóa hồ sơ lưu trữ của cụm."));

    const QString pdf = scratch.filePath(QStringLiteral("giao-uoc.pdf"));
    ui::FileDialog::setNextFileName(pdf);
    test::child<QPushButton>(*window, "exportCovenantButton")->click();
    ASSERT_TRUE(QFileInfo::exists(pdf)) << screen.header->error().toStdString();
    const auto text = documents::testing::pdfText(pdf);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    EXPECT_TRUE(text.output.contains(QStringLiteral("GIAO ƯỚC THI ĐUA NĂM 2025")));
    EXPECT_TRUE(text.output.contains(QStringLiteral("CỤM THI ĐUA SỐ IV")));
    EXPECT_TRUE(text.output.contains(QStringLiteral("ngày 05 tháng 02 năm 2025")));
    EXPECT_TRUE(text.output.contains(QStringLiteral("Hoàn thành số hóa hồ sơ lưu trữ")));

    // Or a Word file to edit before signing.
    const QString docx = scratch.filePath(QStringLiteral("giao-uoc.docx"));
    ui::FileDialog::setNextFileName(docx);
    test::child<QPushButton>(*window, "exportCovenantButton")->click();
    QFile word(docx);
    ASSERT_TRUE(word.open(QIODevice::ReadOnly)) << screen.header->error().toStdString();
    EXPECT_EQ(word.read(2), "PK"); // a zip package

    // The same pages in the print preview.
    test::child<QPushButton>(*window, "printCovenantButton")->click();
    auto preview = window->findChild<QPrintPreviewDialog*>(QStringLiteral("documentPreview"));
    ASSERT_NE(preview, nullptr) << screen.header->error().toStdString();
    auto pages = preview->findChild<QPrintPreviewWidget*>();
    ASSERT_NE(pages, nullptr);
    EXPECT_GE(pages->pageCount(), 1);
    preview->close();

    EXPECT_EQ(screen.page->undoStack()->count(), 1);
    screen.page->undoStack()->undo();
    EXPECT_TRUE(screen.header->error().isEmpty()) << screen.header->error().toStdString();
    EXPECT_EQ((*workspace->covenants().forCluster(cluster.cluster.id))->place, (*before)->place);
}

TEST_F(GuiClustersEditing, ACovenantDatedOutsideItsYearIsRefused) {
    auto window = makeWindow();
    ClustersScreen screen(*window);
    ASSERT_TRUE(screen.ready());
    const domain::ClusterYear cluster = screen.choose(screen.rowOfNumber(QStringLiteral("I")));
    auto before = workspace->covenants().forCluster(cluster.cluster.id);
    ASSERT_TRUE(before && *before);
    test::child<QDateEdit>(*window, "covenantDateEdit")->setDate(QDate(DemoYear + 1, 1, 10));
    test::child<QPushButton>(*window, "saveCovenantButton")->click();
    EXPECT_TRUE(screen.header->error().contains(QStringLiteral("10/01/2026")))
        << screen.header->error().toStdString();
    EXPECT_EQ((*workspace->covenants().forCluster(cluster.cluster.id))->signedOn,
              (*before)->signedOn);
}
