#include "date_line_edit.h"

#include "vietnamese_format.h"

namespace thidua::ui {

DateLineEdit::DateLineEdit(QWidget* parent)
    : QLineEdit(parent) {
    setPlaceholderText(tr("dd/mm/yyyy"));
    setClearButtonEnabled(true);
    // Room for the date and the clear button, no more: the form stays narrow.
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) * 2);
}

QDate DateLineEdit::date() const {
    return domain::vn::parseDate(text().trimmed()).value_or(QDate());
}

void DateLineEdit::setDate(QDate date) {
    setText(date.isValid() ? domain::vn::formatDate(date) : QString());
}

bool DateLineEdit::isAcceptable() const {
    const QString typed = text().trimmed();
    return typed.isEmpty() || domain::vn::parseDate(typed).has_value();
}

} // namespace thidua::ui
