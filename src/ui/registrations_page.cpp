#include "registrations_page.h"

#include "catalogue_service.h"
#include "document_export.h"
#include "document_preview.h"
#include "input_dialog.h"
#include "long_task.h"
#include "page_header.h"
#include "page_parts.h"
#include "registration_commands.h"
#include "registration_list.h"
#include "registration_rules.h"
#include "registration_service.h"
#include "registration_sheet_model.h"
#include "registration_sheet_view.h"
#include "title_lookup.h"
#include "unit_picker.h"
#include "vietnamese_format.h"
#include "work_areas.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace thidua::ui {

RegistrationsPage::RegistrationsPage(QWidget* parent)
    : QWidget(parent)
    , header_(new PageHeader(this))
    , unitLabel_(new QLabel(this))
    , unitPicker_(new UnitPicker(this))
    , coverageLabel_(new QLabel(this))
    , deadlineLabel_(new QLabel(this))
    , bulkLabel_(new QLabel(this))
    , bulkTitle_(new QComboBox(this))
    , bulkButton_(new QPushButton(this))
    , submitButton_(new QPushButton(this))
    , acceptButton_(new QPushButton(this))
    , returnButton_(new QPushButton(this))
    , undoButton_(new QPushButton(this))
    , redoButton_(new QPushButton(this))
    , printButton_(new QPushButton(this))
    , exportButton_(new QPushButton(this))
    , allUnits_(new QCheckBox(this))
    , outputLabel_(new QLabel(this))
    , model_(new RegistrationSheetModel(this))
    , view_(new RegistrationSheetView(this))
    , undoStack_(new QUndoStack(this)) {
    unitPicker_->setObjectName(QStringLiteral("unitPicker"));
    coverageLabel_->setObjectName(QStringLiteral("coverageLabel"));
    deadlineLabel_->setObjectName(QStringLiteral("deadlineLabel"));
    bulkTitle_->setObjectName(QStringLiteral("bulkTitleComboBox"));
    bulkButton_->setObjectName(QStringLiteral("registerUnitButton"));
    submitButton_->setObjectName(QStringLiteral("submitUnitButton"));
    acceptButton_->setObjectName(QStringLiteral("acceptUnitButton"));
    returnButton_->setObjectName(QStringLiteral("returnUnitButton"));
    undoButton_->setObjectName(QStringLiteral("undoButton"));
    redoButton_->setObjectName(QStringLiteral("redoButton"));
    printButton_->setObjectName(QStringLiteral("printListButton"));
    exportButton_->setObjectName(QStringLiteral("exportListButton"));
    allUnits_->setObjectName(QStringLiteral("allUnitsCheckBox"));
    outputLabel_->setObjectName(QStringLiteral("listOutputLabel"));
    outputLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    view_->setObjectName(QStringLiteral("registrationSheet"));
    unitLabel_->setBuddy(unitPicker_);
    bulkLabel_->setBuddy(bulkTitle_);
    view_->setModel(model_);
    QHeaderView* columns = view_->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(RegistrationSheetModel::PositionColumn, QHeaderView::Stretch);

    auto unitRow = new QHBoxLayout;
    unitRow->addWidget(unitLabel_);
    unitRow->addWidget(unitPicker_, 1);
    unitRow->addSpacing(16);
    unitRow->addWidget(coverageLabel_);
    unitRow->addSpacing(16);
    unitRow->addWidget(deadlineLabel_);
    auto actionRow = new QHBoxLayout;
    actionRow->addWidget(bulkLabel_);
    actionRow->addWidget(bulkTitle_);
    actionRow->addWidget(bulkButton_);
    actionRow->addStretch(1);
    actionRow->addWidget(undoButton_);
    actionRow->addWidget(redoButton_);
    auto listRow = new QHBoxLayout;
    listRow->addWidget(printButton_);
    listRow->addWidget(exportButton_);
    listRow->addWidget(allUnits_);
    listRow->addSpacing(16);
    listRow->addWidget(outputLabel_, 1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(header_);
    layout->addLayout(unitRow);
    layout->addLayout(actionRow);
    layout->addWidget(view_, 1);
    auto submissionRow = new QHBoxLayout;
    for (QPushButton* button : {submitButton_, acceptButton_, returnButton_})
        submissionRow->addWidget(button);
    submissionRow->addStretch(1);
    layout->addLayout(submissionRow);
    layout->addLayout(listRow);

    connectUndoButtons(this, undoStack_, undoButton_, redoButton_);

    connect(unitPicker_, &UnitPicker::unitChosen, this, [this] {
        reloadSheet();
        view_->setFocus();
    });
    connect(model_, &RegistrationSheetModel::titlesEdited, this, &RegistrationsPage::setTitles);
    connect(view_, &SheetView::pasteRequested, this,
            [this](const QModelIndex& at, const QList<QStringList>& block) {
                paste(at.row(), RegistrationSheetView::lastCells(block));
            });
    connect(bulkButton_, &QPushButton::clicked, this, &RegistrationsPage::registerWholeUnit);
    connect(submitButton_, &QPushButton::clicked, this,
            [this] { moveUnitTo(domain::RegistrationStatus::Submitted); });
    connect(acceptButton_, &QPushButton::clicked, this,
            [this] { moveUnitTo(domain::RegistrationStatus::Accepted); });
    connect(returnButton_, &QPushButton::clicked, this,
            [this] { moveUnitTo(domain::RegistrationStatus::Returned); });
    connect(printButton_, &QPushButton::clicked, this, &RegistrationsPage::printList);
    connect(exportButton_, &QPushButton::clicked, this, &RegistrationsPage::exportList);
    retranslate();
}

RegistrationsPage::~RegistrationsPage() = default;

void RegistrationsPage::setWorkspace(services::Workspace* workspace) {
    subscription_.reset();
    undoStack_->clear();
    workspace_ = workspace;
    if (workspace_)
        subscription_ =
            ChangeSubscription(workspace_->changes(), [this](const services::ChangeEvent& event) {
                if (std::holds_alternative<services::DataReloaded>(event) ||
                    std::holds_alternative<services::UnitChanged>(event))
                    reloadUnits();
                else
                    reloadSheet();
            });
    reloadUnits();
}

void RegistrationsPage::setYear(int year) {
    year_ = year;
    undoStack_->clear(); // a step of another year must not be undone unseen
    period_.reset();
    if (workspace_ && year > 0) {
        auto period = workspace_->registrations().yearPeriod(year);
        if (period)
            period_ = *period;
    }
    bulkTitle_->clear();
    QStringList abbreviations;
    if (workspace_ && period_) {
        auto titles =
            workspace_->registrations().titlesFor(period_->id, domain::TitleSubject::Individual);
        if (titles)
            for (const domain::Title& title : *titles) {
                bulkTitle_->addItem(title.abbreviation, title.code);
                abbreviations << title.abbreviation;
            }
        bulkTitle_->setCurrentIndex(bulkTitle_->findData(QStringLiteral("LDTT")));
    }
    view_->setTitleChoices(abbreviations);
    // A unit merged away during the year still registers for it.
    unitPicker_->setOpenSince(year > 0 ? QDate(year, 1, 1) : QDate());
    reloadUnits();
}

void RegistrationsPage::reloadUnits() {
    const domain::RowId chosen = unitPicker_->unitId();
    std::vector<domain::Unit> units;
    if (workspace_)
        if (auto all = workspace_->catalogue().units())
            units = std::move(*all);
    unitPicker_->setUnits(units);
    unitPicker_->setUnitId(chosen);
    if (unitPicker_->currentIndex() < 0 && unitPicker_->count() > 0)
        unitPicker_->setCurrentIndex(0);
    reloadSheet();
}

void RegistrationsPage::reloadSheet() {
    header_->setError({});
    std::vector<services::SheetPerson> sheet;
    const domain::RowId unitId = unitPicker_->unitId();
    if (workspace_ && period_ && unitId != domain::NoId) {
        auto loaded = workspace_->registrations().unitSheet(period_->id, unitId);
        if (loaded)
            sheet = std::move(*loaded);
        else
            header_->setError(loaded.error().message);
    } else if (workspace_ && year_ > 0 && !period_) {
        header_->setError(tr("The year %1 has no emulation period yet.").arg(year_));
    }
    const QModelIndex current = view_->currentIndex();
    model_->setSheet(std::move(sheet));
    if (current.isValid())
        view_->setCurrentIndex(
            model_->index(std::min(current.row(), model_->rowCount() - 1), current.column()));
    bulkButton_->setEnabled(period_ && !period_->closed && model_->rowCount() > 0);
    for (QPushButton* button : {submitButton_, acceptButton_, returnButton_})
        button->setEnabled(period_ && !period_->closed && model_->rowCount() > 0);
    printButton_->setEnabled(period_.has_value());
    exportButton_->setEnabled(period_.has_value());
    showCoverageAndDeadline();
}

void RegistrationsPage::showCoverageAndDeadline() {
    coverageLabel_->clear();
    deadlineLabel_->clear();
    const domain::RowId unitId = unitPicker_->unitId();
    if (!workspace_ || !period_ || unitId == domain::NoId)
        return;
    if (auto coverage = workspace_->registrations().coverage(period_->id, unitId);
        coverage && coverage->staff > 0)
        coverageLabel_->setText(tr("Registered: %1 of %2 staff (%3%)")
                                    .arg(domain::vn::formatInteger(coverage->registered),
                                         domain::vn::formatInteger(coverage->staff))
                                    .arg(coverage->percent()));
    if (period_->closed)
        deadlineLabel_->setText(tr("%1 is closed").arg(period_->label));
    else if (period_->registrationDeadline.isValid())
        deadlineLabel_->setText(
            tr("Deadline: %1").arg(domain::vn::formatDate(period_->registrationDeadline)));
}

void RegistrationsPage::setTitles(int row, const QStringList& titles) {
    if (!workspace_ || !period_)
        return;
    const services::SheetPerson person = model_->person(row);
    const QDate on = domain::defaultRegistrationDate(*period_, QDate::currentDate());
    auto change = workspace_->registrations().setTitles(period_->id, person.personId, titles, on);
    if (!change) {
        reportFailure(QStringLiteral("%1: %2").arg(person.fullName, change.error().message));
        reloadSheet();
        return;
    }
    undoStack_->push(new SetTitlesCommand(
        workspace_->registrations(), period_->id, person.personId, person.fullName, *change, on,
        [this](const QString& message) { reportFailure(message); }));
    if (!change->warning.isEmpty())
        header_->setError(change->warning);
}

// A pasted column is one step: every value is checked first, and nothing is
// written when one of them names no title.
void RegistrationsPage::paste(int firstRow, const QStringList& values) {
    if (!workspace_ || !period_)
        return;
    auto titles =
        workspace_->registrations().titlesFor(period_->id, domain::TitleSubject::Individual);
    if (!titles)
        return reportFailure(titles.error().message);
    const int rows = std::min<int>(static_cast<int>(values.size()), model_->rowCount() - firstRow);
    for (int i = 0; i < rows; ++i)
        for (const QString& typed : RegistrationSheetModel::splitTitles(values[i]))
            if (!domain::findTitle(*titles, typed))
                return reportFailure(tr("Row %1 (%2): \"%3\" is not a title; nothing was pasted.")
                                         .arg(firstRow + i + 1)
                                         .arg(model_->person(firstRow + i).fullName, typed));
    undoStack_->beginMacro(tr("paste %n row(s)", nullptr, rows));
    for (int i = 0; i < rows; ++i)
        setTitles(firstRow + i, RegistrationSheetModel::splitTitles(values[i]));
    undoStack_->endMacro();
}

void RegistrationsPage::registerWholeUnit() {
    const domain::RowId unitId = unitPicker_->unitId();
    if (!workspace_ || !period_ || unitId == domain::NoId || bulkTitle_->currentIndex() < 0)
        return;
    const QString code = bulkTitle_->currentData().toString();
    const QDate on = domain::defaultRegistrationDate(*period_, QDate::currentDate());
    auto made = workspace_->registrations().registerUnitStaff(unitId, period_->id, code, on);
    if (!made)
        return reportFailure(made.error().message);
    const QString text = tr("register %1 for %2")
                             .arg(unitPicker_->currentText().trimmed(), bulkTitle_->currentText());
    undoStack_->push(new RegisterUnitCommand(
        workspace_->registrations(), unitId, period_->id, code, on, made->created, text,
        [this](const QString& message) { reportFailure(message); }));
    header_->setError(made->warning);
}

void RegistrationsPage::moveUnitTo(domain::RegistrationStatus status) {
    if (!workspace_ || !period_)
        return;
    std::vector<domain::RowId> ids;
    for (int row = 0; row < model_->rowCount(); ++row) {
        for (const services::SheetEntry& entry : model_->person(row).registrations)
            ids.push_back(entry.registrationId);
    }
    QString reason;
    if (status == domain::RegistrationStatus::Returned) {
        const auto typed = InputDialog::getText(
            this, tr("Return the registrations"),
            tr("Why are the registrations of %1 returned? The unit reads this to correct them.")
                .arg(unitPicker_->currentText().trimmed()));
        if (!typed)
            return;
        reason = *typed;
    }
    auto moved = workspace_->registrations().changeStatuses(ids, status, reason);
    if (!moved)
        return reportFailure(moved.error().message);
    header_->setError({});
    outputLabel_->setText(tr("%n registration(s) now \"%1\".", nullptr, *moved)
                              .arg(domain::registrationStatusName(status)));
}

void RegistrationsPage::reportFailure(const QString& message) {
    header_->setError(message);
}

// The list is read here, on the GUI thread that owns the workspace's
// connection; the task's dialog shows how many rows are read and can stop it.
Result<documents::Document> RegistrationsPage::readList(LongTask& task) {
    reports::RegistrationListRequest request;
    request.year = year_;
    request.unitId = allUnits_->isChecked() ? domain::NoId : unitPicker_->unitId();
    return reports::registrationList(*workspace_, request, [&](qint64 read) {
        return task.step(
            tr("Reading the registrations: %1 so far…").arg(domain::vn::formatInteger(read)));
    });
}

// A list the user stopped needs no message.
void RegistrationsPage::reportOutcome(const Error& error) {
    if (error.code != ErrorCode::Cancelled)
        reportFailure(error.message);
}

void RegistrationsPage::printList() {
    if (!workspace_ || !period_)
        return;
    header_->setError({});
    LongTask task(this);
    auto document = readList(task);
    if (!document)
        return reportOutcome(document.error());
    if (auto opened = DocumentPreview::open(this, *document, task); !opened)
        reportOutcome(opened.error());
}

void RegistrationsPage::exportList() {
    if (!workspace_ || !period_)
        return;
    header_->setError({});
    outputLabel_->clear();
    const QString scope = allUnits_->isChecked()
                              ? QString()
                              : QStringLiteral(" - ") + unitPicker_->currentText().trimmed();
    QString name = tr("Registration list %1").arg(year_) + scope + QStringLiteral(".pdf");
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    auto path = DocumentExport::askFile(this, QDir::home().filePath(name));
    if (!path)
        return reportOutcome(path.error());
    if (path->isEmpty())
        return;
    LongTask task(this);
    auto document = readList(task);
    if (!document)
        return reportOutcome(document.error());
    if (auto written = DocumentExport::write(*document, *path, task); !written)
        return reportOutcome(written.error());
    outputLabel_->setText(tr("%n registration(s) written to %1.", nullptr,
                             static_cast<int>(documents::dataRowCount(*document)))
                              .arg(QDir::toNativeSeparators(*path)));
}

void RegistrationsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        model_->retranslate();
    }
    QWidget::changeEvent(event);
}

