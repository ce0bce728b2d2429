#include "people_page.h"

#include "people_model.h"
#include "reorganise_dialog.h"
#include "transfer_dialog.h"
#include "ui_people_page.h"
#include "vietnamese_format.h"
#include "work_areas.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QToolButton>

namespace thidua::ui {

PeoplePage::PeoplePage(QWidget* parent)
    : QWidget(parent)
    , ui_(std::make_unique<Ui::PeoplePage>())
    , model_(new PeopleModel(this))
    , searchTimer_(new QTimer(this)) {
    ui_->setupUi(this);
    ui_->peopleTableView->setModel(model_);
    QHeaderView* header = ui_->peopleTableView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    // Widths in characters, so they follow the font and the screen's scale.
    const int character = fontMetrics().averageCharWidth();
    header->resizeSection(PeopleModel::NameColumn, 30 * character);
    header->resizeSection(PeopleModel::GenderColumn, 12 * character);
    header->resizeSection(PeopleModel::BirthDateColumn, 15 * character);
    header->resizeSection(PeopleModel::PositionColumn, 34 * character);

    // Searching on every keystroke would query once per letter typed.
    searchTimer_->setSingleShot(true);
    searchTimer_->setInterval(SearchDelayMs);
    connect(ui_->searchLineEdit, &QLineEdit::textChanged, searchTimer_,
            qOverload<>(&QTimer::start));
    connect(searchTimer_, &QTimer::timeout, this,
            [this] { model_->setSearch(ui_->searchLineEdit->text().trimmed()); });
    connect(model_, &PeopleModel::totalCountChanged, this, &PeoplePage::showCount);
    connect(model_, &PeopleModel::modelReset, this, &PeoplePage::enableActions);
    connect(ui_->peopleTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePage::enableActions);
    connect(ui_->transferToolButton, &QToolButton::clicked, this, &PeoplePage::transferSelected);
    connect(ui_->reorganiseToolButton, &QToolButton::clicked, this, &PeoplePage::reorganiseUnits);
    connect(model_, &PeopleModel::loadFailed, ui_->pageHeader, &PageHeader::setError);

    auto find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        ui_->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        ui_->searchLineEdit->selectAll();
    });
    addAction(find);

    retranslate();
}

PeoplePage::~PeoplePage() = default;

void PeoplePage::setWorkspace(services::Workspace* workspace) {
    workspace_ = workspace;
    ui_->pageHeader->setError({});
    model_->setWorkspace(workspace);
}

void PeoplePage::setImportAction(QAction* action) {
    ui_->importToolButton->setDefaultAction(action);
}

void PeoplePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
        model_->retranslate();
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
    ui_->reorganiseToolButton->setEnabled(workspace_ != nullptr);
    ui_->transferToolButton->setEnabled(workspace_ &&
                                        ui_->peopleTableView->selectionModel()->hasSelection());
}

void PeoplePage::transferSelected() {
    const QModelIndexList rows = ui_->peopleTableView->selectionModel()->selectedRows();
    const services::ListedPerson* person =
        rows.isEmpty() ? nullptr : model_->personAt(rows.front().row());
    if (!workspace_ || !person)
        return;
    // Open, not exec: the list keeps loading behind the dialog, and a test can
    // fill the dialog in.
    auto dialog = new TransferDialog(*workspace_, person->id, person->fullName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PeoplePage::reorganiseUnits() {
    if (!workspace_)
        return;
    auto dialog = new ReorganiseDialog(*workspace_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PeoplePage::showCount() {
    ui_->peopleCountLabel->setText(
        tr("%1 people").arg(domain::vn::formatInteger(model_->totalCount())));
}

} // namespace thidua::ui
