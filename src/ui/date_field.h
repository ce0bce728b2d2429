#pragma once

#include "result.h"

#include <QDate>
#include <QLineEdit>

namespace thidua::ui {

// A date a clerk types as on paper: dd/mm/yyyy, also d/m/yyyy, with dashes
// or dots, and left empty when it is not known or not set. A QDateEdit
// cannot be empty and makes a clerk step through its sections.
class DateField : public QLineEdit {
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    // An invalid date empties the field.
    void setDate(QDate date);
    // The date typed; an invalid QDate when the field is empty; InvalidInput,
    // naming the field by label, when the text is not a date.
    Result<QDate> date(const QString& label) const;
};

} // namespace thidua::ui
