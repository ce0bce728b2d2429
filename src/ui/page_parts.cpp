#include "page_parts.h"

#include "message_box.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace thidua::ui {

QTableView* listView(QWidget* parent, const QString& objectName) {
    auto view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QAction* viewShortcut(QWidget* view, const QKeySequence& key) {
    auto action = new QAction(view);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    return action;
}

void selectQuietly(QTableView* view, int row) {
    if (row < 0 && view->model()->rowCount() > 0)
        row = 0;
    {
        const QSignalBlocker blocker(view->selectionModel());
        if (row >= 0)
            view->selectRow(row);
        else
            view->setCurrentIndex({});
    }
    view->viewport()->update();
}

void connectUndoButtons(QWidget* page, QUndoStack* stack, QPushButton* undo, QPushButton* redo) {
    auto undoAction = stack->createUndoAction(page);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto redoAction = stack->createRedoAction(page);
    // Ctrl+Y as on Windows and in office programs, besides the desktop's own.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y); !redoKeys.contains(ctrlY))
        redoKeys << ctrlY;
    redoAction->setShortcuts(redoKeys);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addActions({undoAction, redoAction});
    QObject::connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    QObject::connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    QObject::connect(stack, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    QObject::connect(stack, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    QObject::connect(stack, &QUndoStack::undoTextChanged, undo, &QWidget::setToolTip);
    QObject::connect(stack, &QUndoStack::redoTextChanged, redo, &QWidget::setToolTip);
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
}

QSplitter* layOutListAndRecord(QWidget* page, QWidget* header, std::initializer_list<QLayout*> rows,
                               QWidget* list, QWidget* record, int listShare, int recordShare) {
    auto splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(record);
    splitter->setStretchFactor(0, listShare);
    splitter->setStretchFactor(1, recordShare);
    auto layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(header);
    for (QLayout* row : rows)
        layout->addLayout(row);
    layout->addWidget(splitter, 1);
    return splitter;
}

bool askYesNo(QWidget* parent, const QString& title, const QString& question) {
    return MessageBox::question(parent, title, question, MessageBox::Yes | MessageBox::No,
                                MessageBox::No) == MessageBox::Yes;
}

QMenu* actionMenu(QWidget* owner, std::initializer_list<const char*> names,
                  std::function<void(int index)> chosen) {
    auto menu = new QMenu(owner);
    int index = 0;
    for (const char* name : names) {
        QAction* action = menu->addAction(QString());
        action->setObjectName(QLatin1String(name));
        QObject::connect(action, &QAction::triggered, owner,
                         [chosen, at = index++] { chosen(at); });
    }
    return menu;
}

} // namespace thidua::ui
