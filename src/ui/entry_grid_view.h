#pragma once

#include <QTableView>

namespace thidua::ui {

// A grid a clerk types into as into a spreadsheet: start typing to edit a
// cell, Enter commits it and moves down to the next row (and moves down when
// not editing), one cell chosen at a time.
class EntryGridView : public QTableView {
    Q_OBJECT

public:
    explicit EntryGridView(QWidget* parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveDown();
};

} // namespace thidua::ui
