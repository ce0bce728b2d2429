#include "awards_page.h"

#include "award_dialog.h"
#include "award_list_model.h"
#include "award_service.h"
#include "award_steps.h"
#include "initiative_dialog.h"
#include "nomination_record_html.h"
#include "page_header.h"
#include "page_parts.h"
#include "revoke_dialog.h"
#include "vietnamese_text.h"
#include "work_areas.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

namespace thidua::ui {

namespace {

enum SubjectFilter { AllSubjects, Individuals, Collectives };
enum ListTab { AwardsTab, InitiativesTab };

void prepareView(QTableView* view, QAbstractItemModel* model) {
    view->setModel(model);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    // A ministry department's name is long; the award, its decision and the
    // cash matter more than seeing it whole (its tooltip shows it).
    view->horizontalHeader()->setMaximumSectionSize(300);
}

} // namespace

AwardsPage::AwardsPage(QWidget* parent)
    : QWidget(parent)
    , header_(new PageHeader(this))
    , searchLabel_(new QLabel(this))
    , search_(new QLineEdit(this))
    , subject_(new QComboBox(this))
    , hideRevoked_(new QCheckBox(this))
    , recordButton_(new QPushButton(this))
    , revokeButton_(new QPushButton(this))
    , deleteButton_(new QPushButton(this))
    , initiativeButton_(new QPushButton(this))
    , undoButton_(new QPushButton(this))
    , redoButton_(new QPushButton(this))
    , countLabel_(new QLabel(this))
    , lists_(new QTabWidget(this))
    , awardView_(listView(this, QStringLiteral("awardView")))
    , awardModel_(new AwardListModel(this))
    , initiativeView_(listView(this, QStringLiteral("initiativeView")))
    , initiativeModel_(new InitiativeListModel(this))
    , recordTabs_(new QTabWidget(this))
    , history_(new QTextBrowser(this))
    , trail_(new QTextBrowser(this))
    , undoStack_(new QUndoStack(this))
    , steps_(std::make_unique<AwardSteps>(
          *undoStack_, [this](const QString& message) { header_->setError(message); })) {
    header_->setObjectName(QStringLiteral("pageHeader"));
    search_->setObjectName(QStringLiteral("awardSearchEdit"));
    subject_->setObjectName(QStringLiteral("awardSubjectFilter"));
    hideRevoked_->setObjectName(QStringLiteral("hideRevokedCheckBox"));
    recordButton_->setObjectName(QStringLiteral("recordAwardButton"));
    revokeButton_->setObjectName(QStringLiteral("revokeAwardButton"));
    deleteButton_->setObjectName(QStringLiteral("deleteAwardButton"));
    initiativeButton_->setObjectName(QStringLiteral("recordInitiativeButton"));
    undoButton_->setObjectName(QStringLiteral("awardUndoButton"));
    redoButton_->setObjectName(QStringLiteral("awardRedoButton"));
    countLabel_->setObjectName(QStringLiteral("awardCountLabel"));
    lists_->setObjectName(QStringLiteral("awardListTabs"));
    recordTabs_->setObjectName(QStringLiteral("awardRecordTabs"));
    history_->setObjectName(QStringLiteral("awardPageHistory"));
    trail_->setObjectName(QStringLiteral("awardTrail"));
    search_->setClearButtonEnabled(true);
    subject_->addItem(QString(), AllSubjects);
    subject_->addItem(QString(), Individuals);
    subject_->addItem(QString(), Collectives);
    prepareView(awardView_, awardModel_);
    prepareView(initiativeView_, initiativeModel_);
    buildLayout();
    connectActions();
    retranslate();
}

AwardsPage::~AwardsPage() = default;

void AwardsPage::buildLayout() {
    auto filters = new QHBoxLayout;
    searchLabel_->setBuddy(search_);
    filters->addWidget(searchLabel_);
    filters->addWidget(search_, 1);
    filters->addWidget(subject_);
    filters->addWidget(hideRevoked_);
    filters->addStretch(1);
    filters->addWidget(countLabel_);
    auto actions = new QHBoxLayout;
    for (QPushButton* button :
         {recordButton_, revokeButton_, deleteButton_, initiativeButton_, undoButton_})
        actions->addWidget(button);
    actions->addWidget(redoButton_);
    actions->addStretch(1);
    lists_->addTab(awardView_, QString());
    lists_->addTab(initiativeView_, QString());
    recordTabs_->addTab(history_, QString());
    recordTabs_->addTab(trail_, QString());
    layOutListAndRecord(this, header_, {filters, actions}, lists_, recordTabs_, 3, 2);
}

void AwardsPage::connectActions() {
    connect(search_, &QLineEdit::textChanged, this, &AwardsPage::applyFilter);
    connect(subject_, &QComboBox::currentIndexChanged, this, &AwardsPage::applyFilter);
    connect(hideRevoked_, &QCheckBox::toggled, this, &AwardsPage::applyFilter);
    connect(recordButton_, &QPushButton::clicked, this, &AwardsPage::recordAward);
    connect(revokeButton_, &QPushButton::clicked, this, &AwardsPage::revokeAward);
    connect(deleteButton_, &QPushButton::clicked, this, &AwardsPage::deleteAward);
    connect(initiativeButton_, &QPushButton::clicked, this, &AwardsPage::recordInitiative);
    connect(viewShortcut(awardView_, QKeySequence::Delete), &QAction::triggered, this,
            &AwardsPage::deleteAward);
    connect(lists_, &QTabWidget::currentChanged, this, &AwardsPage::showSelected);
    connect(awardView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AwardsPage::showSelected);
    connect(initiativeView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AwardsPage::showSelected);
    connectUndoButtons(this, undoStack_, undoButton_, redoButton_);
}

void AwardsPage::setWorkspace(services::Workspace* workspace) {
    subscription_.reset();
    undoStack_->clear();
    workspace_ = workspace;
    steps_->setWorkspace(workspace);
    if (workspace_)
        subscription_ =
            ChangeSubscription(workspace_->changes(), [this](const services::ChangeEvent& event) {
                if (std::holds_alternative<services::DataReloaded>(event) ||
                    std::holds_alternative<services::UnitChanged>(event) ||
                    std::holds_alternative<services::PersonChanged>(event)) {
                    units_.load(workspace_);
                    reload();
                } else if (std::holds_alternative<services::AwardChanged>(event) ||
                           std::holds_alternative<services::NominationChanged>(event)) {
                    reload();
                }
            });
    if (const QString failed = units_.load(workspace_); !failed.isEmpty())
        header_->setError(failed);
    reload();
}

void AwardsPage::setYear(int year) {
    year_ = year;
    header_->setError({});
    reload();
}

void AwardsPage::reload() {
    awards_.clear();
    initiatives_.clear();
    if (workspace_ && year_ > 0) {
        auto awards = workspace_->awards().awardsOf(year_);
        auto initiatives = workspace_->awards().initiativesOf(year_);
        if (awards && initiatives) {
            awards_ = std::move(*awards);
            initiatives_ = std::move(*initiatives);
        } else {
            header_->setError(awards ? initiatives.error().message : awards.error().message);
        }
    }
    applyFilter();
}

void AwardsPage::applyFilter() {
    const QString chosenUuid = chosenAward() ? chosenAward()->award.uuid : QString();
    const QStringList words = domain::vn::searchWords(search_->text());
    const int subject = subject_->currentData().toInt();
    std::vector<domain::AwardEntry> shown;
    for (const domain::AwardEntry& entry : awards_) {
        const bool collective = entry.award.unitId != domain::NoId;
        if ((subject == Individuals && collective) || (subject == Collectives && !collective))
            continue;
        if (hideRevoked_->isChecked() && entry.award.revoked())
            continue;
        if (!words.isEmpty() && !domain::vn::wordsMatch(entry.searchKey, words))
            continue;
        shown.push_back(entry);
    }
    std::vector<domain::InitiativeEntry> initiatives;
    for (const domain::InitiativeEntry& entry : initiatives_)
        if (words.isEmpty() || domain::vn::wordsMatch(entry.searchKey, words))
            initiatives.push_back(entry);
    const auto listed = static_cast<int>(shown.size());
    awardModel_->setEntries(std::move(shown));
    initiativeModel_->setEntries(std::move(initiatives));
    awardView_->resizeColumnsToContents();
    initiativeView_->resizeColumnsToContents();
    countLabel_->setText(
        tr("%1 of %n award(s)", nullptr, static_cast<int>(awards_.size())).arg(listed));
    selectQuietly(awardView_, awardModel_->rowWhere([&](const domain::AwardEntry& entry) {
        return entry.award.uuid == chosenUuid;
    }));
    selectQuietly(initiativeView_, initiativeView_->currentIndex().row());
    showSelected();
}

const domain::AwardEntry* AwardsPage::chosenAward() const {
    const QModelIndex current = awardView_->currentIndex();
    if (lists_->currentIndex() != AwardsTab || !current.isValid())
        return nullptr;
    return &awardModel_->entry(current.row());
}

void AwardsPage::showSelected() {
    const bool open = workspace_ && year_ > 0;
    const domain::AwardEntry* chosen = chosenAward();
    recordButton_->setEnabled(open);
    initiativeButton_->setEnabled(open);
    revokeButton_->setEnabled(chosen && !chosen->award.revoked());
    deleteButton_->setEnabled(chosen != nullptr);
    history_->clear();
    trail_->clear();
    if (!workspace_)
        return;
    // The history of the award's candidate, or of an initiative's first author.
    domain::RowId personId = domain::NoId;
    domain::RowId unitId = domain::NoId;
    if (chosen) {
        personId = chosen->award.personId;
        unitId = chosen->award.unitId;
        auto trail = workspace_->awards().trail(chosen->award.id);
        trail_->setHtml(trail ? changeTrailHtml(*trail) : trail.error().message);
    } else if (lists_->currentIndex() == InitiativesTab &&
               initiativeView_->currentIndex().isValid()) {
        const domain::Initiative& initiative =
            initiativeModel_->entry(initiativeView_->currentIndex().row()).initiative;
        if (!initiative.authorIds.empty())
            personId = initiative.authorIds.front();
    }
    if (personId != domain::NoId || unitId != domain::NoId) {
        auto history = workspace_->awards().historyOf(personId, unitId);
        history_->setHtml(history ? awardHistoryHtml(*history) : history.error().message);
    }
}

void AwardsPage::report(const Status& status) {
    header_->setError(status ? QString() : status.error().message);
}

void AwardsPage::recordAward() {
    if (!workspace_ || year_ <= 0)
        return;
    auto dialog = new AwardDialog(*workspace_, year_, units_.units(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const domain::Award& award = dialog->recorded();
        steps_->recorded(award, dialog->initiativeId());
        lists_->setCurrentIndex(AwardsTab);
        selectQuietly(awardView_, awardModel_->rowWhere([&](const domain::AwardEntry& entry) {
            return entry.award.uuid == award.uuid;
        }));
        showSelected();
    });
    dialog->open();
}

void AwardsPage::revokeAward() {
    const domain::AwardEntry* chosen = chosenAward();
    if (!chosen)
        return;
    const domain::Award award = chosen->award;
    auto dialog = new RevokeDialog(
        QStringLiteral("%1 — %2").arg(chosen->awardName, chosen->candidateName),
        [this, award](const RevokeDialog::Revocation& revocation) {
            return steps_->revoke(award, revocation);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AwardsPage::deleteAward() {
    const domain::AwardEntry* chosen = chosenAward();
    if (!chosen)
        return;
    const domain::Award award = chosen->award;
    if (!askYesNo(this, tr("Delete the Award"),
                  tr("Delete %1 of %2 (decision %3) as entered by mistake? An award that was "
                     "really given and then withdrawn is revoked instead. Ctrl+Z brings it "
                     "back.")
                      .arg(chosen->awardName, chosen->candidateName, award.decisionNumber)))
        return;
    report(steps_->remove(award));
}

void AwardsPage::recordInitiative() {
    if (!workspace_ || year_ <= 0)
        return;
    auto dialog = new InitiativeDialog(*workspace_, year_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const domain::RowId id = dialog->recorded().id;
        lists_->setCurrentIndex(InitiativesTab);
        selectQuietly(initiativeView_,
                      initiativeModel_->rowWhere([id](const domain::InitiativeEntry& entry) {
                          return entry.initiative.id == id;
                      }));
        showSelected();
    });
    dialog->open();
}

void AwardsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AwardsPage::retranslate() {
    header_->setTitle(areaTitle(workArea(Area::Awards)));
    header_->setDescription(
        tr("The awards given for the year in order of precedence, and the initiatives "
           "recognised in it. Record an award decided on paper, revoke one that was withdrawn, "
           "and enter the initiatives that later awards rest on; each counts once."));
    searchLabel_->setText(tr("&Find:"));
    search_->setPlaceholderText(tr("Name or decision number, e.g. nguyen thi lan"));
    subject_->setItemText(AllSubjects, tr("Individuals and collectives"));
    subject_->setItemText(Individuals, tr("Individuals"));
    subject_->setItemText(Collectives, tr("Collectives"));
    hideRevoked_->setText(tr("Hide re&voked"));
    recordButton_->setText(tr("&Record Award…"));
    revokeButton_->setText(tr("Re&voke…"));
    deleteButton_->setText(tr("&Delete"));
    deleteButton_->setToolTip(tr("Delete an award entered by mistake (Delete)"));
    initiativeButton_->setText(tr("Record &Initiative…"));
    undoButton_->setText(tr("&Undo"));
    redoButton_->setText(tr("Re&do"));
    lists_->setTabText(AwardsTab, tr("Awards"));
    lists_->setTabText(InitiativesTab, tr("Initiatives"));
    recordTabs_->setTabText(0, tr("Award history"));
    recordTabs_->setTabText(1, tr("Changes"));
    awardModel_->retranslate();
    initiativeModel_->retranslate();
    applyFilter();
}

} // namespace thidua::ui
