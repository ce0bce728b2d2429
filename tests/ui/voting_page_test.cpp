#include "database.h"
#include "file_dialog.h"
#include "gui_fixture.h"
#include "nomination_service.h"
#include "page_header.h"
#include "poppler.h"
#include "vote_tally_model.h"
#include "voting_page.h"
#include "voting_service.h"
#include "year_combo_box.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace thidua;

namespace {

using Tally = ui::VoteTallyModel;

class GuiVotingPage : public test::EditableGuiTest {
protected:
    void SetUp() override {
        EditableGuiTest::SetUp();
        window = makeWindow();
        window->show();
        window->showArea(ui::Area::Voting);
        page = test::child<ui::VotingPage>(*window, "votingPage");
        ASSERT_NE(page, nullptr);
        view = test::child<QTableView>(*page, "tallyView");
        clusters = test::child<QComboBox>(*page, "clusterComboBox");
        ASSERT_TRUE(view && clusters);
        // The first cluster of the year without a session of its own.
        for (int row = 0; row < clusters->count() && clusterId == domain::NoId; ++row) {
            const auto id = clusters->itemData(row).value<domain::RowId>();
            if (auto session = workspace->voting().forCluster(id); session && !*session) {
                clusters->setCurrentIndex(row);
                clusterId = id;
            }
        }
        ASSERT_NE(clusterId, domain::NoId);
    }

    QPushButton* button(const char* name) { return test::child<QPushButton>(*page, name); }

    // Types the text into the current cell and presses Enter, as a clerk
    // does: the first key opens the cell's editor, which takes the rest.
    void typeInCell(const QString& text) {
        view->setFocus();
        test::typeText(view, text.left(1));
        // The window's focus, which offscreen it keeps without being active.
        test::typeText(window->focusWidget(), text.mid(1));
        QTest::keyClick(window->focusWidget(), Qt::Key_Return);
        // The delegate commits the cell and closes its editor by a queued call.
        QCoreApplication::processEvents();
    }

    domain::BallotSession stored() {
        auto session = workspace->voting().forCluster(clusterId);
        EXPECT_TRUE(session && *session);
        return session && *session ? **session : domain::BallotSession{};
    }

    QString cell(int row, int column) {
        return view->model()->index(row, column).data().toString();
    }

    std::unique_ptr<ui::MainWindow> window;
    ui::VotingPage* page = nullptr;
    QTableView* view = nullptr;
    QComboBox* clusters = nullptr;
    domain::RowId clusterId = domain::NoId;
};

} // namespace

TEST_F(GuiVotingPage, TheTallyGridIsTypedWithTheShareOfAllMembersAndTheResultLive) {
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    test::child<QSpinBox>(*page, "membersSpinBox")->setValue(12);
    test::child<QSpinBox>(*page, "presentSpinBox")->setValue(11);
    test::child<QSpinBox>(*page, "writtenSpinBox")->setValue(1);
    auto quorum = test::child<QLabel>(*page, "quorumLabel");
    EXPECT_TRUE(quorum->text().startsWith(QStringLiteral("11 of 12 members present (91,67 %)")))
        << quorum->text().toStdString();
    QTest::mouseClick(button("saveSessionButton"), Qt::LeftButton);
    EXPECT_EQ(stored().members, 12);

    auto candidates = test::child<QComboBox>(*page, "candidateComboBox");
    auto titles = test::child<QComboBox>(*page, "titleComboBox");
    ASSERT_GE(candidates->count(), 2);
    titles->setCurrentIndex(titles->findData(QStringLiteral("CTDBO")));
    for (int candidate : {0, 1}) {
        candidates->setCurrentIndex(candidate);
        QTest::mouseClick(button("addBallotButton"), Qt::LeftButton);
    }
    ASSERT_EQ(view->model()->rowCount(), 2);

    // Column by column, Enter going down the rows.
    for (int column : {Tally::IssuedColumn, Tally::ReturnedColumn, Tally::ValidColumn}) {
        view->setCurrentIndex(view->model()->index(0, column));
        typeInCell(QStringLiteral("11"));
        EXPECT_EQ(view->currentIndex().row(), 1);
        typeInCell(QStringLiteral("11"));
    }
    view->setCurrentIndex(view->model()->index(0, Tally::YesColumn));
    typeInCell(QStringLiteral("10"));
    typeInCell(QStringLiteral("9"));

    // 10 of the 12 members, absent ones included, pass 80 %; 9 (75 %) do not.
    EXPECT_EQ(cell(0, Tally::PercentColumn), QStringLiteral("83,33 %"));
    EXPECT_EQ(cell(0, Tally::ResultColumn), Tally::tr("Passed"));
    EXPECT_EQ(cell(1, Tally::PercentColumn), QStringLiteral("75 %"));
    EXPECT_EQ(cell(1, Tally::ResultColumn), Tally::tr("Not passed"));
    const domain::BallotSession session = stored();
    ASSERT_EQ(session.ballots.size(), 2u);
    EXPECT_EQ(session.ballots[0].yes, 10);
    EXPECT_EQ(session.ballots[1].yes, 9);
    auto proposals = workspace->voting().proposals(clusterId);
    ASSERT_TRUE(proposals);
    ASSERT_EQ(proposals->size(), 1u);
    EXPECT_EQ(proposals->front().ballot.unitId, session.ballots[0].unitId);

    // More yes votes than valid ballots: refused with the candidate named.
    view->setCurrentIndex(view->model()->index(0, Tally::YesColumn));
    typeInCell(QStringLiteral("12"));
    auto header = page->findChild<ui::PageHeader*>();
    EXPECT_TRUE(header->error().contains(QStringLiteral("12 yes votes is more than the 11 valid")))
        << header->error().toStdString();
    EXPECT_EQ(stored().ballots[0].yes, 10);
    EXPECT_EQ(cell(0, Tally::YesColumn), QStringLiteral("10"));

    // The failed candidate gets a second round; undo takes it away again.
    view->setCurrentIndex(view->model()->index(1, Tally::CandidateColumn));
    QTest::mouseClick(button("secondRoundButton"), Qt::LeftButton);
    ASSERT_EQ(stored().ballots.size(), 3u);
    EXPECT_EQ(cell(2, Tally::RoundColumn), QStringLiteral("2"));
    page->undoStack()->undo();
    EXPECT_EQ(stored().ballots.size(), 2u);
    EXPECT_EQ(view->model()->rowCount(), 2);
    page->undoStack()->undo(); // the 9 yes votes
    EXPECT_EQ(stored().ballots[1].yes, 0);
    EXPECT_EQ(cell(1, Tally::YesColumn), QStringLiteral("0"));
}

