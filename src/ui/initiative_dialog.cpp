#include "initiative_dialog.h"

#include "award_service.h"
#include "candidate_picker.h"
#include "date_field.h"
#include "dialog_parts.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace thidua::ui {

InitiativeDialog::InitiativeDialog(services::Workspace& workspace, int year, QWidget* parent)
    : QDialog(parent)
    , workspace_(workspace)
    , title_(new QLineEdit(this))
    , kind_(new QComboBox(this))
    , level_(new QComboBox(this))
    , year_(new QSpinBox(this))
    , number_(new QLineEdit(this))
    , date_(new DateField(this))
    , issuer_(new QLineEdit(this))
    , search_(new QLineEdit(this))
    , found_(new QListWidget(this))
    , addButton_(new QPushButton(tr("&Add author"), this))
    , authors_(new QListWidget(this))
    , removeButton_(new QPushButton(tr("Re&move"), this))
    , note_(new QLineEdit(this))
    , refusal_(refusalLabel(this)) {
    setObjectName(QStringLiteral("initiativeDialog"));
    setWindowTitle(tr("Record an Initiative"));
    title_->setObjectName(QStringLiteral("initiativeTitleEdit"));
    kind_->setObjectName(QStringLiteral("initiativeKindComboBox"));
    level_->setObjectName(QStringLiteral("initiativeLevelComboBox"));
    year_->setObjectName(QStringLiteral("initiativeYearSpinBox"));
    number_->setObjectName(QStringLiteral("initiativeDecisionEdit"));
    date_->setObjectName(QStringLiteral("initiativeDateEdit"));
    issuer_->setObjectName(QStringLiteral("initiativeIssuerEdit"));
    search_->setObjectName(QStringLiteral("authorSearchEdit"));
    found_->setObjectName(QStringLiteral("authorFoundList"));
    addButton_->setObjectName(QStringLiteral("addAuthorButton"));
    authors_->setObjectName(QStringLiteral("authorList"));
    removeButton_->setObjectName(QStringLiteral("removeAuthorButton"));
    note_->setObjectName(QStringLiteral("initiativeNoteEdit"));
    for (auto kind : {domain::InitiativeKind::Initiative, domain::InitiativeKind::Research})
        kind_->addItem(domain::initiativeKindName(kind), static_cast<int>(kind));
    for (auto level : {domain::InitiativeLevel::Grassroots, domain::InitiativeLevel::Ministry,
                       domain::InitiativeLevel::National})
        level_->addItem(domain::initiativeLevelName(level), static_cast<int>(level));
    year_->setRange(year - 10, year);
    year_->setValue(year);
    number_->setPlaceholderText(QStringLiteral("45/QĐ-HĐSK"));
    search_->setPlaceholderText(tr("Type a name, e.g. nguyen thi lan"));
    search_->setClearButtonEnabled(true);
    found_->setMaximumHeight(120);
    authors_->setMaximumHeight(90);

    auto authorBox = new QGridLayout;
    authorBox->addWidget(search_, 0, 0);
    authorBox->addWidget(addButton_, 0, 1);
    authorBox->addWidget(found_, 1, 0);
    authorBox->addWidget(authors_, 2, 0);
    authorBox->addWidget(removeButton_, 2, 1, Qt::AlignTop);
    auto form = new QFormLayout;
    form->addRow(tr("&Title:"), title_);
    form->addRow(tr("&Kind:"), kind_);
    form->addRow(tr("Recognised at &level:"), level_);
    form->addRow(tr("&Year:"), year_);
    form->addRow(tr("Recognising &decision:"), number_);
    form->addRow(tr("&Signed on:"), date_);
    form->addRow(tr("&Issued by:"), issuer_);
    // A row of a layout gets no buddy by itself; without one the label shows its "&".
    auto authorsLabel = new QLabel(tr("A&uthors:"), this);
    authorsLabel->setBuddy(search_);
    form->addRow(authorsLabel, authorBox);
    form->addRow(tr("N&ote:"), note_);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(refusal_);
    layout->addWidget(dialogButtons(this, tr("Record")));
    resize(640, 600);

    connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (auto shown = showPeopleFound(found_, workspace_, text); !shown)
            showRefusal(refusal_, shown.error().message);
    });
    connect(found_, &QListWidget::itemActivated, this, &InitiativeDialog::addAuthor);
    connect(addButton_, &QPushButton::clicked, this, &InitiativeDialog::addAuthor);
    connect(removeButton_, &QPushButton::clicked, this, &InitiativeDialog::removeAuthor);
}

void InitiativeDialog::addAuthor() {
    const QListWidgetItem* chosen = found_->currentItem();
    if (!chosen)
        return;
    const qlonglong id = chosen->data(PersonIdRole).toLongLong();
    for (int row = 0; row < authors_->count(); ++row)
        if (authors_->item(row)->data(PersonIdRole).toLongLong() == id)
            return;
    auto author = new QListWidgetItem(chosen->text(), authors_);
    author->setData(PersonIdRole, id);
    search_->clear();
    search_->setFocus();
}

void InitiativeDialog::removeAuthor() {
    delete authors_->currentItem();
}

Result<domain::Initiative> InitiativeDialog::typed() const {
    domain::Initiative initiative;
    initiative.title = title_->text().trimmed();
    initiative.kind = static_cast<domain::InitiativeKind>(kind_->currentData().toInt());
    initiative.level = static_cast<domain::InitiativeLevel>(level_->currentData().toInt());
    initiative.year = year_->value();
    initiative.decisionNumber = number_->text().trimmed();
    auto date = date_->date(tr("Signed on"));
    if (!date)
        return std::unexpected(date.error());
    initiative.decisionDate = *date;
    initiative.issuer = issuer_->text().trimmed();
    for (int row = 0; row < authors_->count(); ++row)
        initiative.authorIds.push_back(authors_->item(row)->data(PersonIdRole).toLongLong());
    initiative.note = note_->text().trimmed();
    return initiative;
}

void InitiativeDialog::accept() {
    // Enter while a name is typed adds that author rather than the whole
    // initiative: the clerk types the authors one after another.
    if (search_->hasFocus() && !search_->text().trimmed().isEmpty())
        return addAuthor();
    auto initiative = typed();
    if (!initiative)
        return showRefusal(refusal_, initiative.error().message);
    if (auto stored = workspace_.awards().recordInitiative(*initiative); !stored)
        return showRefusal(refusal_, stored.error().message);
    initiative_ = *initiative;
    QDialog::accept();
}

} // namespace thidua::ui
