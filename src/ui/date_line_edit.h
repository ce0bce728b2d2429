#pragma once

#include <QDate>
#include <QLineEdit>

namespace thidua::ui {

// A date a clerk types as they write it (05/3/2024, 05-03-2024, 2024-03-05)
// or leaves empty, where a date is optional; QDateEdit cannot be empty.
class DateLineEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget* parent = nullptr);

    // Invalid when empty or when the text is not a date (see isAcceptable()).
    QDate date() const;
    void setDate(QDate date);
    // False when something is typed that is not a date.
    bool isAcceptable() const;
};

} // namespace thidua::ui
