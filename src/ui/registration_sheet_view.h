#pragma once

#include "entry_grid_view.h"

#include <QStyledItemDelegate>

namespace thidua::ui {

class VietnameseCompleter;

// The registration sheet as a clerk types it (EntryGridView), and Ctrl+V
// pastes a column copied from Excel.
class RegistrationSheetView : public EntryGridView {
    Q_OBJECT

public:
    explicit RegistrationSheetView(QWidget* parent = nullptr);

    // The abbreviations offered while typing a title ("LĐTT", "CSTĐCS" …).
    void setTitleChoices(const QStringList& abbreviations);

    // Rows of a block copied from a spreadsheet: one value per line, from the
    // last cell of each line (the titles column of a wider block).
    static QStringList pastedValues(const QString& clipboardText);

Q_SIGNALS:
    void pasteRequested(int firstRow, const QStringList& values);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

// The editor of the titles cell: a line edit completing title abbreviations.
class TitleDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit TitleDelegate(QObject* parent = nullptr);
    void setChoices(const QStringList& abbreviations) { choices_ = abbreviations; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;

private:
    QStringList choices_;
};

} // namespace thidua::ui
