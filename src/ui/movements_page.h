#pragma once

#include "change_subscription.h"
#include "movement.h"
#include "period.h"
#include "result.h"
#include "unit_catalogue.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class MovementListModel;
class PageHeader;
struct ListedMovement;

// Phong trào thi đua: the movements running in the chosen year, regular and
// thematic, with their period, who launched them, the units taking part and
// the year's 6-month and year-end reviews; the chosen one in full below.
// Creating, changing and deleting are undoable steps (Ctrl+Z).
class MovementsPage : public QWidget {
    Q_OBJECT

public:
    explicit MovementsPage(QWidget* parent = nullptr);
    ~MovementsPage() override;

    // The workspace must outlive the page or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    void setYear(int year);
    QUndoStack* undoStack() const { return undoStack_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadUnits();
    void reload();
    void showSelected();
    std::optional<ListedMovement> selected() const;
    void select(const QString& uuid);

    void newMovement();
    void editMovement();
    void deleteMovement();
    void openDialog(const domain::Movement& movement, const domain::Period& period);
    // Writes `after` (nullopt: deletes) and pushes the step that undoes it.
    Status save(const QString& text, std::optional<domain::Movement> before,
                std::optional<domain::Movement> after, const domain::Period& period);

    services::Workspace* workspace_ = nullptr;
    ChangeSubscription subscription_;
    UnitCatalogue units_;
    int year_ = 0;

    PageHeader* header_;
    QPushButton* newButton_;
    QPushButton* editButton_;
    QPushButton* deleteButton_;
    QPushButton* undoButton_;
    QPushButton* redoButton_;
    QTableView* view_;
    MovementListModel* model_;
    QTextBrowser* details_;
    QUndoStack* undoStack_;
};

} // namespace thidua::ui
