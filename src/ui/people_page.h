#pragma once

#include "ids.h"

#include <QWidget>

#include <memory>

class QAction;
class QDialog;
class QTimer;
class QUndoStack;

namespace thidua::services {
class Workspace;
struct ListedPerson;
} // namespace thidua::services

namespace thidua::ui {

namespace Ui {
class PeoplePage;
}

class PeopleModel;
class CatalogueSteps;

// Đơn vị & cán bộ: the organisation tree, where units are added and edited
// (undoably), beside the people of the chosen unit with search as you type,
// added and edited there too; grades and discipline, transfers, renames and
// mergers; the way in to importing.
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
    void unitConduct();
    void addPerson();
    void editPerson();
    // Through the page's undo steps; personId NoId adds one in unitId.
    void editPersonWith(domain::RowId personId, domain::RowId unitId);
    void personConduct();
    // The person of the list's current row; nullptr when none is chosen.
    const services::ListedPerson* selectedPerson() const;
    // Opens a dialog without blocking: the lists keep loading behind it.
    void openDialog(QDialog* dialog);
    void transferSelected();
    void reorganiseUnits();
    void enableActions();

    std::unique_ptr<Ui::PeoplePage> ui_;
    services::Workspace* workspace_ = nullptr;
    PeopleModel* model_;
    QTimer* searchTimer_;
    QUndoStack* undoStack_;
    std::unique_ptr<CatalogueSteps> steps_;
};

} // namespace thidua::ui
