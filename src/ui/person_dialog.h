#pragma once

#include "ids.h"
#include "person.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class DateField;
class UnitPicker;

// Thêm or sửa a cán bộ: family, middle and given name (typing the whole name
// into the first box and leaving it splits it), gender, date of birth,
// identity number and position; the unit when adding only, since a move is a
// transfer that keeps the history. Saved through CatalogueService on accept;
// a refusal is shown in the dialog, which stays open with what was typed.
// Meant to be open()ed: personSaved tells the caller what to reload.
class PersonDialog : public QDialog {
    Q_OBJECT

public:
    // Writes the person as typed (id NoId: a new one) and gives back its id.
    using Save = std::function<Result<domain::RowId>(const domain::Person&)>;

    // personId NoId adds a person, in unitId when one is given.
    PersonDialog(services::Workspace& workspace, domain::RowId personId, QWidget* parent = nullptr,
                 domain::RowId unitId = domain::NoId);

    // Saves through `save` instead of the catalogue directly: the page makes
    // the change an undo step.
    void setSave(Save save);

    void accept() override;

Q_SIGNALS:
    void personSaved(domain::RowId personId);

private:
    void fill(const domain::Person& person);
    void splitTypedName();
    QString unitName(domain::RowId unitId) const;

    services::Workspace& workspace_;
    Save save_;
    domain::Person person_;
    QLineEdit* family_;
    QLineEdit* middle_;
    QLineEdit* given_;
    QComboBox* gender_;
    DateField* birthDate_;
    QLineEdit* identity_;
    UnitPicker* unit_;
    QLineEdit* position_;
    QLabel* error_;
};

} // namespace thidua::ui
