#pragma once

#include <QMenu>

namespace thidua::ui {

class Settings;

// File > Open Recent: rebuilt from the settings each time it opens, so it
// always shows what the settings hold.
class RecentFilesMenu : public QMenu {
    Q_OBJECT

public:
    // settings must outlive the menu.
    explicit RecentFilesMenu(Settings& settings, QWidget* parent = nullptr);

Q_SIGNALS:
    void fileChosen(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    Settings& settings_;
};

} // namespace thidua::ui
