#pragma once

#include "award.h"
#include "result.h"
#include "unit.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class CandidatePicker;
class DateField;

// Ghi nhận khen thưởng: an award decided outside the nominations of this
// database (an older decision, another level's) entered from the paper: the
// candidate, the title or form, the years it covers, the decision, the
// golden-book number and the cash (the rule data's amount when left empty),
// and the candidate's initiative it rests on. The service's refusals show in
// the dialog, which stays open.
class AwardDialog : public QDialog {
    Q_OBJECT

public:
    AwardDialog(services::Workspace& workspace, int year, const std::vector<domain::Unit>& units,
                QWidget* parent = nullptr);

    // Once accepted: the award as stored, and the initiative it used (NoId
    // for none).
    const domain::Award& recorded() const { return award_; }
    domain::RowId initiativeId() const { return initiativeId_; }

    void accept() override;

private:
    void fillAwards();
    void fillInitiatives();
    void showAmountByRule();
    // The award as typed; a message naming the field when it cannot be read.
    Result<domain::Award> typed() const;

    services::Workspace& workspace_;
    int year_;
    domain::Award award_;
    domain::RowId initiativeId_ = domain::NoId;
    CandidatePicker* candidate_;
    QComboBox* awardType_;
    QComboBox* kind_;
    QSpinBox* firstYear_;
    QLineEdit* number_;
    DateField* date_;
    QLineEdit* issuer_;
    QLineEdit* goldenBook_;
    QLineEdit* amount_;
    QLabel* amountByRule_;
    QComboBox* initiative_;
    QLineEdit* note_;
    QLabel* refusal_;
};

} // namespace thidua::ui
