#include "movement_dialog.h"

#include "dialog_parts.h"
#include "milestone_table.h"
#include "movement_rules.h"
#include "unit_catalogue.h"
#include "unit_check_list.h"
#include "unit_picker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thidua::ui {

namespace {

constexpr int FirstYear = 2000;
constexpr int LastYear = 2100;

QSpinBox* yearBox(QWidget* parent, int year) {
    auto box = new QSpinBox(parent);
    box->setRange(FirstYear, LastYear);
    box->setValue(year);
    return box;
}

} // namespace

MovementDialog::MovementDialog(const domain::Movement& movement, const domain::Period& period,
                               const UnitCatalogue& units, Save save, QWidget* parent)
    : QDialog(parent)
    , movement_(movement)
    , names_(units.names())
    , save_(std::move(save))
    , tabs_(new QTabWidget(this))
    , name_(new QLineEdit(movement.name, this))
    , kind_(new QComboBox(this))
    , launcher_(new UnitPicker(this))
    , periodKind_(new QComboBox(this))
    , firstYear_(yearBox(this, period.start.year()))
    , lastYear_(yearBox(this, period.end.year()))
    , periodLabel_(new QLabel(this))
    , launchedOn_(new QDateEdit(this))
    , document_(new QLineEdit(movement.document, this))
    , targets_(new QPlainTextEdit(movement.targets.join(QLatin1Char('\n')), this))
    , participants_(new UnitCheckList(this))
    , milestones_(new MilestoneTable(this))
    , propose_(new QPushButton(tr("&Propose Dates"), this))
    , refusal_(refusalLabel(this)) {
    setObjectName(QStringLiteral("movementDialog"));
    setWindowTitle(movement.id == domain::NoId ? tr("New Emulation Movement")
                                               : tr("Edit Emulation Movement"));
    name_->setObjectName(QStringLiteral("movementNameEdit"));
    kind_->setObjectName(QStringLiteral("movementKindComboBox"));
    launcher_->setObjectName(QStringLiteral("launcherPicker"));
    periodKind_->setObjectName(QStringLiteral("periodKindComboBox"));
    firstYear_->setObjectName(QStringLiteral("firstYearSpinBox"));
    lastYear_->setObjectName(QStringLiteral("lastYearSpinBox"));
    periodLabel_->setObjectName(QStringLiteral("periodLabel"));
    launchedOn_->setObjectName(QStringLiteral("launchedOnEdit"));
    document_->setObjectName(QStringLiteral("documentEdit"));
    targets_->setObjectName(QStringLiteral("movementTargetsEdit"));
    participants_->setObjectName(QStringLiteral("participantsList"));
    milestones_->setObjectName(QStringLiteral("milestoneTable"));
    propose_->setObjectName(QStringLiteral("proposeDatesButton"));

    auto general = new QWidget(tabs_);
    buildGeneralTab(general);
    launcher_->setUnits(units.units());
    launcher_->setUnitId(movement.launcherId);
    periodKind_->setCurrentIndex(period.kind == domain::PeriodKind::Stage ? 1 : 0);
    lastYear_->setEnabled(periodKind_->currentIndex() == 1);
    periodLabel_->setText(this->period().label);
    std::vector<std::pair<domain::RowId, QString>> choices;
    for (const domain::Unit& unit : units.units())
        choices.emplace_back(unit.id, units.name(unit.id));
    participants_->setUnits(choices);
    participants_->setCheckedIds(movement.participantIds);
    milestones_->setMilestones(movement.milestones);
    auto reviews = new QWidget(tabs_);
    auto reviewsLayout = new QVBoxLayout(reviews);
    reviewsLayout->addWidget(milestones_, 1);
    auto proposeRow = new QHBoxLayout;
    proposeRow->addStretch(1);
    proposeRow->addWidget(propose_);
    reviewsLayout->addLayout(proposeRow);
    tabs_->addTab(general, tr("General"));
    tabs_->addTab(participants_, tr("Units taking part"));
    tabs_->addTab(reviews, tr("Reviews"));

    auto layout = new QVBoxLayout(this);
    layout->addWidget(tabs_, 1);
    layout->addWidget(refusal_);
    layout->addWidget(dialogButtons(this, tr("Save")));
    connect(periodKind_, &QComboBox::currentIndexChanged, this, &MovementDialog::periodChanged);
    connect(firstYear_, &QSpinBox::valueChanged, this, &MovementDialog::periodChanged);
    connect(lastYear_, &QSpinBox::valueChanged, this, &MovementDialog::periodChanged);
    connect(propose_, &QPushButton::clicked, this,
            [this] { milestones_->setMilestones(domain::proposedMilestones(this->period())); });
    resize(760, 560);
}

