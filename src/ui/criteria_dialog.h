#pragma once

#include "criteria_table.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTreeView;

namespace thidua::ui {

class CriteriaTree;

// An organiser's criteria table for a year: its total, how an over-target
// result is scored, the tie-breaks in order, the rating bands, the deciding
// document, and the criteria as a tree of groups and items. What is wrong
// with the table is said as it is edited; `save` writes; a refusal keeps the
// dialog open and says why.
class CriteriaDialog : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<Status(const domain::CriteriaTable&)>;

    CriteriaDialog(const domain::CriteriaTable& table, const QString& organiserName, Save save,
                   QWidget* parent = nullptr);

    domain::CriteriaTable table() const;
    void accept() override;

private:
    QWidget* buildRules();
    QWidget* buildCriteria();
    void check();

    domain::CriteriaTable table_;
    Save save_;
    QDoubleSpinBox* total_;
    QComboBox* scale_;
    QLineEdit* document_;
    QCheckBox* moreBonus_;
    QCheckBox* fewerPenalties_;
    QCheckBox* womenPriority_;
    QTableWidget* bands_;
    CriteriaTree* tree_;
    QTreeView* view_;
    QLabel* refusal_;
};

} // namespace thidua::ui
