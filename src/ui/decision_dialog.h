#pragma once

#include "nomination_service.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace thidua::ui {

class DateField;

// Ghi quyết định khen thưởng: the number, day and issuer of the decision that
// settles the chosen accepted nominations. save records it (creating every
// award at once); its refusal shows in the dialog, which stays open.
class DecisionDialog : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<Status(const services::AwardDecision&)>;

    DecisionDialog(int nominations, Save save, QWidget* parent = nullptr);

    void accept() override;

private:
    Save save_;
    QLineEdit* number_;
    DateField* date_;
    QLineEdit* issuer_;
    QLabel* refusal_;
};

} // namespace thidua::ui