void MovementDialog::buildGeneralTab(QWidget* tab) {
    kind_->addItem(domain::movementKindName(domain::MovementKind::Regular),
                   static_cast<int>(domain::MovementKind::Regular));
    kind_->addItem(domain::movementKindName(domain::MovementKind::Thematic),
                   static_cast<int>(domain::MovementKind::Thematic));
    kind_->setCurrentIndex(movement_.kind == domain::MovementKind::Thematic ? 1 : 0);
    periodKind_->addItem(tr("One year"));
    periodKind_->addItem(tr("A stage of several years"));
    // The special text at the minimum stands for "not known".
    launchedOn_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    launchedOn_->setCalendarPopup(true);
    launchedOn_->setMinimumDate(QDate(FirstYear, 1, 1));
    launchedOn_->setSpecialValueText(tr("(not known)"));
    launchedOn_->setDate(movement_.launchedOn.isValid() ? movement_.launchedOn
                                                        : launchedOn_->minimumDate());
    document_->setPlaceholderText(tr("e.g. Kế hoạch số 25/KH-BTP"));
    targets_->setTabChangesFocus(true);
    targets_->setPlaceholderText(tr("One target a line, in the order they are printed"));

    auto periodRow = new QHBoxLayout;
    periodRow->addWidget(periodKind_);
    periodRow->addWidget(firstYear_);
    periodRow->addWidget(new QLabel(QStringLiteral("–"), tab));
    periodRow->addWidget(lastYear_);
    periodRow->addWidget(periodLabel_, 1);
    auto form = new QFormLayout(tab);
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&Kind:"), kind_);
    form->addRow(tr("&Launched by:"), launcher_);
    // A row of several fields gets no label of its own from the form: name its buddy.
    auto periodTitle = new QLabel(tr("&Period:"), tab);
    periodTitle->setBuddy(periodKind_);
    form->addRow(periodTitle, periodRow);
    form->addRow(tr("Launched &on:"), launchedOn_);
    form->addRow(tr("&Document:"), document_);
    form->addRow(tr("&Targets:"), targets_);
}

domain::Period MovementDialog::period() const {
    const int first = firstYear_->value();
    if (periodKind_->currentIndex() == 0)
        return domain::calendarYear(first);
    return domain::stage(first, std::max(first, lastYear_->value()));
}

// A new period needs new review dates: the old ones would fall outside it.
void MovementDialog::periodChanged() {
    const bool stage = periodKind_->currentIndex() == 1;
    lastYear_->setEnabled(stage);
    if (!stage)
        lastYear_->setValue(firstYear_->value());
    const domain::Period chosen = period();
    periodLabel_->setText(chosen.label);
    milestones_->setMilestones(domain::proposedMilestones(chosen));
}

Result<domain::Movement> MovementDialog::movement() const {
    auto milestones = milestones_->milestones();
    if (!milestones)
        return std::unexpected(milestones.error());
    domain::Movement movement = movement_;
    movement.name = name_->text().trimmed();
    movement.kind = static_cast<domain::MovementKind>(kind_->currentData().toInt());
    movement.launcherId = launcher_->unitId();
    movement.launchedOn =
        launchedOn_->date() == launchedOn_->minimumDate() ? QDate() : launchedOn_->date();
    movement.document = document_->text().trimmed();
    movement.targets = targets_->toPlainText().split(QLatin1Char('\n'));
    movement.participantIds = participants_->checkedIds();
    movement.milestones = std::move(*milestones);
    return movement;
}

void MovementDialog::accept() {
    auto movement = this->movement();
    if (!movement) {
        tabs_->setCurrentIndex(2);
        showRefusal(refusal_, movement.error().message);
        return;
    }
    const domain::Period chosen = period();
    if (auto refusal = domain::movementRefusal(*movement, chosen, names_)) {
        showRefusal(refusal_, *refusal);
        return;
    }
    if (auto saved = save_(*movement, chosen); !saved) {
        showRefusal(refusal_, saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace thidua::ui
