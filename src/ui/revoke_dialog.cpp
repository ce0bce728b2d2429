#include "revoke_dialog.h"

#include "date_field.h"
#include "dialog_parts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thidua::ui {

RevokeDialog::RevokeDialog(const QString& award, Save save, QWidget* parent)
    : QDialog(parent)
    , save_(std::move(save))
    , decision_(new QLineEdit(this))
    , date_(new DateField(this))
    , reason_(new QLineEdit(this))
    , refusal_(refusalLabel(this)) {
    setObjectName(QStringLiteral("revokeDialog"));
    setWindowTitle(tr("Revoke an Award"));
    decision_->setObjectName(QStringLiteral("revokingDecisionEdit"));
    date_->setObjectName(QStringLiteral("revokedOnEdit"));
    reason_->setObjectName(QStringLiteral("revocationReasonEdit"));
    decision_->setPlaceholderText(QStringLiteral("15/QĐ-BTP"));
    reason_->setPlaceholderText(tr("e.g. the achievements were declared falsely"));
    auto intro = new QLabel(tr("%1\nThe record stays, marked revoked with the decision below; it "
                               "no longer counts toward higher awards.")
                                .arg(award),
                            this);
    intro->setWordWrap(true);
    auto form = new QFormLayout;
    form->addRow(tr("Revoking &decision:"), decision_);
    form->addRow(tr("&Signed on:"), date_);
    form->addRow(tr("&Reason:"), reason_);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(refusal_);
    layout->addWidget(dialogButtons(this, tr("Revoke")));
    resize(480, 0);
}

void RevokeDialog::accept() {
    auto date = date_->date(tr("Signed on"));
    if (!date)
        return showRefusal(refusal_, date.error().message);
    if (auto saved = save_({decision_->text().trimmed(), *date, reason_->text().trimmed()}); !saved)
        return showRefusal(refusal_, saved.error().message);
    QDialog::accept();
}

} // namespace thidua::ui
