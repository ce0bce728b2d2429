#include "reorganise_dialog.h"

#include "catalogue_service.h"
#include "clock.h"
#include "dialog_parts.h"
#include "reorganisation_service.h"
#include "unit_picker.h"
#include "workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thidua::ui {

ReorganiseDialog::ReorganiseDialog(services::Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , workspace_(workspace)
    , tabs_(new QTabWidget(this))
    , renamedUnit_(new UnitPicker(this))
    , newName_(new QLineEdit(this))
    , mergedUnit_(new UnitPicker(this))
    , intoUnit_(new UnitPicker(this))
    , date_(new QDateEdit(workspace.clock().today(), this))
    , decision_(new QLineEdit(this))
    , error_(refusalLabel(this)) {
    setObjectName(QStringLiteral("reorganiseDialog"));
    setWindowTitle(tr("Rename or merge units"));
    tabs_->setObjectName(QStringLiteral("reorganiseTabs"));
    renamedUnit_->setObjectName(QStringLiteral("renamedUnitPicker"));
    newName_->setObjectName(QStringLiteral("newUnitNameEdit"));
    mergedUnit_->setObjectName(QStringLiteral("mergedUnitPicker"));
    intoUnit_->setObjectName(QStringLiteral("mergeTargetPicker"));
    date_->setObjectName(QStringLiteral("reorganiseDateEdit"));
    decision_->setObjectName(QStringLiteral("reorganiseDecisionEdit"));
    error_->setObjectName(QStringLiteral("reorganiseErrorLabel"));

    if (auto units = workspace_.catalogue().units()) {
        for (UnitPicker* picker : {renamedUnit_, mergedUnit_, intoUnit_})
            picker->setUnits(*units);
    }
    connect(renamedUnit_, &UnitPicker::unitChosen, this,
            [this] { newName_->setText(renamedUnit_->currentText().trimmed()); });
    tabs_->addTab(renamePage(), tr("&Rename"));
    tabs_->addTab(mergePage(), tr("&Merge"));

    date_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date_->setCalendarPopup(true);
    decision_->setPlaceholderText(tr("e.g. Decision No. 12/QĐ-BTP"));
    auto common = new QFormLayout;
    common->addRow(tr("&From:"), date_);
    common->addRow(tr("&Decision:"), decision_);

    QDialogButtonBox* buttons = dialogButtons(this, tr("Apply"));

    auto layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);
    layout->addLayout(common);
    layout->addWidget(error_);
    layout->addWidget(buttons);
    setMinimumWidth(640);
}

QWidget* ReorganiseDialog::renamePage() {
    auto page = new QWidget(this);
    auto form = new QFormLayout(page);
    form->addRow(tr("&Unit:"), renamedUnit_);
    form->addRow(tr("&New name:"), newName_);
    form->addRow(new QLabel(
        tr("The former name is kept: documents about earlier years print the name of the time."),
        page));
    return page;
}

QWidget* ReorganiseDialog::mergePage() {
    auto page = new QWidget(this);
    auto form = new QFormLayout(page);
    form->addRow(tr("&Merge the unit:"), mergedUnit_);
    form->addRow(tr("&Into:"), intoUnit_);
    auto note = new QLabel(tr("The merged unit closes the day before; its people and sections "
                              "move to the other unit, its past registrations and awards stay "
                              "its own."),
                           page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

void ReorganiseDialog::accept() {
    const services::Effective effective{date_->date(), decision_->text().trimmed()};
    services::ReorganisationService& service = workspace_.reorganisation();
    const Status done =
        tabs_->currentIndex() == RenameTab
            ? service.renameUnit(renamedUnit_->unitId(), newName_->text(), effective)
            : service.mergeUnits({mergedUnit_->unitId()}, intoUnit_->unitId(), effective);
    if (!done) {
        showRefusal(error_, done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace thidua::ui
