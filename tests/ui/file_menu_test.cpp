#include "catalogue_service.h"
#include "file_dialog.h"
#include "gui_fixture.h"
#include "listing_service.h"
#include "message_box.h"
#include "recent_files_menu.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>

using namespace thidua;

namespace {

class GuiFileMenu : public test::GuiTest {
protected:
    void trigger(const ui::MainWindow& window, const char* action) {
        auto found = test::child<QAction>(window, action);
        ASSERT_NE(found, nullptr);
        found->trigger();
    }

    QString scratchFile(const QString& name) const { return scratch.filePath(name); }
};

} // namespace

TEST_F(GuiFileMenu, NewDatabaseCreatesAnEmptyOneAndWorksOnIt) {
    auto window = makeWindow();
    const QString path = scratchFile(QStringLiteral("fresh.sqlite"));
    ui::FileDialog::setNextFileName(path);
    trigger(*window, "newDatabaseAction");
    ASSERT_NE(session->workspace(), nullptr);
    EXPECT_EQ(QFileInfo(session->workspace()->path()).canonicalFilePath(),
              QFileInfo(path).canonicalFilePath());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("fresh.sqlite")));
    EXPECT_EQ(test::child<QLabel>(*window, "peopleCountLabel")->text(), QStringLiteral("0 people"));
    EXPECT_EQ(test::child<QComboBox>(*window, "yearComboBox")->count(), 0);
    ASSERT_FALSE(settings->recentFiles().isEmpty());
    EXPECT_EQ(QFileInfo(settings->recentFiles().front()).fileName(),
              QStringLiteral("fresh.sqlite"));
}

TEST_F(GuiFileMenu, NewDatabaseNeverReplacesAnExistingFile) {
    auto window = makeWindow();
    ui::FileDialog::setNextFileName(test::sharedDemoDatabase());
    ui::MessageBox::setNextAnswer(ui::MessageBox::Ok);
    trigger(*window, "newDatabaseAction");
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("already exists")));
    EXPECT_EQ(session->workspace(), workspace.get());
    EXPECT_GT(*workspace->listing().countPeople({}), 0);
}

TEST_F(GuiFileMenu, OpenWorksOnTheChosenDatabase) {
    const QString other = scratchFile(QStringLiteral("other.sqlite"));
    test::openWorkspace(other, clock); // creates it, empty
    auto window = makeWindow();
    ui::FileDialog::setNextFileName(other);
    trigger(*window, "openAction");
    ASSERT_NE(session->workspace(), workspace.get());
    EXPECT_EQ(*session->workspace()->listing().countPeople({}), 0);
    EXPECT_EQ(test::child<QLabel>(*window, "peopleCountLabel")->text(), QStringLiteral("0 people"));
    EXPECT_TRUE(test::child<QLabel>(*window, "databasePathLabel")
                    ->text()
                    .contains(QStringLiteral("other.sqlite")));
}

TEST_F(GuiFileMenu, OpenRecentDropsAFileThatNoLongerExists) {
    const QString missing = scratchFile(QStringLiteral("gone.sqlite"));
    const QString existing = test::sharedDemoDatabase();
    settings->setRecentFiles({missing, existing});
    auto window = makeWindow();
    auto menu = test::child<ui::RecentFilesMenu>(*window, "openRecentMenu");
    ASSERT_NE(menu, nullptr);
    Q_EMIT menu->aboutToShow();
    ASSERT_GE(menu->actions().size(), 2);
    EXPECT_TRUE(menu->actions().at(0)->text().contains(QStringLiteral("gone.sqlite")));

    ui::MessageBox::setNextAnswer(ui::MessageBox::Ok);
    menu->actions().at(0)->trigger();
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("gone.sqlite")));
    EXPECT_EQ(settings->recentFiles(), QStringList{existing});
    EXPECT_EQ(session->workspace(), workspace.get());
}

TEST_F(GuiFileMenu, OpenRecentKeepsAtMostEightFilesNewestFirst) {
    for (int i = 0; i < 10; ++i)
        settings->addRecentFile(scratchFile(QStringLiteral("db%1.sqlite").arg(i)));
    const QStringList files = settings->recentFiles();
    ASSERT_EQ(files.size(), ui::Settings::MaxRecentFiles);
    EXPECT_TRUE(files.front().endsWith(QStringLiteral("db9.sqlite")));
    settings->addRecentFile(scratchFile(QStringLiteral("db5.sqlite")));
    EXPECT_TRUE(settings->recentFiles().front().endsWith(QStringLiteral("db5.sqlite")));
    EXPECT_EQ(settings->recentFiles().size(), ui::Settings::MaxRecentFiles);
}

TEST_F(GuiFileMenu, BackUpWritesACopyThatOpens) {
    auto window = makeWindow();
    const QString copy = scratchFile(QStringLiteral("backup.sqlite"));
    ui::FileDialog::setNextFileName(copy);
    trigger(*window, "backupAction");
    ASSERT_TRUE(QFileInfo::exists(copy));
    auto restored = test::openWorkspace(copy, clock);
    EXPECT_EQ(*restored->listing().countPeople({}), *workspace->listing().countPeople({}));
}
