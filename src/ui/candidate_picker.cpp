#include "candidate_picker.h"

#include "listing_service.h"
#include "people_listing.h"
#include "unit_picker.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>

namespace thidua::ui {

namespace {

// Enough to pick from while typing; a longer list means: type more.
constexpr int PeopleShown = 50;
} // namespace

Status showPeopleFound(QListWidget* list, services::Workspace& workspace, const QString& typed) {
    list->clear();
    if (typed.trimmed().isEmpty())
        return {};
    services::ListFilter filter;
    filter.search = typed;
    auto listing = workspace.listing().people(filter);
    if (!listing)
        return std::unexpected(listing.error());
    auto found = listing->fetch(PeopleShown);
    if (!found)
        return std::unexpected(found.error());
    for (const services::ListedPerson& person : *found) {
        auto item = new QListWidgetItem(
            QStringLiteral("%1 — %2, %3").arg(person.fullName, person.position, person.unitName),
            list);
        item->setData(PersonIdRole, static_cast<qlonglong>(person.id));
        item->setData(UnitIdRole, static_cast<qlonglong>(person.unitId));
    }
    if (list->count() > 0)
        list->setCurrentRow(0);
    return {};
}

CandidatePicker::CandidatePicker(services::Workspace& workspace, int year,
                                 const std::vector<domain::Unit>& units, QWidget* parent)
    : QWidget(parent)
    , workspace_(workspace)
    , subject_(new QButtonGroup(this))
    , search_(new QLineEdit(this))
    , people_(new QListWidget(this))
    , unit_(new UnitPicker(this)) {
    search_->setObjectName(QStringLiteral("candidateSearchEdit"));
    people_->setObjectName(QStringLiteral("candidateList"));
    unit_->setObjectName(QStringLiteral("candidateUnitPicker"));
    search_->setPlaceholderText(tr("Type a name, e.g. nguyen thi lan"));
    search_->setClearButtonEnabled(true);
    unit_->setOpenSince(QDate(year, 1, 1));
    unit_->setUnits(units);

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

    auto form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Candidate:"), subjects);
    form->addRow(tr("&Find person:"), search_);
    form->addRow(QString(), people_);
    form->addRow(tr("Co&llective:"), unit_);

    connect(subject_, &QButtonGroup::idClicked, this, [this] {
        const bool unit = collective();
        search_->setEnabled(!unit);
        people_->setEnabled(!unit);
        unit_->setEnabled(unit);
        Q_EMIT subjectChanged();
        Q_EMIT candidateChanged();
    });
    connect(search_, &QLineEdit::textChanged, this, &CandidatePicker::findPeople);
    connect(people_, &QListWidget::currentRowChanged, this, &CandidatePicker::candidateChanged);
    connect(unit_, &UnitPicker::unitChosen, this, &CandidatePicker::candidateChanged);
    unit_->setEnabled(false);
}

bool CandidatePicker::collective() const {
    return subject_->checkedId() == 1;
}

domain::TitleSubject CandidatePicker::subject() const {
    return collective() ? domain::TitleSubject::Collective : domain::TitleSubject::Individual;
}

domain::RowId CandidatePicker::personId() const {
    const QListWidgetItem* item = people_->currentItem();
    return !collective() && item ? item->data(PersonIdRole).toLongLong() : domain::NoId;
}

domain::RowId CandidatePicker::unitId() const {
    return collective() ? unit_->unitId() : domain::NoId;
}

domain::RowId CandidatePicker::homeUnitId() const {
    if (collective())
        return unit_->unitId();
    const QListWidgetItem* item = people_->currentItem();
    return item ? item->data(UnitIdRole).toLongLong() : domain::NoId;
}

QString CandidatePicker::missingChoice() const {
    if (personId() != domain::NoId || unitId() != domain::NoId)
        return {};
    return collective() ? tr("Choose the collective.") : tr("Find and choose the person.");
}

void CandidatePicker::findPeople() {
    if (auto shown = showPeopleFound(people_, workspace_, search_->text()); !shown)
        Q_EMIT failed(shown.error().message);
}

} // namespace thidua::ui
