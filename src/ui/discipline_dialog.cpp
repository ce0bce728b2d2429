#include "discipline_dialog.h"

#include "date_field.h"
#include "dialog_parts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thidua::ui {

DisciplineDialog::DisciplineDialog(const domain::Discipline& record, Save save, QWidget* parent)
    : QDialog(parent)
    , record_(record)
    , save_(std::move(save))
    , form_(new QComboBox(this))
    , decision_(new QLineEdit(record.decision, this))
    , start_(new DateField(this))
    , end_(new DateField(this))
    , reason_(new QLineEdit(record.reason, this))
    , error_(refusalLabel(this)) {
    setObjectName(QStringLiteral("disciplineDialog"));
    setWindowTitle(record.id == domain::NoId ? tr("Add a discipline record")
                                             : tr("Edit the discipline record"));
    form_->setObjectName(QStringLiteral("disciplineFormComboBox"));
    decision_->setObjectName(QStringLiteral("disciplineDecisionEdit"));
    start_->setObjectName(QStringLiteral("disciplineStartEdit"));
    end_->setObjectName(QStringLiteral("disciplineEndEdit"));
    reason_->setObjectName(QStringLiteral("disciplineReasonEdit"));
    error_->setObjectName(QStringLiteral("disciplineErrorLabel"));

    for (auto form : {domain::DisciplineForm::Reprimand, domain::DisciplineForm::Warning,
                      domain::DisciplineForm::SalaryReduction, domain::DisciplineForm::Demotion,
                      domain::DisciplineForm::Removal, domain::DisciplineForm::Dismissal})
        form_->addItem(domain::disciplineFormName(form), static_cast<int>(form));
    form_->setCurrentIndex(form_->findData(static_cast<int>(record.form)));
    decision_->setPlaceholderText(tr("e.g. Decision No. 12/QĐ-STP of 05/03/2024"));
    start_->setDate(record.start);
    end_->setDate(record.end);
    end_->setToolTip(tr("Leave empty while no end is set."));

    auto fields = new QFormLayout;
    fields->addRow(tr("&Form:"), form_);
    fields->addRow(tr("&Decision:"), decision_);
    fields->addRow(tr("F&rom:"), start_);
    fields->addRow(tr("&To:"), end_);
    fields->addRow(tr("R&eason:"), reason_);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(error_);
    layout->addWidget(dialogButtons(this, tr("Save")));
    setMinimumWidth(480);
}

void DisciplineDialog::accept() {
    auto start = start_->date(tr("From"));
    auto end = start ? end_->date(tr("To")) : start;
    if (!start || !end) {
        showRefusal(error_, (!start ? start : end).error().message);
        return;
    }
    domain::Discipline record = record_;
    record.form = static_cast<domain::DisciplineForm>(form_->currentData().toInt());
    record.decision = decision_->text();
    record.start = *start;
    record.end = *end;
    record.reason = reason_->text();
    if (auto saved = save_(record); !saved) {
        showRefusal(error_, saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace thidua::ui
