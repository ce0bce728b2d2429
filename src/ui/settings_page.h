#pragma once

#include <QWidget>

#include <memory>

namespace thidua::ui {

namespace Ui {
class SettingsPage;
}

class Settings;

// Cài đặt: preferences of this installation. The language switches at once.
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    // settings must outlive the page.
    explicit SettingsPage(Settings& settings, QWidget* parent = nullptr);
    ~SettingsPage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::SettingsPage> ui_;
    Settings& settings_;
};

} // namespace thidua::ui
