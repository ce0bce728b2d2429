#include "people_page.h"

#include "catalogue_steps.h"
#include "conduct_dialog.h"
#include "page_parts.h"
#include "people_model.h"
#include "person_dialog.h"
#include "reorganise_dialog.h"
#include "transfer_dialog.h"
#include "ui_people_page.h"
#include "unit_dialog.h"
#include "vietnamese_format.h"
#include "work_areas.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

namespace thidua::ui {

PeoplePage::PeoplePage(QWidget* parent)
    : QWidget(parent)
    , ui_(std::make_unique<Ui::PeoplePage>())
    , model_(new PeopleModel(this))
    , searchTimer_(new QTimer(this))
    , undoStack_(new QUndoStack(this)) {
    ui_->setupUi(this);
    steps_ = std::make_unique<CatalogueSteps>(
        *undoStack_, [this](const QString& message) { ui_->pageHeader->setError(message); });
    ui_->peopleTableView->setModel(model_);
    QHeaderView* header = ui_->peopleTableView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    // Widths in characters, so they follow the font and the screen's scale.
    const int character = fontMetrics().averageCharWidth();
    header->resizeSection(PeopleModel::NameColumn, 26 * character);
    header->resizeSection(PeopleModel::GenderColumn, 8 * character);
    header->resizeSection(PeopleModel::BirthDateColumn, 12 * character);
    header->resizeSection(PeopleModel::PositionColumn, 26 * character);
    ui_->unitsPeopleSplitter->setStretchFactor(0, 2);
    ui_->unitsPeopleSplitter->setStretchFactor(1, 5);
    ui_->unitsPeopleSplitter->setSizes({30 * character, 75 * character});

    // Searching on every keystroke would query once per letter typed.
    searchTimer_->setSingleShot(true);
    searchTimer_->setInterval(SearchDelayMs);
    connectActions();
    retranslate();
}

PeoplePage::~PeoplePage() = default;

void PeoplePage::connectActions() {
    connect(ui_->searchLineEdit, &QLineEdit::textChanged, searchTimer_,
            qOverload<>(&QTimer::start));
    connect(searchTimer_, &QTimer::timeout, this,
            [this] { model_->setSearch(ui_->searchLineEdit->text().trimmed()); });
    connect(ui_->unitPanel, &UnitPanel::unitSelected, this, [this](domain::RowId id) {
        model_->setUnit(id);
        enableActions();
    });
    connect(ui_->unitPanel, &UnitPanel::unitActivated, this, &PeoplePage::editUnit);
    connect(ui_->unitPanel, &UnitPanel::loadFailed, ui_->pageHeader, &PageHeader::setError);
    connect(model_, &PeopleModel::totalCountChanged, this, &PeoplePage::showCount);
    connect(model_, &PeopleModel::modelReset, this, &PeoplePage::enableActions);
    connect(ui_->peopleTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePage::enableActions);
    connect(ui_->addUnitButton, &QPushButton::clicked, this, &PeoplePage::addUnit);
    connect(ui_->editUnitButton, &QPushButton::clicked, this, &PeoplePage::editUnit);
    connect(ui_->unitConductButton, &QPushButton::clicked, this, &PeoplePage::unitConduct);
    connect(ui_->addPersonButton, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(ui_->editPersonButton, &QPushButton::clicked, this, &PeoplePage::editPerson);
    connect(ui_->personConductButton, &QPushButton::clicked, this, &PeoplePage::personConduct);
    connect(ui_->peopleTableView, &QTableView::activated, this, &PeoplePage::editPerson);
    connect(ui_->transferButton, &QPushButton::clicked, this, &PeoplePage::transferSelected);
    connect(ui_->reorganiseButton, &QPushButton::clicked, this, &PeoplePage::reorganiseUnits);
    connect(model_, &PeopleModel::loadFailed, ui_->pageHeader, &PageHeader::setError);
    connect(viewShortcut(ui_->unitPanel->treeView(), QKeySequence(Qt::Key_F2)), &QAction::triggered,
            this, &PeoplePage::editUnit);
    connect(viewShortcut(ui_->unitPanel->treeView(), QKeySequence(Qt::Key_Insert)),
            &QAction::triggered, this, &PeoplePage::addUnit);
    connect(viewShortcut(ui_->peopleTableView, QKeySequence(Qt::Key_F2)), &QAction::triggered, this,
            &PeoplePage::editPerson);
    connect(viewShortcut(ui_->peopleTableView, QKeySequence(Qt::Key_Insert)), &QAction::triggered,
            this, &PeoplePage::addPerson);
    connectUndoButtons(this, undoStack_, ui_->undoButton, ui_->redoButton);

    auto find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        ui_->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        ui_->searchLineEdit->selectAll();
    });
    addAction(find);
}

