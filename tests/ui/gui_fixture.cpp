#include "gui_fixture.h"

#include "demo_service.h"
#include "file_dialog.h"
#include "language.h"
#include "maintenance_service.h"
#include "message_box.h"

#include <QSettings>
#include <QTest>

namespace thidua::test {

namespace {

// Code that reads the user's own settings (installTranslations, screenshots)
// reads a throw-away INI folder instead of ~/.config during the tests.
class IsolatedUserSettings : public ::testing::Environment {
public:
    void SetUp() override {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder_.path());
    }

private:
    QTemporaryDir folder_;
};

[[maybe_unused]] const auto* const isolatedSettings =
    ::testing::AddGlobalTestEnvironment(new IsolatedUserSettings);

} // namespace

QString sharedDemoDatabase() {
    static const auto folder = std::make_unique<QTemporaryDir>();
    static const QString path = [] {
        const QString file = folder->filePath(QStringLiteral("demo.sqlite"));
        const FakeClock clock;
        auto workspace = openWorkspace(file, clock);
        auto generated = workspace->demo().generate({services::DemoScale::Small, 1});
        if (!generated)
            throw std::runtime_error(generated.error().message.toStdString());
        return file;
    }();
    return path;
}

std::unique_ptr<services::Workspace> openWorkspace(const QString& path,
                                                   const domain::Clock& clock) {
    auto workspace = services::Workspace::open(path, clock, QStringLiteral("gui-test"));
    if (!workspace)
        throw std::runtime_error(workspace.error().message.toStdString());
    return std::move(*workspace);
}

void GuiTest::SetUp() {
    ASSERT_TRUE(scratch.isValid());
    workspace = openWorkspace(sharedDemoDatabase(), clock);
    session = std::make_unique<ui::Session>(clock);
    session->borrow(*workspace);
    settings = std::make_unique<ui::Settings>(scratch.filePath(QStringLiteral("settings.ini")));
}

void GuiTest::TearDown() {
    ui::MessageBox::setNextAnswer(ui::MessageBox::NoButton);
    ui::FileDialog::setNextFileName({});
}

void EditableGuiTest::SetUp() {
    GuiTest::SetUp();
    const QString path = scratch.filePath(QStringLiteral("editable.sqlite"));
    auto copied = workspace->maintenance().backup(path);
    ASSERT_TRUE(copied) << copied.error().message.toStdString();
    auto copy = openWorkspace(path, clock);
    // The session lets go of the shared database before it is closed.
    session->borrow(*copy);
    workspace = std::move(copy);
}

void VietnameseGuiTest::SetUp() {
    EditableGuiTest::SetUp();
    ui::applyLanguage(ui::Language::Vietnamese);
}

void VietnameseGuiTest::TearDown() {
    ui::applyLanguage(ui::Language::English);
    EditableGuiTest::TearDown();
}

std::unique_ptr<ui::MainWindow> GuiTest::makeWindow() {
    return std::make_unique<ui::MainWindow>(*session, *settings);
}

std::unique_ptr<ui::Settings> GuiTest::reopenSettings() const {
    return std::make_unique<ui::Settings>(scratch.filePath(QStringLiteral("settings.ini")));
}

bool waitUntilLoaded(const ui::PeopleModel& model) {
    const bool loaded = QTest::qWaitFor([&model] { return !model.isLoading(); }, 5000);
    EXPECT_TRUE(loaded) << "the people list did not load";
    return loaded;
}

void saveSnapshot(QWidget& widget, const QString& name) {
    const QString folder = qEnvironmentVariable("THIDUA_GUI_SNAPSHOTS");
    if (folder.isEmpty())
        return;
    // As the user sees it once the layout has followed the last change.
    QTest::qWait(50);
    widget.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void typeText(QWidget* widget, const QString& text) {
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, static_cast<char>(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace thidua::test
