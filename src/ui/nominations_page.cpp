#include "nominations_page.h"

#include "achievement_report.h"
#include "award_service.h"
#include "clock.h"
#include "decision_dialog.h"
#include "document_export.h"
#include "document_preview.h"
#include "eligibility_service.h"
#include "input_dialog.h"
#include "long_task.h"
#include "nomination_dossier.h"
#include "nomination_list.h"
#include "nomination_list_model.h"
#include "nomination_record_html.h"
#include "nomination_service.h"
#include "page_header.h"
#include "page_parts.h"
#include "propose_dialog.h"
#include "settings.h"
#include "submission_dialog.h"
#include "unit_picker.h"
#include "work_areas.h"
#include "workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

#include <ranges>

namespace thidua::ui {

using domain::NominationStatus;

NominationsPage::NominationsPage(QWidget* parent)
    : QWidget(parent)
    , header_(new PageHeader(this))
    , proposer_(new UnitPicker(this))
    , closed_(new QCheckBox(this))
    , order_(new QComboBox(this))
    , proposeButton_(new QPushButton(this))
    , submitButton_(new QPushButton(this))
    , acceptButton_(new QPushButton(this))
    , returnButton_(new QPushButton(this))
    , rejectButton_(new QPushButton(this))
    , withdrawButton_(new QPushButton(this))
    , decideButton_(new QPushButton(this))
    , printButton_(new QPushButton(this))
    , exportButton_(new QPushButton(this))
    , proposerLabel_(new QLabel(this))
    , orderLabel_(new QLabel(this))
    , outputLabel_(new QLabel(this))
    , view_(listView(this, QStringLiteral("nominationView")))
    , model_(new NominationListModel(this))
    , tabs_(new QTabWidget(this))
    , summary_(new QTextBrowser(this))
    , dossier_(new NominationDossier(this))
    , history_(new QTextBrowser(this))
    , trail_(new QTextBrowser(this)) {
    header_->setObjectName(QStringLiteral("pageHeader"));
    proposer_->setObjectName(QStringLiteral("proposerFilter"));
    closed_->setObjectName(QStringLiteral("showClosedCheckBox"));
    order_->setObjectName(QStringLiteral("orderComboBox"));
    proposeButton_->setObjectName(QStringLiteral("proposeButton"));
    submitButton_->setObjectName(QStringLiteral("submitButton"));
    acceptButton_->setObjectName(QStringLiteral("acceptButton"));
    returnButton_->setObjectName(QStringLiteral("returnButton"));
    rejectButton_->setObjectName(QStringLiteral("rejectButton"));
    withdrawButton_->setObjectName(QStringLiteral("withdrawButton"));
    decideButton_->setObjectName(QStringLiteral("decideButton"));
    printButton_->setObjectName(QStringLiteral("printNominationsButton"));
    exportButton_->setObjectName(QStringLiteral("exportNominationsButton"));
    outputLabel_->setObjectName(QStringLiteral("outputLabel"));
    tabs_->setObjectName(QStringLiteral("recordTabs"));
    summary_->setObjectName(QStringLiteral("nominationSummary"));
    history_->setObjectName(QStringLiteral("awardHistory"));
    trail_->setObjectName(QStringLiteral("changeTrail"));
    // Unit names run long; the picker must not widen the window past a laptop's.
    proposer_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    proposer_->setMinimumContentsLength(12);
    order_->addItem(QString(), static_cast<int>(reports::NominationOrder::Position));
    order_->addItem(QString(), static_cast<int>(reports::NominationOrder::Name));
    view_->setModel(model_);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setWordWrap(false);
    QHeaderView* columns = view_->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    buildLayout();
    connectActions();
    retranslate();
}

NominationsPage::~NominationsPage() = default;

void NominationsPage::buildLayout() {
    auto filters = new QHBoxLayout;
    proposerLabel_->setBuddy(proposer_);
    orderLabel_->setBuddy(order_);
    filters->addWidget(proposerLabel_);
    filters->addWidget(proposer_, 1);
    filters->addWidget(closed_);
    filters->addStretch(1);
    filters->addWidget(orderLabel_);
    filters->addWidget(order_);
    filters->addWidget(printButton_);
    filters->addWidget(exportButton_);
    auto actions = new QHBoxLayout;
    for (QPushButton* button : {proposeButton_, submitButton_, acceptButton_, returnButton_,
                                rejectButton_, withdrawButton_, decideButton_})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(outputLabel_);
    tabs_->addTab(summary_, QString());
    tabs_->addTab(dossier_, QString());
    tabs_->addTab(history_, QString());
    tabs_->addTab(trail_, QString());
    layOutListAndRecord(this, header_, {filters, actions}, view_, tabs_, 3, 2);
}

void NominationsPage::connectActions() {
    connect(proposer_, &UnitPicker::unitChosen, this, &NominationsPage::reload);
    connect(closed_, &QCheckBox::toggled, this, &NominationsPage::reload);
    connect(proposeButton_, &QPushButton::clicked, this, &NominationsPage::propose);
    connect(submitButton_, &QPushButton::clicked, this,
            [this] { move(NominationStatus::Submitted); });
    connect(acceptButton_, &QPushButton::clicked, this,
            [this] { move(NominationStatus::Accepted); });
    connect(returnButton_, &QPushButton::clicked, this,
            [this] { move(NominationStatus::Returned); });
    connect(rejectButton_, &QPushButton::clicked, this,
            [this] { move(NominationStatus::Rejected); });
    connect(withdrawButton_, &QPushButton::clicked, this,
            [this] { move(NominationStatus::Withdrawn); });
    connect(decideButton_, &QPushButton::clicked, this, &NominationsPage::recordDecision);
    printButton_->setMenu(actionMenu(
        this, {"printListAction", "printSubmissionAction", "printReportAction"}, [this](int index) {
            const auto output = static_cast<Output>(index);
            addressed(output, tr("Preview"),
                      [this, output](const auto& address) { preview(output, address); });
        }));
    exportButton_->setMenu(
        actionMenu(this, {"exportListAction", "exportSubmissionAction", "exportReportAction"},
                   [this](int index) {
                       const auto output = static_cast<Output>(index);
                       addressed(output, tr("Export…"), [this, output](const auto& address) {
                           exportFile(output, address);
                       });
                   }));
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NominationsPage::showSelected);
    connect(dossier_, &NominationDossier::failed, header_, &PageHeader::setError);
}

