#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QTimer;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

namespace Ui {
class PeoplePage;
}

class PeopleModel;

// Đơn vị & cán bộ: the people list with search as you type, and the way in
// to importing units and people from a file.
class PeoplePage : public QWidget {
    Q_OBJECT

public:
    // How long typing must pause before the list is searched again.
    static constexpr int SearchDelayMs = 200;

    explicit PeoplePage(QWidget* parent = nullptr);
    ~PeoplePage() override;

    // The workspace must outlive the page or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    // The main window's "Import from File…", offered here too, where the
    // lists it fills are.
    void setImportAction(QAction* action);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showCount();
    void transferSelected();
    void reorganiseUnits();
    void enableActions();

    std::unique_ptr<Ui::PeoplePage> ui_;
    services::Workspace* workspace_ = nullptr;
    PeopleModel* model_;
    QTimer* searchTimer_;
};

} // namespace thidua::ui
