#include "propose_dialog.h"

#include "award_service.h"
#include "dialog_parts.h"
#include "listing_service.h"
#include "nomination_service.h"
#include "people_listing.h"
#include "unit_picker.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace thidua::ui {

namespace {

// Enough to pick from while typing; a longer list means: type more.
constexpr int PeopleShown = 50;
constexpr int PersonIdRole = Qt::UserRole;
constexpr int UnitIdRole = Qt::UserRole + 1;

} // namespace

ProposeDialog::ProposeDialog(services::Workspace& workspace, int year,
                             const std::vector<domain::Unit>& units, QWidget* parent)
    : QDialog(parent)
    , workspace_(workspace)
    , year_(year)
    , subject_(new QButtonGroup(this))
    , search_(new QLineEdit(this))
    , people_(new QListWidget(this))
    , unit_(new UnitPicker(this))
    , award_(new QComboBox(this))
    , kind_(new QComboBox(this))
    , proposer_(new UnitPicker(this))
    , basis_(new QPlainTextEdit(this))
    , refusal_(refusalLabel(this)) {
    setObjectName(QStringLiteral("proposeDialog"));
    setWindowTitle(tr("Propose for an Award (%1)").arg(year));
    search_->setObjectName(QStringLiteral("candidateSearchEdit"));
    people_->setObjectName(QStringLiteral("candidateList"));
    unit_->setObjectName(QStringLiteral("candidateUnitPicker"));
    award_->setObjectName(QStringLiteral("awardComboBox"));
    kind_->setObjectName(QStringLiteral("kindComboBox"));
    proposer_->setObjectName(QStringLiteral("proposerPicker"));
    basis_->setObjectName(QStringLiteral("basisEdit"));
    search_->setPlaceholderText(tr("Type a name, e.g. nguyen thi lan"));
    search_->setClearButtonEnabled(true);
    unit_->setUnits(units);
    proposer_->setUnits(units);
    for (domain::AwardKind kind :
         {domain::AwardKind::Merit, domain::AwardKind::Sudden, domain::AwardKind::Thematic,
          domain::AwardKind::Dedication, domain::AwardKind::Foreign})
        kind_->addItem(domain::awardKindName(kind), static_cast<int>(kind));

    auto person = new QRadioButton(tr("&Individual"), this);
    auto group = new QRadioButton(tr("&Collective"), this);
    person->setObjectName(QStringLiteral("individualRadio"));
    group->setObjectName(QStringLiteral("collectiveRadio"));
    subject_->addButton(person, 0);
    subject_->addButton(group, 1);
    person->setChecked(true);
    auto subjects = new QHBoxLayout;
    subjects->addWidget(person);
    subjects->addWidget(group);
    subjects->addStretch(1);

    auto form = new QFormLayout;
    form->addRow(tr("Candidate:"), subjects);
    form->addRow(tr("&Find person:"), search_);
    form->addRow(QString(), people_);
    form->addRow(tr("Co&llective:"), unit_);
    form->addRow(tr("&Award:"), award_);
    form->addRow(tr("&Kind:"), kind_);
    form->addRow(tr("Proposed &by:"), proposer_);
    form->addRow(tr("A&chievements:"), basis_);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(refusal_);
    layout->addWidget(dialogButtons(this, tr("Propose")));
    resize(640, 560);

    connect(subject_, &QButtonGroup::idClicked, this, [this] {
        const bool unit = collective();
        search_->setEnabled(!unit);
        people_->setEnabled(!unit);
        unit_->setEnabled(unit);
        fillAwards();
        candidateChosen();
    });
    connect(search_, &QLineEdit::textChanged, this, &ProposeDialog::findPeople);
    connect(people_, &QListWidget::currentRowChanged, this, &ProposeDialog::candidateChosen);
    connect(unit_, &UnitPicker::unitChosen, this, &ProposeDialog::candidateChosen);
    unit_->setEnabled(false);
    fillAwards();
}

bool ProposeDialog::collective() const {
    return subject_->checkedId() == 1;
}

void ProposeDialog::findPeople() {
    people_->clear();
    if (search_->text().trimmed().isEmpty())
        return;
    services::ListFilter filter;
    filter.search = search_->text();
    auto listing = workspace_.listing().people(filter);
    if (!listing)
        return showRefusal(refusal_, listing.error().message);
    auto found = listing->fetch(PeopleShown);
    if (!found)
        return showRefusal(refusal_, found.error().message);
    for (const services::ListedPerson& person : *found) {
        auto item = new QListWidgetItem(
            QStringLiteral("%1 — %2, %3").arg(person.fullName, person.position, person.unitName),
            people_);
        item->setData(PersonIdRole, static_cast<qlonglong>(person.id));
        item->setData(UnitIdRole, static_cast<qlonglong>(person.unitId));
    }
    if (people_->count() > 0)
        people_->setCurrentRow(0);
}

void ProposeDialog::fillAwards() {
    const QString chosen = award_->currentData().toString();
    award_->clear();
    auto catalogue = workspace_.awards().catalogue(QDate(year_, 12, 31));
    if (!catalogue)
        return showRefusal(refusal_, catalogue.error().message);
    const auto who =
        collective() ? domain::TitleSubject::Collective : domain::TitleSubject::Individual;
    for (const domain::AwardType& type : *catalogue)
        if (type.fits(who))
            award_->addItem(type.name, type.code);
    if (const int index = award_->findData(chosen); index >= 0)
        award_->setCurrentIndex(index);
}

void ProposeDialog::candidateChosen() {
    domain::RowId personId = domain::NoId;
    domain::RowId unitId = domain::NoId;
    if (collective()) {
        unitId = unit_->unitId();
        proposer_->setUnitId(unitId);
    } else if (const QListWidgetItem* item = people_->currentItem()) {
        personId = item->data(PersonIdRole).toLongLong();
        proposer_->setUnitId(item->data(UnitIdRole).toLongLong());
    }
    if (personId == domain::NoId && unitId == domain::NoId)
        return basis_->clear();
    auto basis = workspace_.nominations().basisFor(personId, unitId, year_);
    basis_->setPlainText(basis.value_or(QString()));
}

void ProposeDialog::accept() {
    domain::Nomination nomination;
    nomination.year = year_;
    nomination.awardCode = award_->currentData().toString();
    nomination.kind = static_cast<domain::AwardKind>(kind_->currentData().toInt());
    if (collective())
        nomination.unitId = unit_->unitId();
    else if (const QListWidgetItem* item = people_->currentItem())
        nomination.personId = item->data(PersonIdRole).toLongLong();
    if (nomination.personId == domain::NoId && nomination.unitId == domain::NoId)
        return showRefusal(refusal_, collective() ? tr("Choose the collective to propose.")
                                                  : tr("Find and choose the person to propose."));
    nomination.proposingUnitId = proposer_->unitId();
    nomination.basis = basis_->toPlainText().trimmed();
    if (auto proposed = workspace_.nominations().propose(nomination); !proposed)
        return showRefusal(refusal_, proposed.error().message);
    proposedId_ = nomination.id;
    QDialog::accept();
}

} // namespace thidua::ui