void NominationsPage::setWorkspace(services::Workspace* workspace) {
    subscription_.reset();
    workspace_ = workspace;
    dossier_->setWorkspace(workspace);
    if (workspace_)
        subscription_ =
            ChangeSubscription(workspace_->changes(), [this](const services::ChangeEvent& event) {
                if (std::holds_alternative<services::DataReloaded>(event) ||
                    std::holds_alternative<services::UnitChanged>(event))
                    reloadUnits();
                else if (std::holds_alternative<services::NominationChanged>(event) ||
                         std::holds_alternative<services::AwardChanged>(event) ||
                         std::holds_alternative<services::EligibilityRulesChanged>(event) ||
                         std::holds_alternative<services::PersonChanged>(event))
                    reload();
            });
    reloadUnits();
}

void NominationsPage::setYear(int year) {
    year_ = year;
    header_->setError({});
    reload();
}

void NominationsPage::reloadUnits() {
    const domain::RowId chosen = proposer_->unitId();
    const QString failed = units_.load(workspace_);
    const QSignalBlocker quiet(proposer_);
    proposer_->setUnits(units_.units(), tr("All units"));
    proposer_->setUnitId(chosen);
    reload();
    if (!failed.isEmpty())
        header_->setError(failed);
}

void NominationsPage::reload() {
    const QModelIndex current = view_->currentIndex();
    const domain::RowId before =
        current.isValid() ? model_->entry(current.row()).nominationId : domain::NoId;
    std::vector<domain::NominationEntry> entries;
    if (workspace_ && year_ > 0) {
        domain::NominationFilter filter;
        filter.year = year_;
        filter.proposingUnitId = proposer_->unitId();
        filter.includeClosed = closed_->isChecked();
        auto listed = workspace_->nominations().list(filter);
        if (listed)
            entries = std::move(*listed);
        else
            header_->setError(listed.error().message);
    }
    model_->setEntries(std::move(entries));
    view_->resizeColumnsToContents();
    selectQuietly(view_, model_->rowOf(before));
    showSelected();
}

