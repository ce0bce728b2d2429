#pragma once

#include "discipline.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace thidua::ui {

class DateField;

// One discipline record of a person: form, decision, from, to (empty while
// no end is set) and reason. `save` writes it on accept; a refusal keeps the
// dialog open and says why.
class DisciplineDialog : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<Status(const domain::Discipline&)>;

    DisciplineDialog(const domain::Discipline& record, Save save, QWidget* parent = nullptr);

    void accept() override;

private:
    domain::Discipline record_;
    Save save_;
    QComboBox* form_;
    QLineEdit* decision_;
    DateField* start_;
    DateField* end_;
    QLineEdit* reason_;
    QLabel* error_;
};

} // namespace thidua::ui