void PeoplePage::setWorkspace(services::Workspace* workspace) {
    workspace_ = workspace;
    undoStack_->clear();
    steps_->setWorkspace(workspace);
    ui_->pageHeader->setError({});
    ui_->unitPanel->setWorkspace(workspace);
    model_->setWorkspace(workspace);
    enableActions();
}

void PeoplePage::setImportAction(QAction* action) {
    ui_->importToolButton->setDefaultAction(action);
}

void PeoplePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
        model_->retranslate();
        ui_->unitPanel->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PeoplePage::retranslate() {
    const WorkArea& area = workArea(Area::UnitsPeople);
    ui_->pageHeader->setTitle(areaTitle(area));
    ui_->pageHeader->setDescription(areaDescription(area));
    showCount();
}

void PeoplePage::enableActions() {
    const bool open = workspace_ != nullptr;
    const bool unitChosen = open && ui_->unitPanel->selectedUnit();
    const bool personChosen = open && selectedPerson();
    ui_->addUnitButton->setEnabled(open);
    ui_->editUnitButton->setEnabled(unitChosen);
    ui_->unitConductButton->setEnabled(unitChosen);
    ui_->reorganiseButton->setEnabled(open);
    ui_->addPersonButton->setEnabled(open);
    for (QPushButton* button :
         {ui_->editPersonButton, ui_->personConductButton, ui_->transferButton})
        button->setEnabled(personChosen);
}

const services::ListedPerson* PeoplePage::selectedPerson() const {
    const QModelIndexList rows = ui_->peopleTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : model_->personAt(rows.front().row());
}

void PeoplePage::openDialog(QDialog* dialog) {
    // Open, not exec: the lists keep loading behind the dialog, and a test can
    // fill the dialog in.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PeoplePage::addUnit() {
    if (!workspace_)
        return;
    domain::Unit unit;
    if (const domain::Unit* parent = ui_->unitPanel->selectedUnit()) {
        unit.parentId = parent->id;
        unit.kind = QStringLiteral("section");
    }
    openDialog(new UnitDialog(
        ui_->unitPanel->units(), unit,
        [this](const domain::Unit& typed) -> Status {
            auto created = steps_->createUnit(typed);
            if (!created)
                return std::unexpected(created.error());
            ui_->unitPanel->selectUnit(created->id);
            return {};
        },
        this));
}

void PeoplePage::editUnit() {
    const domain::Unit* chosen = ui_->unitPanel->selectedUnit();
    if (!workspace_ || !chosen)
        return;
    openDialog(new UnitDialog(
        ui_->unitPanel->units(), *chosen,
        [this, before = *chosen](const domain::Unit& typed) {
            return steps_->editUnit(before, typed);
        },
        this));
}

void PeoplePage::unitConduct() {
    if (const domain::Unit* chosen = ui_->unitPanel->selectedUnit(); workspace_ && chosen)
        openDialog(new ConductDialog(*workspace_, services::ConductSubject::unit(chosen->id),
                                     chosen->name, this));
}

void PeoplePage::addPerson() {
    if (!workspace_)
        return;
    const domain::Unit* chosen = ui_->unitPanel->selectedUnit();
    editPersonWith(domain::NoId, chosen ? chosen->id : domain::NoId);
}

void PeoplePage::editPerson() {
    if (const services::ListedPerson* person = selectedPerson(); workspace_ && person)
        editPersonWith(person->id, person->unitId);
}

void PeoplePage::editPersonWith(domain::RowId personId, domain::RowId unitId) {
    auto dialog = new PersonDialog(*workspace_, personId, this, unitId);
    dialog->setSave([this](const domain::Person& person) -> Result<domain::RowId> {
        if (person.id != domain::NoId) {
            auto edited = steps_->editPerson(person);
            return edited ? Result<domain::RowId>(person.id) : std::unexpected(edited.error());
        }
        auto created = steps_->createPerson(person);
        return created ? Result<domain::RowId>(created->id) : std::unexpected(created.error());
    });
    openDialog(dialog);
}

void PeoplePage::personConduct() {
    if (const services::ListedPerson* person = selectedPerson(); workspace_ && person)
        openDialog(new ConductDialog(*workspace_, services::ConductSubject::person(person->id),
                                     person->fullName, this));
}

void PeoplePage::transferSelected() {
    if (const services::ListedPerson* person = selectedPerson(); workspace_ && person)
        openDialog(new TransferDialog(*workspace_, person->id, person->fullName, this));
}

void PeoplePage::reorganiseUnits() {
    if (workspace_)
        openDialog(new ReorganiseDialog(*workspace_, this));
}

void PeoplePage::showCount() {
    ui_->peopleCountLabel->setText(
        tr("%1 people").arg(domain::vn::formatInteger(model_->totalCount())));
}

} // namespace thidua::ui
