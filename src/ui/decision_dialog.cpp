#include "decision_dialog.h"

#include "date_field.h"
#include "dialog_parts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thidua::ui {

DecisionDialog::DecisionDialog(int nominations, Save save, QWidget* parent)
    : QDialog(parent)
    , save_(std::move(save))
    , number_(new QLineEdit(this))
    , date_(new DateField(this))
    , issuer_(new QLineEdit(this))
    , refusal_(refusalLabel(this)) {
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Record the Award Decision"));
    number_->setObjectName(QStringLiteral("decisionNumberEdit"));
    date_->setObjectName(QStringLiteral("decisionDateEdit"));
    issuer_->setObjectName(QStringLiteral("issuerEdit"));
    number_->setPlaceholderText(QStringLiteral("125/QĐ-BTP"));
    issuer_->setPlaceholderText(QStringLiteral("Bộ trưởng Bộ Tư pháp"));
    auto intro = new QLabel(tr("The decision settles %n accepted nomination(s): each gets its "
                               "award record, with its number in the golden book and its cash "
                               "from the rule data.",
                               nullptr, nominations),
                            this);
    intro->setWordWrap(true);
    auto form = new QFormLayout;
    form->addRow(tr("Decision &number:"), number_);
    form->addRow(tr("&Signed on:"), date_);
    form->addRow(tr("&Issued by:"), issuer_);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(refusal_);
    layout->addWidget(dialogButtons(this, tr("Record")));
    resize(480, 0);
}

void DecisionDialog::accept() {
    auto date = date_->date(tr("Signed on"));
    if (!date)
        return showRefusal(refusal_, date.error().message);
    const services::AwardDecision decision{number_->text().trimmed(), *date,
                                           issuer_->text().trimmed()};
    if (auto saved = save_(decision); !saved)
        return showRefusal(refusal_, saved.error().message);
    QDialog::accept();
}

} // namespace thidua::ui
