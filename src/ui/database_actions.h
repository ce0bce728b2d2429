#pragma once

#include <QObject>

class QWidget;

namespace thidua::ui {

class Session;
class Settings;

// What the File menu does to databases: create, open, reopen a recent one,
// back up. Errors are shown to the user here, at the UI boundary.
class DatabaseActions : public QObject {
    Q_OBJECT

public:
    // session and settings must outlive this object; window parents the dialogs.
    DatabaseActions(Session& session, Settings& settings, QWidget* window);

    void newDatabase();
    void openDatabase();
    void openRecent(const QString& path);
    void backUp();
    // Makes the database at path current and remembers it in Open Recent.
    bool open(const QString& path);

Q_SIGNALS:
    // A short confirmation for the status bar.
    void statusMessage(const QString& message);

private:
    QString databaseFilter() const;

    Session& session_;
    Settings& settings_;
    QWidget* window_;
};

} // namespace thidua::ui
