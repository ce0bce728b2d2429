#include "person_dialog.h"

#include "catalogue_service.h"
#include "clock.h"
#include "date_field.h"
#include "dialog_parts.h"
#include "unit_picker.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <array>

namespace thidua::ui {

PersonDialog::PersonDialog(services::Workspace& workspace, domain::RowId personId, QWidget* parent,
                           domain::RowId unitId)
    : QDialog(parent)
    , workspace_(workspace)
    , save_([&workspace](const domain::Person& person) -> Result<domain::RowId> {
        if (person.id != domain::NoId) {
            auto updated = workspace.catalogue().updatePerson(person);
            return updated ? Result<domain::RowId>(person.id) : std::unexpected(updated.error());
        }
        auto created = workspace.catalogue().createPerson(person);
        return created ? Result<domain::RowId>(created->id) : std::unexpected(created.error());
    })
    , family_(new QLineEdit(this))
    , middle_(new QLineEdit(this))
    , given_(new QLineEdit(this))
    , gender_(new QComboBox(this))
    , birthDate_(new DateField(this))
    , identity_(new QLineEdit(this))
    , unit_(new UnitPicker(this))
    , position_(new QLineEdit(this))
    , error_(refusalLabel(this)) {
    setObjectName(QStringLiteral("personDialog"));
    family_->setObjectName(QStringLiteral("familyNameEdit"));
    middle_->setObjectName(QStringLiteral("middleNameEdit"));
    given_->setObjectName(QStringLiteral("givenNameEdit"));
    gender_->setObjectName(QStringLiteral("genderComboBox"));
    birthDate_->setObjectName(QStringLiteral("birthDateEdit"));
    identity_->setObjectName(QStringLiteral("identityNumberEdit"));
    unit_->setObjectName(QStringLiteral("personUnitPicker"));
    position_->setObjectName(QStringLiteral("positionEdit"));
    error_->setObjectName(QStringLiteral("personErrorLabel"));

    family_->setPlaceholderText(tr("or the full name, then Tab"));
    identity_->setPlaceholderText(tr("12 digits"));
    identity_->setMaxLength(16);
    gender_->addItem(tr("Female"), static_cast<int>(domain::Gender::Female));
    gender_->addItem(tr("Male"), static_cast<int>(domain::Gender::Male));
    connect(family_, &QLineEdit::editingFinished, this, &PersonDialog::splitTypedName);

    auto form = new QFormLayout;
    form->addRow(tr("&Family name:"), family_);
    form->addRow(tr("&Middle name:"), middle_);
    form->addRow(tr("&Given name:"), given_);
    form->addRow(tr("G&ender:"), gender_);
    form->addRow(tr("Date of &birth:"), birthDate_);
    form->addRow(tr("&Identity number:"), identity_);

    const bool adding = personId == domain::NoId;
    if (adding) {
        setWindowTitle(tr("Add a person"));
        unit_->setOpenSince(workspace_.clock().today());
        if (auto units = workspace_.catalogue().units())
            unit_->setUnits(*units);
        if (unitId != domain::NoId)
            unit_->setUnitId(unitId);
        form->addRow(tr("&Unit:"), unit_);
    } else {
        unit_->hide();
        if (auto person = workspace_.catalogue().person(personId)) {
            person_ = *person;
            fill(person_);
        } else {
            showRefusal(error_, person.error().message);
        }
        setWindowTitle(tr("Edit %1").arg(person_.name.fullName()));
    }
    if (!adding) {
        auto unit = new QLabel(unitName(person_.unitId), this);
        unit->setObjectName(QStringLiteral("personUnitLabel"));
        auto moved = new QLabel(tr("The unit changes through a transfer, which keeps the "
                                   "postings so far."),
                                this);
        moved->setWordWrap(true);
        form->addRow(tr("Unit:"), unit);
        form->addRow(QString(), moved);
    }
    form->addRow(tr("&Position:"), position_);

    QDialogButtonBox* buttons = dialogButtons(this, adding ? tr("Add") : tr("Save"));
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    // Tab goes down the form as a clerk reads it.
    const std::array<QWidget*, 9> order{family_,   middle_, given_,    gender_, birthDate_,
                                        identity_, unit_,   position_, buttons};
    for (std::size_t i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
    family_->setFocus();
}

QString PersonDialog::unitName(domain::RowId unitId) const {
    if (auto units = workspace_.catalogue().units())
        for (const domain::Unit& unit : *units)
            if (unit.id == unitId)
                return unit.name;
    return {};
}

void PersonDialog::fill(const domain::Person& person) {
    family_->setText(person.name.family);
    middle_->setText(person.name.middle);
    given_->setText(person.name.given);
    gender_->setCurrentIndex(gender_->findData(static_cast<int>(person.gender)));
    birthDate_->setDate(person.birthDate);
    identity_->setText(person.identityNumber);
    position_->setText(person.position);
}

void PersonDialog::splitTypedName() {
    // The quickest entry: "Nguyễn Thị Lan" in the first box, then Tab. Only
    // while the other two are empty, so that a compound family name typed
    // there on purpose ("Tôn Thất") is kept.
    if (!middle_->text().trimmed().isEmpty() || !given_->text().trimmed().isEmpty() ||
        !family_->text().trimmed().contains(QLatin1Char(' ')))
        return;
    const domain::PersonName name = domain::splitFullName(family_->text());
    family_->setText(name.family);
    middle_->setText(name.middle);
    given_->setText(name.given);
}

void PersonDialog::setSave(Save save) {
    save_ = std::move(save);
}

void PersonDialog::accept() {
    splitTypedName();
    auto birthDate = birthDate_->date(tr("Date of birth"));
    if (!birthDate) {
        showRefusal(error_, birthDate.error().message);
        birthDate_->setFocus();
        return;
    }
    domain::Person person = person_;
    person.name = {family_->text(), middle_->text(), given_->text()};
    person.gender = static_cast<domain::Gender>(gender_->currentData().toInt());
    person.birthDate = *birthDate;
    person.identityNumber = identity_->text();
    person.position = position_->text();
    if (person.id == domain::NoId) {
        person.unitId = unit_->unitId();
        if (person.unitId == domain::NoId) {
            showRefusal(error_, tr("Unit: choose the unit the person works in."));
            unit_->setFocus();
            return;
        }
    }
    auto saved = save_(person);
    if (!saved) {
        showRefusal(error_, saved.error().message);
        return;
    }
    person.id = *saved;
    Q_EMIT personSaved(person.id);
    QDialog::accept();
}

} // namespace thidua::ui
