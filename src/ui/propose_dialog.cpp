#include "propose_dialog.h"

#include "award_choices.h"
#include "candidate_picker.h"
#include "dialog_parts.h"
#include "nomination_service.h"
#include "unit_picker.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace thidua::ui {

ProposeDialog::ProposeDialog(services::Workspace& workspace, int year,
                             const std::vector<domain::Unit>& units, QWidget* parent)
    : QDialog(parent)
    , workspace_(workspace)
    , year_(year)
    , candidate_(new CandidatePicker(workspace, year, units, this))
    , award_(new QComboBox(this))
    , kind_(new QComboBox(this))
    , proposer_(new UnitPicker(this))
    , basis_(new QPlainTextEdit(this))
    , refusal_(refusalLabel(this)) {
    setObjectName(QStringLiteral("proposeDialog"));
    setWindowTitle(tr("Propose for an Award (%1)").arg(year));
    award_->setObjectName(QStringLiteral("awardComboBox"));
    kind_->setObjectName(QStringLiteral("kindComboBox"));
    proposer_->setObjectName(QStringLiteral("proposerPicker"));
    basis_->setObjectName(QStringLiteral("basisEdit"));
    proposer_->setOpenSince(QDate(year, 1, 1));
    proposer_->setUnits(units);
    fillKindChoices(kind_);

    auto form = new QFormLayout;
    form->addRow(candidate_);
    form->addRow(tr("&Award:"), award_);
    form->addRow(tr("&Kind:"), kind_);
    form->addRow(tr("Proposed &by:"), proposer_);
    form->addRow(tr("A&chievements:"), basis_);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(refusal_);
    layout->addWidget(dialogButtons(this, tr("Propose")));
    resize(640, 560);

    connect(candidate_, &CandidatePicker::subjectChanged, this, &ProposeDialog::fillAwards);
    connect(candidate_, &CandidatePicker::candidateChanged, this, &ProposeDialog::candidateChosen);
    connect(candidate_, &CandidatePicker::failed, this,
            [this](const QString& message) { showRefusal(refusal_, message); });
    fillAwards();
}

void ProposeDialog::fillAwards() {
    if (auto filled = fillAwardChoices(award_, workspace_.awards(), QDate(year_, 12, 31),
                                       candidate_->subject());
        !filled)
        showRefusal(refusal_, filled.error().message);
}

void ProposeDialog::candidateChosen() {
    proposer_->setUnitId(candidate_->homeUnitId());
    if (!candidate_->missingChoice().isEmpty())
        return basis_->clear();
    auto basis =
        workspace_.nominations().basisFor(candidate_->personId(), candidate_->unitId(), year_);
    basis_->setPlainText(basis.value_or(QString()));
}

void ProposeDialog::accept() {
    domain::Nomination nomination;
    nomination.year = year_;
    nomination.awardCode = award_->currentData().toString();
    nomination.kind = static_cast<domain::AwardKind>(kind_->currentData().toInt());
    if (const QString missing = candidate_->missingChoice(); !missing.isEmpty())
        return showRefusal(refusal_, missing);
    nomination.personId = candidate_->personId();
    nomination.unitId = candidate_->unitId();
    nomination.proposingUnitId = proposer_->unitId();
    nomination.basis = basis_->toPlainText().trimmed();
    if (auto proposed = workspace_.nominations().propose(nomination); !proposed)
        return showRefusal(refusal_, proposed.error().message);
    proposedId_ = nomination.id;
    QDialog::accept();
}

} // namespace thidua::ui
