#include "voting_page.h"

#include "ballot_papers.h"
#include "ballot_print.h"
#include "change_command.h"
#include "cluster_service.h"
#include "document_export.h"
#include "document_preview.h"
#include "flag_proposals.h"
#include "long_task.h"
#include "page_parts.h"
#include "restore_state.h"
#include "ui_voting_page.h"
#include "vietnamese_format.h"
#include "vote_minutes.h"
#include "vote_rule_service.h"
#include "vote_rules_dialog.h"
#include "vote_tally_model.h"
#include "voting_service.h"
#include "work_areas.h"
#include "workspace.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QUndoStack>

#include <algorithm>

namespace thidua::ui {

VotingPage::VotingPage(QWidget* parent)
    : QWidget(parent)
    , ui_(std::make_unique<Ui::VotingPage>())
    , model_(new VoteTallyModel(this))
    , undoStack_(new QUndoStack(this)) {
    ui_->setupUi(this);
    ui_->tallyView->setModel(model_);
    QHeaderView* columns = ui_->tallyView->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(VoteTallyModel::CandidateColumn, QHeaderView::Stretch);
    ui_->outputLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    model_->setCommit([this](const domain::BallotSession& edited) {
        Status saved = save(tr("enter the tally"), session_, edited);
        report(saved);
        return saved;
    });
    buildOutputMenus();
    connectActions();
    retranslate();
}

VotingPage::~VotingPage() = default;

void VotingPage::buildOutputMenus() {
    ui_->printToolButton->setMenu(
        actionMenu(this, {"printBallotsAction", "printCountAction", "printMinutesAction"},
                   [this](int index) { preview(static_cast<Output>(index)); }));
    ui_->exportToolButton->setMenu(
        actionMenu(this, {"exportBallotsAction", "exportCountAction", "exportMinutesAction"},
                   [this](int index) { exportFile(static_cast<Output>(index)); }));
}

void VotingPage::connectActions() {
    connectUndoButtons(this, undoStack_, ui_->undoButton, ui_->redoButton);
    connect(ui_->clusterComboBox, &QComboBox::currentIndexChanged, this, &VotingPage::reload);
    connect(ui_->saveSessionButton, &QPushButton::clicked, this, &VotingPage::saveSession);
    connect(ui_->voteRulesButton, &QPushButton::clicked, this, &VotingPage::editVoteRules);
    connect(ui_->deleteSessionButton, &QPushButton::clicked, this, &VotingPage::deleteSession);
    connect(ui_->proposeFlagsButton, &QPushButton::clicked, this, &VotingPage::proposeFlags);
    connect(ui_->addBallotButton, &QPushButton::clicked, this, &VotingPage::addBallot);
    connect(ui_->secondRoundButton, &QPushButton::clicked, this, &VotingPage::addSecondRound);
    connect(ui_->removeBallotButton, &QPushButton::clicked, this, &VotingPage::removeBallot);
    for (QSpinBox* count : {ui_->membersSpinBox, ui_->presentSpinBox, ui_->writtenSpinBox})
        connect(count, &QSpinBox::valueChanged, this, &VotingPage::showQuorum);
    connect(ui_->tallyView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VotingPage::enableActions);
}

void VotingPage::setWorkspace(services::Workspace* workspace) {
    subscription_.reset();
    undoStack_->clear();
    workspace_ = workspace;
    if (workspace_)
        subscription_ =
            ChangeSubscription(workspace_->changes(), [this](const services::ChangeEvent& event) {
                if (std::holds_alternative<services::BallotChanged>(event))
                    reload();
                else if (!std::holds_alternative<services::RegistrationChanged>(event) &&
                         !std::holds_alternative<services::ConductChanged>(event))
                    reloadClusters();
            });
    reloadClusters();
}

void VotingPage::setYear(int year) {
    year_ = year;
    reloadClusters();
}

domain::RowId VotingPage::clusterId() const {
    return ui_->clusterComboBox->currentData().value<domain::RowId>();
}

void VotingPage::reloadClusters() {
    const QString failed = units_.load(workspace_);
    const domain::RowId chosen = clusterId();
    QSignalBlocker quiet(ui_->clusterComboBox);
    ui_->clusterComboBox->clear();
    if (workspace_ && year_ > 0) {
        auto clusters = workspace_->clusters().clusters(year_);
        if (!clusters)
            ui_->pageHeader->setError(clusters.error().message);
        for (const domain::ClusterYear& cluster :
             clusters.value_or(std::vector<domain::ClusterYear>{}))
            ui_->clusterComboBox->addItem(
                QStringLiteral("%1 — %2").arg(domain::clusterDisplayName(cluster.cluster),
                                              units_.name(cluster.cluster.organiserId)),
                QVariant::fromValue(cluster.cluster.id));
    }
    int row = ui_->clusterComboBox->findData(QVariant::fromValue(chosen));
    // Without a choice yet, the first cluster whose vote is recorded.
    for (int other = 0; row < 0 && other < ui_->clusterComboBox->count(); ++other) {
        auto session = workspace_->voting().forCluster(
            ui_->clusterComboBox->itemData(other).value<domain::RowId>());
        if (session && *session)
            row = other;
    }
    ui_->clusterComboBox->setCurrentIndex(std::max(0, row));
    reload();
    if (!failed.isEmpty())
        ui_->pageHeader->setError(failed);
}

void VotingPage::reload() {
    ui_->pageHeader->setError({});
    const domain::RowId cluster = clusterId();
    if (!workspace_ || cluster == domain::NoId) {
        session_.reset();
        model_->setSession({}, {}, {}, {});
        showSession(std::nullopt, 0);
        return;
    }
    services::VotingService& voting = workspace_->voting();
    auto year = workspace_->clusters().cluster(cluster);
    auto session = voting.forCluster(cluster);
    if (!year || !session)
        return ui_->pageHeader->setError(!year ? year.error().message : session.error().message);
    session_ = *session;
    const QDate heldOn = session_ ? session_->heldOn : QDate();
    auto rules = voting.rules(cluster, heldOn);
    auto titles = voting.votableTitles(cluster, heldOn);
    if (!rules || !titles)
        return ui_->pageHeader->setError(!rules ? rules.error().message : titles.error().message);

    QHash<domain::RowId, QString> names;
    const domain::RowId candidate = ui_->candidateComboBox->currentData().value<domain::RowId>();
    ui_->candidateComboBox->clear();
    for (domain::RowId member : year->memberIds()) {
        names.insert(member, units_.name(member));
        ui_->candidateComboBox->addItem(units_.name(member), QVariant::fromValue(member));
    }
    ui_->candidateComboBox->setCurrentIndex(
        std::max(0, ui_->candidateComboBox->findData(QVariant::fromValue(candidate))));
    QHash<QString, QString> titleNames;
    const QString title = ui_->titleComboBox->currentData().toString();
    ui_->titleComboBox->clear();
    for (const domain::Title& votable : *titles) {
        titleNames.insert(votable.code, votable.name);
        ui_->titleComboBox->addItem(votable.name, votable.code);
    }
    ui_->titleComboBox->setCurrentIndex(std::max(0, ui_->titleComboBox->findData(title)));

    domain::BallotSession shown = session_.value_or(domain::BallotSession{});
    shown.clusterId = cluster;
    // A tally edit is in the model before it is stored: resetting the model
    // for it would lose the cell the clerk is typing in.
    if (shown != model_->session())
        model_->setSession(std::move(shown), std::move(*rules), std::move(names),
                           std::move(titleNames));
    showSession(session_, static_cast<int>(year->members.size()));
}

void VotingPage::showSession(const std::optional<domain::BallotSession>& session,
                             int clusterMembers) {
    ui_->heldOnField->setDate(session ? session->heldOn : QDate());
    ui_->placeLineEdit->setText(session ? session->place : QString());
    ui_->chairLineEdit->setText(session ? session->chair : QString());
    ui_->secretaryLineEdit->setText(session ? session->secretary : QString());
    // A new session starts with every member unit present.
    ui_->membersSpinBox->setValue(session ? session->members : clusterMembers);
    ui_->presentSpinBox->setValue(session ? session->present : clusterMembers);
    ui_->writtenSpinBox->setValue(session ? session->writtenOpinions : 0);
    showQuorum();
    enableActions();
}

void VotingPage::showQuorum() {
    const int members = ui_->membersSpinBox->value();
    const int present = ui_->presentSpinBox->value();
    if (clusterId() == domain::NoId || members <= 0) {
        ui_->quorumLabel->clear();
        return;
    }
    const domain::Share quorum = model_->rules().quorum;
    const QString needed =
        domain::vn::formatDecimal(100.0 * quorum.numerator / std::max(quorum.denominator, 1), 2);
    const QString share = domain::vn::formatDecimal(100.0 * present / members, 2);
    ui_->quorumLabel->setText(
        domain::reaches(present, members, quorum)
            ? tr("%1 of %2 members present (%3 %): the quorum of %4 % is reached.")
                  .arg(present)
                  .arg(members)
                  .arg(share, needed)
            : tr("%1 of %2 members present (%3 %): no quorum, %4 % must be present; nothing "
                 "passes.")
                  .arg(present)
                  .arg(members)
                  .arg(share, needed));
}

void VotingPage::enableActions() {
    const bool chosen = workspace_ && clusterId() != domain::NoId;
    const bool held = chosen && session_.has_value();
    const bool row = held && ui_->tallyView->currentIndex().isValid();
    ui_->sessionGroupBox->setEnabled(chosen);
    ui_->deleteSessionButton->setEnabled(held);
    ui_->addBallotButton->setEnabled(chosen && ui_->titleComboBox->count() > 0);
    ui_->secondRoundButton->setEnabled(row);
    ui_->removeBallotButton->setEnabled(row);
    ui_->printToolButton->setEnabled(held);
    ui_->exportToolButton->setEnabled(held);
    ui_->proposeFlagsButton->setEnabled(held);
}

Result<domain::BallotSession> VotingPage::fromFields(std::vector<domain::Ballot> ballots) const {
    domain::BallotSession session = session_.value_or(domain::BallotSession{});
    session.clusterId = clusterId();
    auto heldOn = ui_->heldOnField->date(tr("Date of the session"));
    if (!heldOn)
        return std::unexpected(heldOn.error());
    session.heldOn = *heldOn;
    session.place = ui_->placeLineEdit->text();
    session.chair = ui_->chairLineEdit->text();
    session.secretary = ui_->secretaryLineEdit->text();
    session.members = ui_->membersSpinBox->value();
    session.present = ui_->presentSpinBox->value();
    session.writtenOpinions = ui_->writtenSpinBox->value();
    session.ballots = std::move(ballots);
    return session;
}

void VotingPage::saveSession() {
    auto after = fromFields(session_ ? session_->ballots : std::vector<domain::Ballot>{});
    if (!after)
        return void(report(std::unexpected(after.error())));
    report(save(session_ ? tr("edit the ballot session") : tr("hold a ballot session"), session_,
                *after));
}

void VotingPage::deleteSession() {
    if (!session_ || !askYesNo(this, tr("Delete Ballot Session"),
                               tr("Delete this ballot session with its tally? Undo (Ctrl+Z) "
                                  "brings it back.")))
        return;
    report(save(tr("delete the ballot session"), session_, std::nullopt));
}

// The rule data for every title voted on: listed, and a row added from a day.
void VotingPage::editVoteRules() {
    if (!workspace_ || clusterId() == domain::NoId)
        return;
    auto titles = workspace_->voting().votableTitles(clusterId(), QDate());
    if (!titles)
        return ui_->pageHeader->setError(titles.error().message);
    services::VoteRuleService& rules = workspace_->voteRules();
    VoteRulesDialog dialog(
        *titles, [&rules] { return rules.rules(); },
        [&rules](const domain::VoteRule& rule) { return rules.set(rule); }, this);
    dialog.exec();
}

void VotingPage::addBallot() {
    const auto unitId = ui_->candidateComboBox->currentData().value<domain::RowId>();
    const QString titleCode = ui_->titleComboBox->currentData().toString();
    std::vector<domain::Ballot> ballots =
        session_ ? session_->ballots : std::vector<domain::Ballot>{};
    ballots.push_back({unitId, titleCode, 1, 0, 0, 0, 0});
    auto after = fromFields(std::move(ballots));
    if (!after)
        return void(report(std::unexpected(after.error())));
    if (report(save(tr("put %1 on the ballot").arg(units_.name(unitId)), session_, *after)))
        ui_->tallyView->setCurrentIndex(
            model_->index(model_->rowCount() - 1, VoteTallyModel::IssuedColumn));
}

void VotingPage::addSecondRound() {
    const QModelIndex current = ui_->tallyView->currentIndex();
    if (!session_ || !current.isValid())
        return;
    const domain::Ballot chosen = session_->ballots[static_cast<std::size_t>(current.row())];
    domain::BallotSession after = *session_;
    auto titles = [this](const QString& code) {
        const int row = ui_->titleComboBox->findData(code);
        return row < 0 ? code : ui_->titleComboBox->itemText(row);
    };
    if (auto refusal = domain::addRound(after, chosen.unitId, chosen.titleCode, model_->rules(),
                                        units_.names(), titles))
        return void(report(fail(ErrorCode::InvalidInput, *refusal)));
    report(save(tr("add round 2 for %1").arg(units_.name(chosen.unitId)), session_, after));
}

void VotingPage::removeBallot() {
    const QModelIndex current = ui_->tallyView->currentIndex();
    if (!session_ || !current.isValid())
        return;
    domain::BallotSession after = *session_;
    const domain::Ballot gone = after.ballots[static_cast<std::size_t>(current.row())];
    after.ballots.erase(after.ballots.begin() + current.row());
    report(save(tr("take %1 off the ballot").arg(units_.name(gone.unitId)), session_, after));
}

Status VotingPage::save(const QString& text, std::optional<domain::BallotSession> before,
                        std::optional<domain::BallotSession> after) {
    if (!workspace_)
        return fail(ErrorCode::Unsupported, tr("No database is open."));
    const domain::RowId cluster = clusterId();
    if (auto written = restoreBallotSession(workspace_->voting(), cluster, after); !written)
        return written;
    const auto states = beforeAndAfter(std::move(before), std::move(after));
    auto apply = [this, cluster, states](bool forward) -> Status {
        if (!workspace_)
            return fail(ErrorCode::Unsupported, tr("No database is open."));
        return restoreBallotSession(workspace_->voting(), cluster,
                                    forward ? states->second : states->first);
    };
    undoStack_->push(new ChangeCommand(
        text, apply, [this](const QString& message) { ui_->pageHeader->setError(message); }));
    return {};
}

bool VotingPage::report(const Status& status) {
    ui_->pageHeader->setError(status ? QString() : status.error().message);
    return status.has_value();
}

Result<documents::Document> VotingPage::document(Output output) {
    if (!workspace_)
        return fail(ErrorCode::Unsupported, tr("No database is open."));
    auto print = reports::readBallotPrint(*workspace_, clusterId());
    if (!print)
        return std::unexpected(print.error());
    switch (output) {
    case Output::BallotPapers:
        return reports::ballotPapers(*print, reports::roundToPrint(print->session));
    case Output::VoteCount:
        return reports::voteCountMinutes(*print);
    case Output::Minutes:
        break;
    }
    return reports::meetingMinutes(*print);
}

void VotingPage::proposeFlags() {
    ui_->outputLabel->clear();
    if (!workspace_)
        return;
    auto made = reports::proposeFlagsFromVote(*workspace_, clusterId(), year_);
    if (!made)
        return void(report(std::unexpected(made.error())));
    report({});
    ui_->outputLabel->setText(tr("%n nomination(s) made; the minutes, the ranking and the "
                                 "scoring table are in the dossiers.",
                                 nullptr, *made));
}

void VotingPage::preview(Output output) {
    auto made = document(output);
    if (!made)
        return void(report(std::unexpected(made.error())));
    LongTask task(this);
    report(DocumentPreview::open(this, *made, task));
}

void VotingPage::exportFile(Output output) {
    ui_->outputLabel->clear();
    const QString cluster =
        ui_->clusterComboBox->currentText().section(QStringLiteral(" — "), 0, 0);
    const QString kind = output == Output::BallotPapers ? tr("Ballot papers")
                         : output == Output::VoteCount  ? tr("Vote count")
                                                        : tr("Meeting minutes");
    const QString name = QStringLiteral("%1 %2 - %3.pdf").arg(kind).arg(year_).arg(cluster);
    auto written = DocumentExport::exportAs(this, name, [&] { return document(output); });
    if (!written)
        return void(report(std::unexpected(written.error())));
    if (!written->isEmpty())
        ui_->outputLabel->setText(tr("Written to %1.").arg(QDir::toNativeSeparators(*written)));
}

void VotingPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
        model_->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void VotingPage::retranslate() {
    const WorkArea& area = workArea(Area::Voting);
    ui_->pageHeader->setTitle(areaTitle(area));
    ui_->pageHeader->setDescription(areaDescription(area));
    const auto name = [this](const char* action, const QString& text) {
        findChild<QAction*>(QString::fromLatin1(action))->setText(text);
    };
    name("printBallotsAction", tr("Ballot Papers…"));
    name("printCountAction", tr("Vote-Count Minutes…"));
    name("printMinutesAction", tr("Meeting Minutes…"));
    name("exportBallotsAction", tr("Ballot Papers…"));
    name("exportCountAction", tr("Vote-Count Minutes…"));
    name("exportMinutesAction", tr("Meeting Minutes…"));
    showQuorum();
}

} // namespace thidua::ui
