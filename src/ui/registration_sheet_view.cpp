#include "registration_sheet_view.h"

#include "registration_sheet_model.h"
#include "vietnamese_completer.h"

#include <QHeaderView>
#include <QLineEdit>

namespace thidua::ui {

RegistrationSheetView::RegistrationSheetView(QWidget* parent)
    : SheetView(parent) {
    setItemDelegateForColumn(RegistrationSheetModel::TitlesColumn, new TitleDelegate(this));
    horizontalHeader()->setStretchLastSection(true);
}

void RegistrationSheetView::setTitleChoices(const QStringList& abbreviations) {
    static_cast<TitleDelegate*>(itemDelegateForColumn(RegistrationSheetModel::TitlesColumn))
        ->setChoices(abbreviations);
}

QStringList RegistrationSheetView::pastedValues(const QString& clipboardText) {
    return lastCells(pastedBlock(clipboardText));
}

QStringList RegistrationSheetView::lastCells(const QList<QStringList>& block) {
    QStringList values;
    for (const QStringList& line : block)
        values << line.constLast();
    return values;
}

TitleDelegate::TitleDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

QWidget* TitleDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                     const QModelIndex&) const {
    auto editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("titleEditor"));
    auto completer = new VietnameseCompleter(editor);
    for (const QString& choice : choices_)
        completer->addItem(choice);
    editor->setCompleter(completer);
    return editor;
}

} // namespace thidua::ui
