#pragma once

#include "change_subscription.h"

#include <QComboBox>

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

// The emulation year the work areas show, newest first. Reloads its years when
// the data set is replaced (demo data, an import).
class YearComboBox : public QComboBox {
    Q_OBJECT

public:
    explicit YearComboBox(QWidget* parent = nullptr);

    // The workspace must outlive the box or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    // 0 when the database has no emulation year.
    int year() const;
    // Shows that year when the box lists it.
    void selectYear(int year);

Q_SIGNALS:
    void yearChanged(int year);
    // The years could not be read; the message is for the user.
    void loadFailed(const QString& message);

private:
    void reload();

    services::Workspace* workspace_ = nullptr;
    ChangeSubscription subscription_;
};

} // namespace thidua::ui
