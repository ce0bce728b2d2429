#include "leadership_editor.h"

#include "unit_catalogue.h"
#include "unit_picker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua::ui {

namespace {

void fillMembers(QComboBox* box, const domain::ClusterYear& cluster, const UnitCatalogue& units,
                 const QString& none, domain::RowId chosen) {
    box->clear();
    box->addItem(none, domain::NoId);
    for (const domain::ClusterMember& member : cluster.members)
        box->addItem(units.name(member.unitId), member.unitId);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace

LeadershipEditor::LeadershipEditor(QWidget* parent)
    : QGroupBox(parent)
    , headLabel_(new QLabel(this))
    , deputyLabel_(new QLabel(this))
    , numberLabel_(new QLabel(this))
    , dateLabel_(new QLabel(this))
    , issuerLabel_(new QLabel(this))
    , head_(new QComboBox(this))
    , deputy_(new QComboBox(this))
    , decision_(new QGroupBox(this))
    , number_(new QLineEdit(this))
    , date_(new QDateEdit(this))
    , issuer_(new UnitPicker(this))
    , apply_(new QPushButton(this)) {
    head_->setObjectName(QStringLiteral("headComboBox"));
    deputy_->setObjectName(QStringLiteral("deputyComboBox"));
    decision_->setObjectName(QStringLiteral("decisionGroupBox"));
    number_->setObjectName(QStringLiteral("decisionNumberEdit"));
    date_->setObjectName(QStringLiteral("decisionDateEdit"));
    issuer_->setObjectName(QStringLiteral("decisionIssuerPicker"));
    apply_->setObjectName(QStringLiteral("applyLeadershipButton"));
    for (QComboBox* box : {head_, deputy_})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    issuer_->setMinimumContentsLength(20);
    decision_->setCheckable(true);
    date_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date_->setCalendarPopup(true);
    number_->setPlaceholderText(QStringLiteral("125/QĐ-BTP"));

    auto decisionForm = new QFormLayout(decision_);
    decisionForm->addRow(numberLabel_, number_);
    decisionForm->addRow(dateLabel_, date_);
    decisionForm->addRow(issuerLabel_, issuer_);
    auto form = new QFormLayout;
    form->addRow(headLabel_, head_);
    form->addRow(deputyLabel_, deputy_);
    headLabel_->setBuddy(head_);
    deputyLabel_->setBuddy(deputy_);
    numberLabel_->setBuddy(number_);
    dateLabel_->setBuddy(date_);
    issuerLabel_->setBuddy(issuer_);
    auto buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(apply_);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(decision_);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(apply_, &QPushButton::clicked, this, &LeadershipEditor::requestApply);
    retranslate();
    clear();
}

void LeadershipEditor::setCluster(const domain::ClusterYear& cluster, const UnitCatalogue& units,
                                  QDate today) {
    fillMembers(head_, cluster, units, tr("(nobody)"), cluster.head());
    fillMembers(deputy_, cluster, units, tr("(nobody)"), cluster.deputy());
    issuer_->setUnits(units.units());
    const std::optional<domain::AppointingDecision>& decision = cluster.decision;
    decision_->setChecked(decision.has_value());
    number_->setText(decision ? decision->number : QString());
    // A decision is issued no later than its year, usually at the end of the one before.
    const int year = cluster.cluster.year;
    date_->setDate(decision ? decision->date
                            : std::clamp(today, QDate(year - 1, 1, 1), QDate(year, 12, 31)));
    issuer_->setUnitId(decision ? decision->issuerId : cluster.cluster.organiserId);
    setEnabled(true);
}

void LeadershipEditor::clear() {
    head_->clear();
    deputy_->clear();
    number_->clear();
    decision_->setChecked(false);
    setEnabled(false);
}

void LeadershipEditor::requestApply() {
    std::optional<domain::AppointingDecision> decision;
    if (decision_->isChecked())
        decision =
            domain::AppointingDecision{number_->text().trimmed(), date_->date(), issuer_->unitId()};
    Q_EMIT applyRequested(head_->currentData().toLongLong(), deputy_->currentData().toLongLong(),
                          decision);
}

void LeadershipEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void LeadershipEditor::retranslate() {
    setTitle(tr("Head and deputy head"));
    headLabel_->setText(tr("&Head:"));
    deputyLabel_->setText(tr("&Deputy head:"));
    numberLabel_->setText(tr("N&umber:"));
    dateLabel_->setText(tr("D&ated:"));
    issuerLabel_->setText(tr("&Issued by:"));
    decision_->setTitle(tr("Appointed by decision"));
    apply_->setText(tr("A&pply"));
    apply_->setToolTip(tr("Record the head, the deputy head and the decision as one step"));
}

} // namespace thidua::ui
