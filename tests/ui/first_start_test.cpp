#include "catalogue_service.h"
#include "fake_clock.h"
#include "first_start.h"
#include "gui_fixture.h"
#include "listing_service.h"
#include "message_box.h"
#include "overview_service.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace thidua;

namespace {

class GuiFirstStart : public ::testing::Test {
protected:
    QString newPath() const { return folder.filePath(QStringLiteral("first.sqlite")); }

    test::FakeClock clock;
    QTemporaryDir folder;
};

} // namespace

TEST_F(GuiFirstStart, DemoDataAnswerFillsTheNewDatabase) {
    ui::MessageBox::setNextAnswer(ui::MessageBox::DemoData);
    auto workspace = ui::openWithFirstStart(nullptr, newPath(), clock);
    ASSERT_TRUE(workspace) << workspace.error().message.toStdString();
    EXPECT_TRUE(ui::MessageBox::lastText().contains(newPath()));
    EXPECT_GT(*(*workspace)->listing().countPeople({}), 1000);
    auto years = (*workspace)->overview().years();
    ASSERT_TRUE(years);
    EXPECT_FALSE(years->empty());
}

TEST_F(GuiFirstStart, EmptyDatabaseAnswerCreatesAnEmptyOne) {
    ui::MessageBox::setNextAnswer(ui::MessageBox::EmptyDatabase);
    auto workspace = ui::openWithFirstStart(nullptr, newPath(), clock);
    ASSERT_TRUE(workspace) << workspace.error().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(newPath()));
    EXPECT_EQ(*(*workspace)->listing().countPeople({}), 0);
}

TEST_F(GuiFirstStart, CancelOpensAndCreatesNothing) {
    ui::MessageBox::setNextAnswer(ui::MessageBox::Cancel);
    auto workspace = ui::openWithFirstStart(nullptr, newPath(), clock);
    ASSERT_FALSE(workspace);
    EXPECT_EQ(workspace.error().code, ErrorCode::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(newPath()));
}

TEST_F(GuiFirstStart, AnExistingDatabaseOpensWithoutAsking) {
    // Leaves a known last message; a question would replace it.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Ok);
    ui::MessageBox::information(nullptr, {}, QStringLiteral("sentinel"));
    auto workspace = ui::openWithFirstStart(nullptr, test::sharedDemoDatabase(), clock);
    ASSERT_TRUE(workspace) << workspace.error().message.toStdString();
    EXPECT_EQ(ui::MessageBox::lastText(), QStringLiteral("sentinel"));
    EXPECT_GT(*(*workspace)->listing().countPeople({}), 0);
}
