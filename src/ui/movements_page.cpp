#include "movements_page.h"

#include "change_command.h"
#include "movement_details.h"
#include "movement_dialog.h"
#include "movement_list_model.h"
#include "movement_rules.h"
#include "movement_service.h"
#include "page_header.h"
#include "page_parts.h"
#include "registration_service.h"
#include "restore_state.h"
#include "work_areas.h"
#include "workspace.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

#include <map>

namespace thidua::ui {

MovementsPage::MovementsPage(QWidget* parent)
    : QWidget(parent)
    , header_(new PageHeader(this))
    , newButton_(new QPushButton(this))
    , editButton_(new QPushButton(this))
    , deleteButton_(new QPushButton(this))
    , undoButton_(new QPushButton(this))
    , redoButton_(new QPushButton(this))
    , view_(listView(this, QStringLiteral("movementView")))
    , model_(new MovementListModel(this))
    , details_(new QTextBrowser(this))
    , undoStack_(new QUndoStack(this)) {
    header_->setObjectName(QStringLiteral("pageHeader"));
    newButton_->setObjectName(QStringLiteral("newMovementButton"));
    editButton_->setObjectName(QStringLiteral("editMovementButton"));
    deleteButton_->setObjectName(QStringLiteral("deleteMovementButton"));
    undoButton_->setObjectName(QStringLiteral("undoButton"));
    redoButton_->setObjectName(QStringLiteral("redoButton"));
    details_->setObjectName(QStringLiteral("movementDetails"));
    view_->setModel(model_);
    view_->setWordWrap(false);
    QHeaderView* columns = view_->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(MovementListModel::NameColumn, QHeaderView::Stretch);
    details_->setOpenLinks(false);

    auto actions = new QHBoxLayout;
    for (QPushButton* button : {newButton_, editButton_, deleteButton_})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(undoButton_);
    actions->addWidget(redoButton_);
    layOutListAndRecord(this, header_, {actions}, view_, details_, 1, 2);

    connectUndoButtons(this, undoStack_, undoButton_, redoButton_);
    connect(newButton_, &QPushButton::clicked, this, &MovementsPage::newMovement);
    connect(editButton_, &QPushButton::clicked, this, &MovementsPage::editMovement);
    connect(deleteButton_, &QPushButton::clicked, this, &MovementsPage::deleteMovement);
    connect(view_, &QTableView::doubleClicked, this, &MovementsPage::editMovement);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MovementsPage::showSelected);
    connect(viewShortcut(view_, QKeySequence(Qt::Key_F2)), &QAction::triggered, this,
            &MovementsPage::editMovement);
    retranslate();
}

MovementsPage::~MovementsPage() = default;

void MovementsPage::setWorkspace(services::Workspace* workspace) {
    subscription_.reset();
    undoStack_->clear();
    workspace_ = workspace;
    if (workspace_)
        subscription_ =
            ChangeSubscription(workspace_->changes(), [this](const services::ChangeEvent& event) {
                if (std::holds_alternative<services::DataReloaded>(event) ||
                    std::holds_alternative<services::UnitChanged>(event))
                    reloadUnits();
                else if (std::holds_alternative<services::MovementChanged>(event))
                    reload();
            });
    reloadUnits();
}

void MovementsPage::setYear(int year) {
    year_ = year;
    header_->setError({});
    reload();
}

void MovementsPage::reloadUnits() {
    const QString failed = units_.load(workspace_);
    reload();
    if (!failed.isEmpty())
        header_->setError(failed);
}

void MovementsPage::reload() {
    const auto before = selected();
    std::vector<ListedMovement> listed;
    if (workspace_ && year_ > 0) {
        auto movements = workspace_->movements().movements(year_);
        if (!movements)
            header_->setError(movements.error().message);
        // A handful of periods for tens of movements: each is read once.
        std::map<domain::RowId, domain::Period> periods;
        for (domain::Movement& movement : movements.value_or(std::vector<domain::Movement>{})) {
            if (!periods.contains(movement.periodId))
                if (auto period = workspace_->registrations().period(movement.periodId))
                    periods.emplace(movement.periodId, *period);
            const QString launcher = units_.name(movement.launcherId);
            listed.push_back({std::move(movement), {}, launcher});
            if (auto found = periods.find(listed.back().movement.periodId); found != periods.end())
                listed.back().period = found->second;
        }
    }
    model_->setMovements(std::move(listed), year_);
    select(before ? before->movement.uuid : QString());
}

