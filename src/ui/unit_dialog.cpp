#include "unit_dialog.h"

#include "date_field.h"
#include "dialog_parts.h"
#include "unit_picker.h"
#include "unit_rules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua::ui {

UnitDialog::UnitDialog(const std::vector<domain::Unit>& units, const domain::Unit& unit, Save save,
                       QWidget* parent)
    : QDialog(parent)
    , unit_(unit)
    , save_(std::move(save))
    , name_(new QLineEdit(this))
    , shortName_(new QLineEdit(this))
    , kind_(new QComboBox(this))
    , parent_(new UnitPicker(this))
    , legalPersonality_(
          new QCheckBox(tr("Has legal &personality (its own seal and account)"), this))
    , activeFrom_(new DateField(this))
    , activeTo_(new DateField(this))
    , error_(refusalLabel(this)) {
    const bool adding = unit.id == domain::NoId;
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(adding ? tr("Add a unit") : tr("Edit %1").arg(unit.name));
    name_->setObjectName(QStringLiteral("unitNameEdit"));
    shortName_->setObjectName(QStringLiteral("unitShortNameEdit"));
    kind_->setObjectName(QStringLiteral("unitKindCombo"));
    parent_->setObjectName(QStringLiteral("unitParentPicker"));
    legalPersonality_->setObjectName(QStringLiteral("unitLegalPersonalityCheck"));
    activeFrom_->setObjectName(QStringLiteral("unitActiveFromEdit"));
    activeTo_->setObjectName(QStringLiteral("unitActiveToEdit"));
    error_->setObjectName(QStringLiteral("unitErrorLabel"));

    name_->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    shortName_->setPlaceholderText(tr("e.g. STP, VP"));
    for (const char* code : domain::unitKindCodes())
        kind_->addItem(domain::unitKindName(QLatin1String(code)), QLatin1String(code));
    // A unit cannot sit under itself or its own sub-units; the service refuses
    // that too, but the list need not offer it.
    std::vector<domain::Unit> parents;
    std::ranges::copy_if(units, std::back_inserter(parents),
                         [&](const domain::Unit& candidate) { return candidate.id != unit.id; });
    parent_->setUnits(parents, tr("(none: a top unit)"));

    auto form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&Short name:"), shortName_);
    form->addRow(tr("&Kind:"), kind_);
    form->addRow(tr("&Under:"), parent_);
    form->addRow(QString(), legalPersonality_);
    form->addRow(tr("Running &from:"), activeFrom_);
    form->addRow(tr("S&topped after:"), activeTo_);

    auto layout = new QVBoxLayout(this);
    // Grows with a refusal shown below the form instead of cutting it off.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    if (!adding) {
        // Below the form, at full width: a wrapped label in a form row is cut off.
        auto hint = new QLabel(tr("Correct a misspelt name here. A new name given by a decision "
                                  "goes through \"Rename or merge units…\", which keeps the "
                                  "former name."),
                               this);
        hint->setWordWrap(true);
        hint->setEnabled(false);
        layout->addWidget(hint);
    }
    layout->addWidget(error_);
    layout->addStretch(1);
    layout->addWidget(dialogButtons(this, adding ? tr("Add") : tr("Save")));
    showUnit(unit);
}

void UnitDialog::showUnit(const domain::Unit& unit) {
    name_->setText(unit.name);
    shortName_->setText(unit.shortName);
    kind_->setCurrentIndex(std::max(0, kind_->findData(unit.kind)));
    parent_->setUnitId(unit.parentId);
    legalPersonality_->setChecked(unit.hasLegalPersonality);
    activeFrom_->setDate(unit.activeFrom);
    activeTo_->setDate(unit.activeTo);
}

void UnitDialog::accept() {
    const auto activeFrom = activeFrom_->date(tr("Running from"));
    const auto activeTo = activeTo_->date(tr("Stopped after"));
    if (!activeFrom || !activeTo) {
        showRefusal(error_, (!activeFrom ? activeFrom : activeTo).error().message);
        (!activeFrom ? activeFrom_ : activeTo_)->setFocus();
        return;
    }
    domain::Unit unit = unit_;
    unit.name = name_->text();
    unit.shortName = shortName_->text().trimmed();
    unit.kind = kind_->currentData().toString();
    unit.parentId = parent_->unitId();
    unit.hasLegalPersonality = legalPersonality_->isChecked();
    unit.activeFrom = *activeFrom;
    unit.activeTo = *activeTo;
    if (auto saved = save_(unit); !saved) {
        showRefusal(error_, saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace thidua::ui