std::vector<int> NominationsPage::chosenRows() const {
    std::vector<int> rows;
    for (const QModelIndex& index : view_->selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::ranges::sort(rows);
    return rows;
}

void NominationsPage::showSelected() {
    const std::vector<int> rows = chosenRows();
    const auto any = [&](auto test) {
        return std::ranges::any_of(rows, [&](int row) { return test(model_->entry(row).status); });
    };
    const auto movable = [&](NominationStatus to) {
        return any([to](NominationStatus from) {
            return !domain::nominationMoveRefusal(from, to, QStringLiteral("-"));
        });
    };
    proposeButton_->setEnabled(workspace_ && year_ > 0);
    submitButton_->setEnabled(movable(NominationStatus::Submitted));
    acceptButton_->setEnabled(movable(NominationStatus::Accepted));
    returnButton_->setEnabled(movable(NominationStatus::Returned));
    rejectButton_->setEnabled(movable(NominationStatus::Rejected));
    withdrawButton_->setEnabled(movable(NominationStatus::Withdrawn));
    decideButton_->setEnabled(
        any([](NominationStatus status) { return status == NominationStatus::Accepted; }));
    printButton_->setEnabled(model_->rowCount() > 0);
    exportButton_->setEnabled(model_->rowCount() > 0);

    const QModelIndex current = view_->currentIndex();
    if (!workspace_ || rows.size() != 1 || !current.isValid()) {
        summary_->setPlainText(
            rows.size() > 1 ? tr("%n nominations chosen.", nullptr, static_cast<int>(rows.size()))
                            : tr("Choose a nomination to see it in full."));
        dossier_->show(domain::NoId, false);
        history_->clear();
        trail_->clear();
        return;
    }
    const domain::NominationEntry& entry = model_->entry(rows.front());
    services::NominationService& nominations = workspace_->nominations();
    auto nomination = nominations.nomination(entry.nominationId);
    if (!nomination)
        return header_->setError(nomination.error().message);
    auto deadline = nominations.deadline(entry.awardCode, year_, nomination->proposingUnitId);
    summary_->setHtml(nominationSummaryHtml(entry, *nomination, deadline.value_or(std::nullopt),
                                            workspace_->clock().today()) +
                      eligibilityOf(entry));
    dossier_->show(entry.nominationId, nomination->editable());
    auto history = workspace_->awards().historyOf(entry.personId, entry.unitId);
    history_->setHtml(history ? awardHistoryHtml(*history) : history.error().message);
    auto trail = nominations.trail(entry.nominationId);
    trail_->setHtml(trail ? changeTrailHtml(*trail) : trail.error().message);
}

QString NominationsPage::eligibilityOf(const domain::NominationEntry& entry) {
    services::EligibilityQuery query;
    query.year = year_;
    query.personId = entry.personId;
    query.unitId = entry.unitId;
    query.awardCode = entry.awardCode;
    auto run = workspace_->eligibility().check(query);
    if (!run)
        return QStringLiteral("<p><i>%1</i></p>").arg(run.error().message.toHtmlEscaped());
    if (run->rows.empty())
        return {};
    const auto& row = run->rows.front();
    return eligibilityHtml(row.judgement.verdict, run->reasonsOf(row));
}

bool NominationsPage::report(const Status& status) {
    header_->setError(status ? QString() : status.error().message);
    return status.has_value();
}

void NominationsPage::propose() {
    if (!workspace_ || year_ <= 0)
        return;
    auto dialog = new ProposeDialog(*workspace_, year_, units_.units(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        selectQuietly(view_, model_->rowOf(dialog->proposedId()));
        showSelected();
    });
    dialog->open();
}

void NominationsPage::move(NominationStatus to) {
    if (!workspace_)
        return;
    QString reason;
    if (to == NominationStatus::Returned || to == NominationStatus::Rejected ||
        to == NominationStatus::Withdrawn) {
        const auto typed = InputDialog::getText(
            this, domain::nominationStatusName(to),
            tr("Why does the nomination become \"%1\"?").arg(domain::nominationStatusName(to)));
        if (!typed)
            return;
        reason = *typed;
    }
    std::vector<domain::RowId> ids;
    for (int row : chosenRows())
        ids.push_back(model_->entry(row).nominationId);
    for (domain::RowId id : ids)
        if (!report(workspace_->nominations().move(id, to, reason)))
            return;
}

void NominationsPage::recordDecision() {
    if (!workspace_)
        return;
    std::vector<domain::RowId> ids;
    for (int row : chosenRows())
        if (model_->entry(row).status == NominationStatus::Accepted)
            ids.push_back(model_->entry(row).nominationId);
    auto dialog = new DecisionDialog(
        static_cast<int>(ids.size()),
        [this, ids](const services::AwardDecision& decision) -> Status {
            auto awards = workspace_->nominations().decide(ids, decision);
            if (!awards)
                return std::unexpected(awards.error());
            outputLabel_->setText(
                tr("%n award(s) recorded.", nullptr, static_cast<int>(awards->size())));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Result<documents::Document> NominationsPage::document(Output output,
                                                      const reports::SubmissionAddress& address) {
    if (!workspace_)
        return fail(ErrorCode::Unsupported, tr("No database is open."));
    const domain::RowId proposer = proposer_->unitId();
    if (output == Output::AchievementReport) {
        const QModelIndex current = view_->currentIndex();
        if (!current.isValid())
            return fail(ErrorCode::InvalidInput,
                        tr("Choose the nomination whose achievement report to draft."));
        return reports::achievementReport(*workspace_, model_->entry(current.row()).nominationId);
    }
    if (output == Output::Submission) {
        reports::SubmissionRequest request;
        request.filter.year = year_;
        request.filter.proposingUnitId = proposer;
        request.issuingUnitId = proposer;
        request.address = address;
        return reports::submission(*workspace_, request);
    }
    reports::NominationListRequest request;
    request.filter.year = year_;
    request.filter.proposingUnitId = proposer;
    request.issuingUnitId = proposer;
    request.order = static_cast<reports::NominationOrder>(order_->currentData().toInt());
    request.submissionNumber = address.number;
    return reports::nominationList(*workspace_, request);
}

QString NominationsPage::suggestedName(Output output) const {
    switch (output) {
    case Output::Submission:
        return tr("Submission %1.pdf").arg(year_);
    case Output::AchievementReport: {
        const QModelIndex current = view_->currentIndex();
        const QString name =
            current.isValid() ? model_->entry(current.row()).candidateName : QString();
        return tr("Achievement report %1.pdf").arg(name);
    }
    case Output::List:
        break;
    }
    return tr("Nominations %1.pdf").arg(year_);
}

void NominationsPage::addressed(
    Output output, const QString& acceptText,
    const std::function<void(const reports::SubmissionAddress&)>& then) {
    if (!workspace_ || output == Output::AchievementReport)
        return then({});
    const QString scope = submissionScope();
    // The list cites the tờ trình it goes with: the number last given to it.
    if (output == Output::List)
        return then(Settings().submissionAddress(scope));
    auto dialog = new SubmissionDialog(Settings().submissionAddress(scope), acceptText, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog, scope, then] {
        const reports::SubmissionAddress address = dialog->address();
        Settings().setSubmissionAddress(scope, address);
        then(address);
    });
    dialog->open();
}

// The database file (hashed: a path is no settings key) and the proposing
// unit, "all" for every unit.
QString NominationsPage::submissionScope() const {
    const QByteArray file = QFileInfo(workspace_->path()).absoluteFilePath().toUtf8();
    const domain::RowId unit = proposer_->unitId();
    return QString::fromLatin1(
               QCryptographicHash::hash(file, QCryptographicHash::Sha1).toHex().left(16)) +
           QLatin1Char('-') +
           (unit == domain::NoId ? QStringLiteral("all") : QString::number(unit));
}

void NominationsPage::preview(Output output, const reports::SubmissionAddress& address) {
    auto made = document(output, address);
    if (!made)
        return void(report(std::unexpected(made.error())));
    LongTask task(this);
    report(DocumentPreview::open(this, *made, task));
}

void NominationsPage::exportFile(Output output, const reports::SubmissionAddress& address) {
    outputLabel_->clear();
    auto written = DocumentExport::exportAs(this, suggestedName(output),
                                            [&] { return document(output, address); });
    if (!written)
        return void(report(std::unexpected(written.error())));
    if (!written->isEmpty())
        outputLabel_->setText(tr("Written to %1.").arg(QDir::toNativeSeparators(*written)));
}

void NominationsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        model_->retranslate();
        dossier_->retranslate();
    }
    QWidget::changeEvent(event);
}

void NominationsPage::retranslate() {
    header_->setTitle(areaTitle(workArea(Area::Nominations)));
    header_->setDescription(
        tr("The year's nominations for higher awards, by award in order of precedence: propose "
           "a candidate, complete the dossier, move it through submission and acceptance, and "
           "record the decision that gives the awards. Print the nomination list to sign."));
    proposerLabel_->setText(tr("Proposed &by:"));
    closed_->setText(tr("Show c&losed"));
    closed_->setToolTip(tr("Also list the nominations withdrawn and those rejected"));
    orderLabel_->setText(tr("&Order in the list:"));
    order_->setItemText(0, tr("By position"));
    order_->setItemText(1, tr("By name"));
    proposeButton_->setText(tr("&Propose…"));
    submitButton_->setText(tr("&Submit"));
    acceptButton_->setText(tr("&Accept"));
    returnButton_->setText(tr("Re&turn…"));
    rejectButton_->setText(tr("Re&ject…"));
    withdrawButton_->setText(tr("&Withdraw…"));
    decideButton_->setText(tr("Record &Decision…"));
    printButton_->setText(tr("Pre&view"));
    exportButton_->setText(tr("E&xport"));
    const auto name = [this](const char* action, const QString& text) {
        if (auto found = findChild<QAction*>(QLatin1String(action)))
            found->setText(text);
    };
    name("printListAction", tr("Nomination &List"));
    name("exportListAction", tr("Nomination &List…"));
    name("printSubmissionAction", tr("&Submission (Tờ trình)"));
    name("exportSubmissionAction", tr("&Submission (Tờ trình)…"));
    name("printReportAction", tr("&Achievement Report of the Chosen One"));
    name("exportReportAction", tr("&Achievement Report of the Chosen One…"));
    tabs_->setTabText(0, tr("Nomination"));
    tabs_->setTabText(1, tr("Dossier"));
    tabs_->setTabText(2, tr("Award history"));
    tabs_->setTabText(3, tr("Changes"));
    if (proposer_->count() > 0)
        proposer_->setItemText(0, tr("All units"));
    showSelected();
}

} // namespace thidua::ui