void RegistrationsPage::retranslate() {
    const WorkArea& area = workArea(Area::Registrations);
    header_->setTitle(areaTitle(area));
    header_->setDescription(tr("Type the titles each person registers for (LĐTT, CSTĐCS …); "
                               "Enter moves down, Ctrl+V pastes a column from Excel, Ctrl+Z "
                               "undoes."));
    unitLabel_->setText(tr("&Unit:"));
    bulkLabel_->setText(tr("Register the whole unit &for:"));
    bulkButton_->setText(tr("&Register Everyone"));
    submitButton_->setText(tr("&Submit"));
    submitButton_->setToolTip(tr("Send the unit's registrations to the emulation office"));
    acceptButton_->setText(tr("&Accept"));
    acceptButton_->setToolTip(tr("Accept the registrations the unit has submitted"));
    returnButton_->setText(tr("Re&turn…"));
    returnButton_->setToolTip(tr("Send the unit's submitted registrations back with a reason"));
    undoButton_->setText(tr("U&ndo"));
    redoButton_->setText(tr("Re&do"));
    printButton_->setText(tr("&Print List…"));
    exportButton_->setText(tr("E&xport List…"));
    allUnits_->setText(tr("A&ll units"));
    allUnits_->setToolTip(tr("Print or export the list of every unit instead of the chosen unit "
                             "and the units below it."));
    showCoverageAndDeadline();
}

} // namespace thidua::ui
