#include "gui_fixture.h"
#include "language.h"
#include "message_box.h"
#include "overview_service.h"
#include "page_header.h"
#include "work_areas.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

using namespace thidua;

namespace {

class GuiMainWindow : public test::GuiTest {};

QString currentPageName(const ui::MainWindow& window) {
    auto stack = test::child<QStackedWidget>(window, "pagesStackedWidget");
    return stack && stack->currentWidget() ? stack->currentWidget()->objectName() : QString();
}

} // namespace

TEST_F(GuiMainWindow, EveryNavigationEntryOpensItsPage) {
    auto window = makeWindow();
    window->show();
    auto navigation = test::child<QListWidget>(*window, "navigationList");
    ASSERT_NE(navigation, nullptr);
    const auto areas = ui::workAreas();
    ASSERT_EQ(navigation->count(), static_cast<int>(areas.size()));
    EXPECT_EQ(currentPageName(*window), QStringLiteral("overviewPage"));

    // By keyboard, the way a clerk moves through the list.
    navigation->setFocus();
    for (std::size_t i = 0; i < areas.size(); ++i) {
        if (i > 0)
            QTest::keyClick(navigation, Qt::Key_Down);
        EXPECT_EQ(currentPageName(*window), ui::pageObjectName(areas[i]));
        EXPECT_EQ(window->currentArea(), areas[i].area);
        EXPECT_FALSE(navigation->item(static_cast<int>(i))->icon().pixmap(16, 16).isNull());
    }
}

TEST_F(GuiMainWindow, RemembersGeometryAndTheLastPage) {
    {
        auto window = makeWindow();
        window->show();
        window->resize(1024, 700);
        window->showArea(ui::Area::Registrations);
        window->close();
    }
    settings = reopenSettings();
    auto window = makeWindow();
    window->show();
    EXPECT_EQ(window->size(), QSize(1024, 700));
    EXPECT_EQ(window->currentArea(), ui::Area::Registrations);
    EXPECT_EQ(currentPageName(*window), QStringLiteral("registrationsPage"));
}

TEST_F(GuiMainWindow, YearSelectorListsTheYearsNewestFirst) {
    auto window = makeWindow();
    auto years = workspace->overview().years();
    ASSERT_TRUE(years && !years->empty());
    auto combo = test::child<QComboBox>(*window, "yearComboBox");
    ASSERT_NE(combo, nullptr);
    ASSERT_EQ(combo->count(), static_cast<int>(years->size()));
    for (int i = 0; i < combo->count(); ++i)
        EXPECT_EQ(combo->itemText(i), QString::number((*years)[static_cast<std::size_t>(i)]));
    EXPECT_EQ(combo->currentIndex(), 0);
    EXPECT_GT(combo->itemText(0).toInt(), combo->itemText(combo->count() - 1).toInt());
}

TEST_F(GuiMainWindow, StatusBarNamesTheOpenDatabase) {
    auto window = makeWindow();
    auto label = test::child<QLabel>(*window, "databasePathLabel");
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QDir::toNativeSeparators(workspace->path())));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("demo.sqlite")));
}

TEST_F(GuiMainWindow, AboutNamesVersionLicenceAndQt) {
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    auto window = makeWindow();
    auto about = test::child<QAction>(*window, "aboutAction");
    ASSERT_NE(about, nullptr);
    EXPECT_EQ(about->shortcut(), QKeySequence(QKeySequence::HelpContents));
    ui::MessageBox::setNextAnswer(ui::MessageBox::Ok);
    about->trigger();
    const QString text = ui::MessageBox::lastText();
    EXPECT_TRUE(text.contains(QStringLiteral("9.8.7"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("GPL-3.0-or-later"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion()))) << text.toStdString();
}

TEST_F(GuiMainWindow, FileActionsHaveTheirShortcuts) {
    auto window = makeWindow();
    EXPECT_EQ(test::child<QAction>(*window, "newDatabaseAction")->shortcut(),
              QKeySequence(QKeySequence::New));
    EXPECT_EQ(test::child<QAction>(*window, "openAction")->shortcut(),
              QKeySequence(QKeySequence::Open));
    EXPECT_EQ(test::child<QAction>(*window, "quitAction")->shortcut(),
              QKeySequence(Qt::CTRL | Qt::Key_Q));
    EXPECT_FALSE(test::child<QAction>(*window, "backupAction")->shortcut().isEmpty());
}

TEST_F(GuiMainWindow, SwitchesToVietnameseAtOnceAndRemembersIt) {
    auto window = makeWindow();
    window->showArea(ui::Area::Settings);
    auto language = test::child<QComboBox>(*window, "languageComboBox");
    auto navigation = test::child<QListWidget>(*window, "navigationList");
    ASSERT_TRUE(language && navigation);
    // Widgets hear of the new language through posted LanguageChange events.
    const auto choose = [&](const char* code) {
        language->setCurrentIndex(language->findData(QString::fromLatin1(code)));
        QCoreApplication::processEvents();
    };
    choose("en");
    EXPECT_EQ(navigation->item(0)->text(), QStringLiteral("Overview"));

    choose("vi");
    EXPECT_EQ(navigation->item(0)->text(), QStringLiteral("Tổng quan"));
    EXPECT_EQ(navigation->item(1)->text(), QStringLiteral("Đơn vị & cán bộ"));
    EXPECT_EQ(test::child<QAction>(*window, "openAction")->text(), QStringLiteral("&Mở…"));
    auto overview = test::child<QWidget>(*window, "overviewPage");
    EXPECT_EQ(test::child<ui::PageHeader>(*overview, "pageHeader")->title(),
              QStringLiteral("Tổng quan"));
    EXPECT_EQ(test::child<QLabel>(*window, "peopleCountLabel")->text().section(QLatin1Char(' '), 1),
              QStringLiteral("người"));
    EXPECT_EQ(reopenSettings()->language(), ui::Language::Vietnamese);

    choose("en");
    EXPECT_EQ(navigation->item(0)->text(), QStringLiteral("Overview"));
    EXPECT_EQ(reopenSettings()->language(), ui::Language::English);
}
