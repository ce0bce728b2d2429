#pragma once

#include "cluster_year.h"
#include "movement.h"
#include "period.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace thidua::ui {

class MilestoneTable;
class UnitCatalogue;
class UnitCheckList;
class UnitPicker;

// A new movement or one to change: name, regular or thematic, who launched
// it and when, its period (a year or a stage such as 2021–2025), targets one
// a line, the units taking part and the dates of its reviews. The rules are
// checked before anything is written; `save` writes; a refusal keeps the
// dialog open and says why.
class MovementDialog : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<Status(const domain::Movement&, const domain::Period&)>;

    MovementDialog(const domain::Movement& movement, const domain::Period& period,
                   const UnitCatalogue& units, Save save, QWidget* parent = nullptr);

    // The period as chosen now (no id: the page finds or opens the stored one).
    domain::Period period() const;
    // What the form says; InvalidInput when a review date cannot be read.
    Result<domain::Movement> movement() const;

    void accept() override;

private:
    void buildGeneralTab(QWidget* tab);
    void periodChanged();

    domain::Movement movement_;
    domain::UnitNames names_;
    Save save_;
    QTabWidget* tabs_;
    QLineEdit* name_;
    QComboBox* kind_;
    UnitPicker* launcher_;
    QComboBox* periodKind_;
    QSpinBox* firstYear_;
    QSpinBox* lastYear_;
    QLabel* periodLabel_;
    QDateEdit* launchedOn_;
    QLineEdit* document_;
    QPlainTextEdit* targets_;
    UnitCheckList* participants_;
    MilestoneTable* milestones_;
    QPushButton* propose_;
    QLabel* refusal_;
};

} // namespace thidua::ui
