#pragma once

#include "fake_clock.h"
#include "main_window.h"
#include "people_model.h"
#include "qt_printers.h"
#include "session.h"
#include "settings.h"
#include "workspace.h"

#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

namespace thidua::test {

// A small demo database (seed 1) written once for the whole suite. Tests open
// their own workspace on it and must not change it.
QString sharedDemoDatabase();

// Opens a workspace on path or fails the test.
std::unique_ptr<services::Workspace> openWorkspace(const QString& path, const domain::Clock& clock);

// A workspace on the shared demo database, a session borrowing it and settings
// in a temporary INI file: everything a main window needs.
class GuiTest : public ::testing::Test {
protected:
    void SetUp() override;
    // An answer a test prepared but no dialog used must not leak into the next test.
    void TearDown() override;

    std::unique_ptr<ui::MainWindow> makeWindow();
    // A second settings object on the same file, as the next start would see it.
    std::unique_ptr<ui::Settings> reopenSettings() const;

    FakeClock clock;
    QTemporaryDir scratch;
    std::unique_ptr<services::Workspace> workspace;
    std::unique_ptr<ui::Session> session;
    std::unique_ptr<ui::Settings> settings;
};

// GuiTest on a copy of the demo database made for the test, which it may change.
class EditableGuiTest : public GuiTest {
protected:
    void SetUp() override;
};

// EditableGuiTest in Vietnamese, as a clerk sees it; English again after.
class VietnameseGuiTest : public EditableGuiTest {
protected:
    void SetUp() override;
    void TearDown() override;
};

// Waits until the model has shown the answer to its latest request; false
// (and a failed test) when it takes longer than a few seconds.
bool waitUntilLoaded(const ui::PeopleModel& model);

// With THIDUA_GUI_SNAPSHOTS set to a folder, saves the widget there as
// name.png, to look at.
void saveSnapshot(QWidget& widget, const QString& name);

// Types text into widget key by key. QTest::keyClicks knows ASCII only; a
// Vietnamese letter is sent as the key event an input method delivers, with
// the letter as its text.
void typeText(QWidget* widget, const QString& text);

// The child named name, failing the test when there is none.
template <typename T>
T* child(const QObject& parent, const char* name) {
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << "no " << name;
    return found;
}

} // namespace thidua::test
