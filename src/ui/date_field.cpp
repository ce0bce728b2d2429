#include "date_field.h"

#include "vietnamese_format.h"

namespace thidua::ui {

DateField::DateField(QWidget* parent)
    : QLineEdit(parent) {
    setPlaceholderText(tr("dd/mm/yyyy"));
    setMaxLength(10);
}

void DateField::setDate(QDate date) {
    setText(date.isValid() ? domain::vn::formatDate(date) : QString());
}

Result<QDate> DateField::date(const QString& label) const {
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return QDate();
    if (auto parsed = domain::vn::parseDate(typed))
        return *parsed;
    return fail(ErrorCode::InvalidInput,
                tr("%1: \"%2\" is not a date; type it as dd/mm/yyyy.").arg(label, typed));
}

} // namespace thidua::ui