// Read-only: the shared demo holds the vote of cluster II in 2018, which the
// page chooses by itself for that year.
class GuiVotingOutput : public test::GuiTest {};

TEST_F(GuiVotingOutput, TheDemosVoteOf2018IsShownAndItsMinutesExported) {
    auto window = makeWindow();
    window->show();
    window->showArea(ui::Area::Voting);
    test::child<ui::YearComboBox>(*window, "yearComboBox")->selectYear(2018);
    auto page = test::child<ui::VotingPage>(*window, "votingPage");
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(test::child<QComboBox>(*page, "clusterComboBox")
                    ->currentText()
                    .startsWith(QStringLiteral("Cụm thi đua số II")));
    auto view = test::child<QTableView>(*page, "tallyView");
    // Four units for the sector's flag and one short of it; four for the Government's.
    ASSERT_EQ(view->model()->rowCount(), 9);
    int passed = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        passed += view->model()->index(row, Tally::ResultColumn).data() == Tally::tr("Passed");
    EXPECT_EQ(passed, 6);

    const QString pdf = scratch.filePath(QStringLiteral("bien-ban.pdf"));
    ui::FileDialog::setNextFileName(pdf);
    page->findChild<QAction*>(QStringLiteral("exportMinutesAction"))->trigger();
    const auto text = documents::testing::pdfText(pdf);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    EXPECT_TRUE(text.output.simplified().contains(
        QStringLiteral("Đề nghị tặng Cờ thi đua của Chính phủ cho 02 đơn vị:")));
    EXPECT_TRUE(
        test::child<QLabel>(*page, "outputLabel")->text().contains(QStringLiteral("bien-ban.pdf")));
}

// The demo's cluster II of 2018 with its flag nominations taken back, as if
// the vote had just been counted.
class GuiVotingFlags : public test::EditableGuiTest {};

TEST_F(GuiVotingFlags, TheFlagButtonProposesTheCarriedUnitsWithTheirMinutesAttached) {
    {
        auto db = storage::Database::open(workspace->path());
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->execute("DELETE FROM nomination WHERE year = 2018"));
    }
    auto window = makeWindow();
    window->show();
    window->showArea(ui::Area::Voting);
    test::child<ui::YearComboBox>(*window, "yearComboBox")->selectYear(2018);
    auto page = test::child<ui::VotingPage>(*window, "votingPage");
    ASSERT_NE(page, nullptr);
    auto button = test::child<QPushButton>(*page, "proposeFlagsButton");
    ASSERT_TRUE(button->isEnabled());
    button->click();
    EXPECT_TRUE(test::child<QLabel>(*page, "outputLabel")->text().contains(QStringLiteral("6")));
    domain::NominationFilter filter;
    filter.year = 2018;
    auto nominations = workspace->nominations().list(filter);
    ASSERT_TRUE(nominations);
    ASSERT_EQ(nominations->size(), 6u);
    auto dossier = workspace->nominations().dossier(nominations->front().nominationId);
    ASSERT_TRUE(dossier);
    EXPECT_TRUE(std::ranges::any_of(dossier->files, [](const domain::DossierFile& file) {
        return file.paper == domain::DossierPaper::Minutes;
    }));
}
