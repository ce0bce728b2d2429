#pragma once

#include <functional>
#include <initializer_list>

class QAction;
class QKeySequence;
class QLayout;
class QMenu;
class QPushButton;
class QSplitter;
class QString;
class QTableView;
class QUndoStack;
class QWidget;

// Pieces the pages with a list and undoable steps share (clusters,
// movements, registrations), so that they look and answer keys alike.
namespace thidua::ui {

// A read-only list of whole rows, one chosen at a time.
QTableView* listView(QWidget* parent, const QString& objectName);

// A page's layout: the header, its rows of controls, then the list above the
// chosen record, split listShare : recordShare and never collapsed.
QSplitter* layOutListAndRecord(QWidget* page, QWidget* header, std::initializer_list<QLayout*> rows,
                               QWidget* list, QWidget* record, int listShare, int recordShare);

// A key that works while the view has the focus (F2 edits, Delete removes).
QAction* viewShortcut(QWidget* view, const QKeySequence& key);

// Makes the row current without announcing it, so that a reload shows the
// chosen row once, whether it moved or not. -1 (the row is gone): the first
// row, or none in an empty list.
void selectQuietly(QTableView* view, int row);

// Ctrl+Z and Ctrl+Y anywhere on the page (or dialog), and the two buttons: enabled while
// there is a step to take, their tooltips naming it.
void connectUndoButtons(QWidget* page, QUndoStack* stack, QPushButton* undo, QPushButton* redo);

// A menu of one action per name (objectName; the texts are the page's to
// set), choosing calls chosen(its index): a page's print or export menu.
QMenu* actionMenu(QWidget* owner, std::initializer_list<const char*> names,
                  std::function<void(int index)> chosen);

// A Yes/No question with No as the default; true for Yes.
bool askYesNo(QWidget* parent, const QString& title, const QString& question);

} // namespace thidua::ui
