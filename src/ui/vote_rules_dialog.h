#pragma once

#include "result.h"
#include "title.h"
#include "vote_rule.h"

#include <QDialog>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace thidua::ui {

class DateField;

// The vote rule data: every row (a title's threshold or the quorum of a
// meeting on awards, from its day, with its legal basis) listed, and a new
// row added from a day as the law changes. `add` writes it; a refusal keeps
// the dialog open and says why.
class VoteRulesDialog : public QDialog {
    Q_OBJECT

public:
    using Add = std::function<Status(const domain::VoteRule&)>;
    using Load = std::function<Result<std::vector<domain::VoteRule>>()>;

    VoteRulesDialog(const std::vector<domain::Title>& titles, Load load, Add add,
                    QWidget* parent = nullptr);

private:
    void reload();
    void addRule();

    Load load_;
    Add add_;
    QTableWidget* table_;
    QComboBox* subject_;
    QLineEdit* share_;
    DateField* from_;
    QLineEdit* basis_;
    QLabel* refusal_;
};

} // namespace thidua::ui
