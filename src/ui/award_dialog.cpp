#include "award_dialog.h"

#include "award_choices.h"
#include "award_service.h"
#include "candidate_picker.h"
#include "date_field.h"
#include "dialog_parts.h"
#include "vietnamese_format.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace thidua::ui {

AwardDialog::AwardDialog(services::Workspace& workspace, int year,
                         const std::vector<domain::Unit>& units, QWidget* parent)
    : QDialog(parent)
    , workspace_(workspace)
    , year_(year)
    , candidate_(new CandidatePicker(workspace, year, units, this))
    , awardType_(new QComboBox(this))
    , kind_(new QComboBox(this))
    , firstYear_(new QSpinBox(this))
    , number_(new QLineEdit(this))
    , date_(new DateField(this))
    , issuer_(new QLineEdit(this))
    , goldenBook_(new QLineEdit(this))
    , amount_(new QLineEdit(this))
    , amountByRule_(new QLabel(this))
    , initiative_(new QComboBox(this))
    , note_(new QLineEdit(this))
    , refusal_(refusalLabel(this)) {
    setObjectName(QStringLiteral("awardDialog"));
    setWindowTitle(tr("Record an Award (%1)").arg(year));
    awardType_->setObjectName(QStringLiteral("awardTypeComboBox"));
    kind_->setObjectName(QStringLiteral("awardKindComboBox"));
    firstYear_->setObjectName(QStringLiteral("firstYearSpinBox"));
    number_->setObjectName(QStringLiteral("awardDecisionNumberEdit"));
    date_->setObjectName(QStringLiteral("awardDecisionDateEdit"));
    issuer_->setObjectName(QStringLiteral("awardIssuerEdit"));
    goldenBook_->setObjectName(QStringLiteral("goldenBookEdit"));
    amount_->setObjectName(QStringLiteral("amountEdit"));
    amountByRule_->setObjectName(QStringLiteral("amountByRuleLabel"));
    initiative_->setObjectName(QStringLiteral("initiativeComboBox"));
    note_->setObjectName(QStringLiteral("awardNoteEdit"));
    fillKindChoices(kind_);
    // A period award (Bằng khen of the Prime Minister, a Huân chương) covers
    // the years before the one it is given for.
    firstYear_->setRange(year - 10, year);
    firstYear_->setValue(year);
    number_->setPlaceholderText(QStringLiteral("125/QĐ-BTP"));
    issuer_->setPlaceholderText(QStringLiteral("Bộ trưởng Bộ Tư pháp"));
    amount_->setPlaceholderText(tr("Empty: by the rule data"));

    auto form = new QFormLayout;
    form->addRow(candidate_);
    form->addRow(tr("&Award:"), awardType_);
    form->addRow(tr("&Kind:"), kind_);
    form->addRow(tr("For the years &from:"), firstYear_);
    form->addRow(tr("Decision &number:"), number_);
    form->addRow(tr("&Signed on:"), date_);
    form->addRow(tr("&Issued by:"), issuer_);
    form->addRow(tr("&Golden book number:"), goldenBook_);
    form->addRow(tr("A&mount (đồng):"), amount_);
    form->addRow(QString(), amountByRule_);
    form->addRow(tr("&Rests on initiative:"), initiative_);
    form->addRow(tr("N&ote:"), note_);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(refusal_);
    layout->addWidget(dialogButtons(this, tr("Record")));
    resize(640, 640);

    connect(candidate_, &CandidatePicker::subjectChanged, this, &AwardDialog::fillAwards);
    connect(candidate_, &CandidatePicker::candidateChanged, this, &AwardDialog::fillInitiatives);
    connect(candidate_, &CandidatePicker::failed, this,
            [this](const QString& message) { showRefusal(refusal_, message); });
    connect(awardType_, &QComboBox::currentIndexChanged, this, &AwardDialog::showAmountByRule);
    connect(date_, &QLineEdit::textChanged, this, &AwardDialog::showAmountByRule);
    fillAwards();
    fillInitiatives();
}

void AwardDialog::fillAwards() {
    if (auto filled = fillAwardChoices(awardType_, workspace_.awards(), QDate(year_, 12, 31),
                                       candidate_->subject());
        !filled)
        showRefusal(refusal_, filled.error().message);
    showAmountByRule();
}

void AwardDialog::fillInitiatives() {
    initiative_->clear();
    initiative_->addItem(tr("None"), static_cast<qlonglong>(domain::NoId));
    const domain::RowId personId = candidate_->personId();
    initiative_->setEnabled(personId != domain::NoId);
    if (personId == domain::NoId)
        return;
    auto history = workspace_.awards().historyOfPerson(personId);
    if (!history)
        return showRefusal(refusal_, history.error().message);
    // An initiative counts once: those already used are not offered.
    for (const domain::Initiative& written : history->initiatives)
        if (!written.used())
            initiative_->addItem(QStringLiteral("%1 (%2)").arg(written.title).arg(written.year),
                                 static_cast<qlonglong>(written.id));
}

void AwardDialog::showAmountByRule() {
    auto on = date_->date(QString());
    if (!on || !on->isValid() || awardType_->currentIndex() < 0)
        return amountByRule_->setText(tr("The rule data's amount shows once the date is typed."));
    auto amount = workspace_.awards().amountFor(awardType_->currentData().toString(),
                                                candidate_->subject(), *on);
    if (!amount)
        return amountByRule_->setText(amount.error().message);
    amountByRule_->setText(
        *amount > 0 ? tr("By the rule data: %1 đ").arg(domain::vn::formatInteger(*amount))
                    : tr("The rule data gives this award no cash."));
}

Result<domain::Award> AwardDialog::typed() const {
    domain::Award award;
    if (const QString missing = candidate_->missingChoice(); !missing.isEmpty())
        return fail(ErrorCode::InvalidInput, missing);
    award.personId = candidate_->personId();
    award.unitId = candidate_->unitId();
    award.awardCode = awardType_->currentData().toString();
    award.kind = static_cast<domain::AwardKind>(kind_->currentData().toInt());
    award.firstYear = firstYear_->value();
    award.year = year_;
    award.decisionNumber = number_->text().trimmed();
    auto date = date_->date(tr("Signed on"));
    if (!date)
        return std::unexpected(date.error());
    award.decisionDate = *date;
    award.issuer = issuer_->text().trimmed();
    award.goldenBookNumber = goldenBook_->text().trimmed();
    // Empty gives 0, which the service replaces with the rule data's amount.
    const auto amount = domain::vn::parseAmount(amount_->text());
    if (!amount)
        return fail(ErrorCode::InvalidInput,
                    tr("Amount: \"%1\" is not a sum in đồng, e.g. 1.500.000.")
                        .arg(amount_->text().trimmed()));
    award.amount = *amount;
    award.note = note_->text().trimmed();
    return award;
}

void AwardDialog::accept() {
    auto award = typed();
    if (!award)
        return showRefusal(refusal_, award.error().message);
    const domain::RowId initiativeId = initiative_->currentData().toLongLong();
    if (auto stored = workspace_.awards().record(*award, initiativeId); !stored)
        return showRefusal(refusal_, stored.error().message);
    award_ = *award;
    initiativeId_ = initiativeId;
    QDialog::accept();
}

} // namespace thidua::ui
