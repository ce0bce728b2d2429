#include "registration_sheet_view.h"

#include "registration_sheet_model.h"
#include "vietnamese_completer.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLineEdit>

namespace thidua::ui {

RegistrationSheetView::RegistrationSheetView(QWidget* parent)
    : EntryGridView(parent) {
    setItemDelegateForColumn(RegistrationSheetModel::TitlesColumn, new TitleDelegate(this));
}

void RegistrationSheetView::setTitleChoices(const QStringList& abbreviations) {
    static_cast<TitleDelegate*>(itemDelegateForColumn(RegistrationSheetModel::TitlesColumn))
        ->setChoices(abbreviations);
}

QStringList RegistrationSheetView::pastedValues(const QString& clipboardText) {
    QString text = clipboardText;
    text.remove(QLatin1Char('\r'));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1); // Excel ends a copied block with a line break
    QStringList values;
    for (const QString& line : text.split(QLatin1Char('\n')))
        values << line.split(QLatin1Char('\t')).constLast().trimmed();
    return values;
}

void RegistrationSheetView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Paste) && currentIndex().isValid()) {
        Q_EMIT pasteRequested(currentIndex().row(),
                              pastedValues(QApplication::clipboard()->text()));
        return;
    }
    EntryGridView::keyPressEvent(event);
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
