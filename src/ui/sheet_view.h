#pragma once

#include <QList>
#include <QStringList>
#include <QTableView>

namespace thidua::ui {

// A grid typed the way a clerk types a spreadsheet: start typing to edit,
// Enter commits and moves down, Ctrl+V pastes a block copied from Excel.
class SheetView : public QTableView {
    Q_OBJECT

public:
    explicit SheetView(QWidget* parent = nullptr);

    // The cells of a block copied from a spreadsheet, line by line: tabs
    // between cells, the line break Excel ends a block with dropped.
    static QList<QStringList> pastedBlock(const QString& clipboardText);

Q_SIGNALS:
    // A block pasted with its top-left cell at `at`.
    void pasteRequested(const QModelIndex& at, const QList<QStringList>& block);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveDown();
};

} // namespace thidua::ui