std::optional<ListedMovement> MovementsPage::selected() const {
    const QModelIndex current = view_->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return model_->movement(current.row());
}

void MovementsPage::select(const QString& uuid) {
    selectQuietly(view_, model_->rowOf(uuid));
    showSelected();
}

void MovementsPage::showSelected() {
    const auto listed = selected();
    editButton_->setEnabled(listed.has_value());
    deleteButton_->setEnabled(listed.has_value());
    newButton_->setEnabled(workspace_ && year_ > 0);
    if (listed)
        details_->setHtml(movementDetailsHtml(*listed, units_));
    else
        details_->setPlainText(year_ > 0 ? tr("No movement runs in %1 yet.").arg(year_)
                                         : QString());
}

void MovementsPage::newMovement() {
    if (!workspace_ || year_ <= 0)
        return;
    domain::Movement movement;
    const domain::Period period = domain::calendarYear(year_);
    movement.milestones = domain::proposedMilestones(period);
    if (const auto current = selected())
        movement.launcherId = current->movement.launcherId;
    openDialog(movement, period);
}

void MovementsPage::editMovement() {
    if (const auto listed = selected())
        openDialog(listed->movement, listed->period);
}

void MovementsPage::openDialog(const domain::Movement& movement, const domain::Period& period) {
    const std::optional<domain::Movement> before =
        movement.id == domain::NoId ? std::nullopt : std::optional(movement);
    auto dialog = new MovementDialog(
        movement, period, units_,
        [this, before](const domain::Movement& after, const domain::Period& chosen) {
            const QString text =
                before ? tr("edit %1").arg(before->name) : tr("launch %1").arg(after.name);
            return save(text, before, after, chosen);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MovementsPage::deleteMovement() {
    const auto listed = selected();
    if (!listed)
        return;
    const QString& name = listed->movement.name;
    if (!askYesNo(this, tr("Delete Movement"),
                  tr("Delete the movement \"%1\"? Undo (Ctrl+Z) brings it back.").arg(name)))
        return;
    const Status removed =
        save(tr("delete %1").arg(name), listed->movement, std::nullopt, listed->period);
    header_->setError(removed ? QString() : removed.error().message);
}

Status MovementsPage::save(const QString& text, std::optional<domain::Movement> before,
                           std::optional<domain::Movement> after, const domain::Period& period) {
    if (!workspace_)
        return fail(ErrorCode::Unsupported, tr("No database is open."));
    services::MovementService& movements = workspace_->movements();
    if (after) {
        auto stored = movements.openPeriod(period);
        if (!stored)
            return std::unexpected(stored.error());
        after->periodId = stored->id;
        domain::RowId id = before ? before->id : domain::NoId;
        if (before) {
            after->id = id;
            if (auto updated = movements.update(*after); !updated)
                return updated;
        } else if (auto created = movements.create(*after); created) {
            id = created->id;
        } else {
            return std::unexpected(created.error());
        }
        // As stored, targets tidied and reviews in order.
        auto reread = movements.movement(id);
        if (!reread)
            return std::unexpected(reread.error());
        after = std::move(*reread);
    } else if (auto removed = movements.remove(before->id); !removed) {
        return removed;
    }
    const QString uuid = after ? after->uuid : before->uuid;
    auto apply = [this, uuid, before, after](bool forward) -> Status {
        if (!workspace_)
            return fail(ErrorCode::Unsupported, tr("No database is open."));
        return restoreMovement(workspace_->movements(), uuid, forward ? after : before);
    };
    undoStack_->push(new ChangeCommand(
        text, apply, [this](const QString& message) { header_->setError(message); }));
    header_->setError({});
    if (after)
        select(after->uuid);
    return {};
}

void MovementsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        model_->retranslate();
    }
    QWidget::changeEvent(event);
}

void MovementsPage::retranslate() {
    header_->setTitle(areaTitle(workArea(Area::Movements)));
    header_->setDescription(tr("The movements running in the year: regular ones for the year's "
                               "tasks and thematic ones for a stage, with their targets, the "
                               "units taking part and the 6-month and year-end reviews."));
    newButton_->setText(tr("&New Movement…"));
    editButton_->setText(tr("&Edit…"));
    deleteButton_->setText(tr("De&lete"));
    undoButton_->setText(tr("&Undo"));
    redoButton_->setText(tr("&Redo"));
    showSelected();
}

} // namespace thidua::ui
