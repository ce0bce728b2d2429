#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QTimer;
class QUndoStack;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

namespace Ui {
class PeoplePage;
}

class PeopleModel;
class UnitSteps;

// Đơn vị & cán bộ: the organisation tree, which units can be added to and
// edited in (undoably), beside the people of the chosen unit with search as
// you type; transfers, renames and mergers; the way in to importing.
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
    void connectActions();
    void retranslate();
    void showCount();
    void addUnit();
    void editUnit();
    void transferSelected();
    void reorganiseUnits();
    void enableActions();

    std::unique_ptr<Ui::PeoplePage> ui_;
    services::Workspace* workspace_ = nullptr;
    PeopleModel* model_;
    QTimer* searchTimer_;
    QUndoStack* undoStack_;
    std::unique_ptr<UnitSteps> unitSteps_;
};

} // namespace thidua::ui
