#pragma once

#include "result.h"
#include "unit.h"

#include <QDialog>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace thidua::ui {

class DateField;
class UnitPicker;

// Adds a unit or edits one: name, short name, kind, the unit above it, the
// legal-personality flag and the days it runs. OK hands the unit to `save`;
// a refusal is shown in the dialog, which stays open with what was typed.
class UnitDialog : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<Status(const domain::Unit&)>;

    // units: the tree to choose the parent from. `unit` is the one edited, or
    // for a new unit the defaults (its parentId preselected).
    UnitDialog(const std::vector<domain::Unit>& units, const domain::Unit& unit, Save save,
               QWidget* parent = nullptr);

    void accept() override;

private:
    void showUnit(const domain::Unit& unit);

    domain::Unit unit_;
    Save save_;
    QLineEdit* name_;
    QLineEdit* shortName_;
    QComboBox* kind_;
    UnitPicker* parent_;
    QCheckBox* legalPersonality_;
    DateField* activeFrom_;
    DateField* activeTo_;
    QLabel* error_;
};

} // namespace thidua::ui
