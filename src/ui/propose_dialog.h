#pragma once

#include "nomination.h"
#include "unit.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class CandidatePicker;
class UnitPicker;

// Đề nghị khen thưởng for one candidate: a person found by typing their name
// (without diacritics too) or a collective chosen from the tree, the title or
// form that fits them from the catalogue in force, the kind, the unit that
// proposes (the candidate's own by default) and the achievements, drafted
// from the candidate's award history and editable. The service's refusals
// show in the dialog, which stays open.
class ProposeDialog : public QDialog {
    Q_OBJECT

public:
    ProposeDialog(services::Workspace& workspace, int year, const std::vector<domain::Unit>& units,
                  QWidget* parent = nullptr);

    // The nomination proposed once the dialog was accepted.
    domain::RowId proposedId() const { return proposedId_; }

    void accept() override;

private:
    void candidateChosen();
    void fillAwards();

    services::Workspace& workspace_;
    int year_;
    domain::RowId proposedId_ = domain::NoId;
    CandidatePicker* candidate_;
    QComboBox* award_;
    QComboBox* kind_;
    UnitPicker* proposer_;
    QPlainTextEdit* basis_;
    QLabel* refusal_;
};

} // namespace thidua::ui
