#include "submission_dialog.h"

#include "dialog_parts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace thidua::ui {

SubmissionDialog::SubmissionDialog(const reports::SubmissionAddress& last,
                                   const QString& acceptText, QWidget* parent)
    : QDialog(parent)
    , number_(new QLineEdit(last.number, this))
    , recipients_(new QPlainTextEdit(last.recipients.join(QLatin1Char('\n')), this)) {
    setObjectName(QStringLiteral("submissionDialog"));
    setWindowTitle(tr("Number and Recipients of the Submission"));
    number_->setObjectName(QStringLiteral("submissionNumberEdit"));
    recipients_->setObjectName(QStringLiteral("submissionRecipientsEdit"));
    number_->setPlaceholderText(QStringLiteral("15/TTr-STP"));
    recipients_->setPlaceholderText(
        QStringLiteral("Hội đồng Thi đua - Khen thưởng tỉnh Vĩnh Phúc"));
    recipients_->setTabChangesFocus(true);
    // Room for a few recipients without scrolling.
    recipients_->setFixedHeight(recipients_->fontMetrics().lineSpacing() * 5);
    auto intro = new QLabel(tr("The number the clerk's office gave the submission (tờ trình) and "
                               "whom it is sent to (\"Kính gửi\"), one recipient a line. Left "
                               "empty, they print as dots to fill in by hand."),
                            this);
    intro->setWordWrap(true);
    auto form = new QFormLayout;
    form->addRow(tr("&Number:"), number_);
    form->addRow(tr("&Sent to:"), recipients_);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(dialogButtons(this, acceptText));
    // Tall enough for the wrapped introduction: the layout's minimum height
    // does not count its second line.
    resize(520, layout->heightForWidth(520));
}

reports::SubmissionAddress SubmissionDialog::address() const {
    return {number_->text().trimmed(), reports::recipientLines(recipients_->toPlainText())};
}

} // namespace thidua::ui
