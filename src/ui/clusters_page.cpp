#include "clusters_page.h"

#include "cluster_dialog.h"
#include "cluster_list_model.h"
#include "cluster_members_model.h"
#include "cluster_service.h"
#include "cluster_steps.h"
#include "covenant_document.h"
#include "covenant_editor.h"
#include "covenant_service.h"
#include "document_export.h"
#include "document_preview.h"
#include "leadership_editor.h"
#include "long_task.h"
#include "next_year_dialog.h"
#include "page_header.h"
#include "page_parts.h"
#include "unit_picker.h"
#include "vietnamese_format.h"
#include "work_areas.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua::ui {

namespace {

// The next free number of the organiser's clusters (or blocks) in the year.
int nextNumber(const std::vector<domain::ClusterYear>& clusters, const domain::Cluster& like) {
    int highest = 0;
    for (const domain::ClusterYear& cluster : clusters)
        if (cluster.cluster.organiserId == like.organiserId && cluster.cluster.kind == like.kind)
            highest = std::max(highest, cluster.cluster.number);
    return highest + 1;
}

} // namespace

ClustersPage::ClustersPage(QWidget* parent)
    : QWidget(parent)
    , header_(new PageHeader(this))
    , newButton_(new QPushButton(this))
    , editButton_(new QPushButton(this))
    , deleteButton_(new QPushButton(this))
    , copyButton_(new QPushButton(this))
    , undoButton_(new QPushButton(this))
    , redoButton_(new QPushButton(this))
    , clusterView_(listView(this, QStringLiteral("clusterView")))
    , clusterModel_(new ClusterListModel(this))
    , selectedLabel_(new QLabel(this))
    , tabs_(new QTabWidget(this))
    , memberView_(listView(this, QStringLiteral("memberView")))
    , memberModel_(new ClusterMembersModel(this))
    , addLabel_(new QLabel(this))
    , addPicker_(new UnitPicker(this))
    , addButton_(new QPushButton(this))
    , removeButton_(new QPushButton(this))
    , leadership_(new LeadershipEditor(this))
    , covenantEditor_(new CovenantEditor(this))
    , undoStack_(new QUndoStack(this))
    , steps_(std::make_unique<ClusterSteps>(
          *undoStack_, [this](const QString& message) { header_->setError(message); })) {
    header_->setObjectName(QStringLiteral("pageHeader"));
    newButton_->setObjectName(QStringLiteral("newClusterButton"));
    editButton_->setObjectName(QStringLiteral("editClusterButton"));
    deleteButton_->setObjectName(QStringLiteral("deleteClusterButton"));
    copyButton_->setObjectName(QStringLiteral("copyToNextYearButton"));
    undoButton_->setObjectName(QStringLiteral("undoButton"));
    redoButton_->setObjectName(QStringLiteral("redoButton"));
    selectedLabel_->setObjectName(QStringLiteral("selectedClusterLabel"));
    tabs_->setObjectName(QStringLiteral("clusterTabs"));
    addPicker_->setObjectName(QStringLiteral("memberPicker"));
    addButton_->setObjectName(QStringLiteral("addMemberButton"));
    removeButton_->setObjectName(QStringLiteral("removeMemberButton"));
    leadership_->setObjectName(QStringLiteral("leadershipEditor"));
    covenantEditor_->setObjectName(QStringLiteral("covenantEditor"));
    clusterView_->setModel(clusterModel_);
    memberView_->setModel(memberModel_);
    addLabel_->setBuddy(addPicker_);
    selectedLabel_->setWordWrap(true);
    QFont bold = selectedLabel_->font();
    bold.setWeight(QFont::DemiBold);
    selectedLabel_->setFont(bold);
    buildLayout();
    connectActions();
    retranslate();
    showSelected();
}

ClustersPage::~ClustersPage() = default;

void ClustersPage::buildLayout() {
    QHeaderView* columns = clusterView_->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ClusterListModel::HeadColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ClusterListModel::DeputyColumn, QHeaderView::Stretch);
    QHeaderView* memberColumns = memberView_->horizontalHeader();
    memberColumns->setSectionResizeMode(QHeaderView::ResizeToContents);
    memberColumns->setSectionResizeMode(ClusterMembersModel::UnitColumn, QHeaderView::Stretch);

    auto actions = new QHBoxLayout;
    for (QPushButton* button : {newButton_, editButton_, deleteButton_, copyButton_})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(undoButton_);
    actions->addWidget(redoButton_);

    auto memberActions = new QHBoxLayout;
    memberActions->addWidget(addLabel_);
    memberActions->addWidget(addPicker_, 1);
    memberActions->addWidget(addButton_);
    memberActions->addWidget(removeButton_);
    auto memberColumn = new QVBoxLayout;
    memberColumn->setContentsMargins(0, 0, 0, 0);
    memberColumn->addWidget(memberView_, 1);
    memberColumn->addLayout(memberActions);
    auto membersTab = new QWidget(tabs_);
    auto membersLayout = new QHBoxLayout(membersTab);
    membersLayout->addLayout(memberColumn, 3);
    membersLayout->addWidget(leadership_, 2);
    tabs_->addTab(membersTab, QString());
    tabs_->addTab(covenantEditor_, QString());

    auto details = new QWidget(this);
    auto detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 8, 0, 0);
    detailsLayout->addWidget(selectedLabel_);
    detailsLayout->addWidget(tabs_, 1);
    layOutListAndRecord(this, header_, {actions}, clusterView_, details, 1, 1)
        ->setObjectName(QStringLiteral("clusterSplitter"));
}

void ClustersPage::connectActions() {
    connectUndoButtons(this, undoStack_, undoButton_, redoButton_);
    connect(newButton_, &QPushButton::clicked, this, &ClustersPage::newCluster);
    connect(editButton_, &QPushButton::clicked, this, &ClustersPage::editCluster);
    connect(deleteButton_, &QPushButton::clicked, this, &ClustersPage::deleteCluster);
    connect(copyButton_, &QPushButton::clicked, this, &ClustersPage::copyToNextYear);
    connect(addButton_, &QPushButton::clicked, this, &ClustersPage::addMember);
    connect(removeButton_, &QPushButton::clicked, this, &ClustersPage::removeMember);
    connect(addPicker_, &UnitPicker::unitChosen, addButton_, [this] { addButton_->setFocus(); });
    connect(leadership_, &LeadershipEditor::applyRequested, this, &ClustersPage::applyLeadership);
    connect(covenantEditor_, &CovenantEditor::saveRequested, this, &ClustersPage::saveCovenant);
    connect(covenantEditor_, &CovenantEditor::removeRequested, this, &ClustersPage::removeCovenant);
    connect(covenantEditor_, &CovenantEditor::exportRequested, this, &ClustersPage::exportCovenant);
    connect(covenantEditor_, &CovenantEditor::printRequested, this, &ClustersPage::printCovenant);
    connect(clusterView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClustersPage::showSelected);
    connect(clusterView_, &QTableView::doubleClicked, this, &ClustersPage::editCluster);
    connect(viewShortcut(clusterView_, QKeySequence(Qt::Key_F2)), &QAction::triggered, this,
            &ClustersPage::editCluster);
    connect(viewShortcut(memberView_, QKeySequence::Delete), &QAction::triggered, this,
            &ClustersPage::removeMember);
    connect(viewShortcut(memberView_, QKeySequence(Qt::Key_Insert)), &QAction::triggered,
            addPicker_, [this] { addPicker_->setFocus(); });
}

void ClustersPage::setWorkspace(services::Workspace* workspace) {
    subscription_.reset();
    undoStack_->clear();
    workspace_ = workspace;
    steps_->setWorkspace(workspace);
    if (workspace_)
        subscription_ =
            ChangeSubscription(workspace_->changes(), [this](const services::ChangeEvent& event) {
                if (std::holds_alternative<services::DataReloaded>(event) ||
                    std::holds_alternative<services::UnitChanged>(event))
                    reloadUnits();
                else if (std::holds_alternative<services::ClusterChanged>(event) ||
                         std::holds_alternative<services::CovenantChanged>(event))
                    reload();
            });
    reloadUnits();
}

void ClustersPage::setYear(int year) {
    year_ = year;
    header_->setError({});
    reload();
}

void ClustersPage::reloadUnits() {
    const QString failed = units_.load(workspace_);
    addPicker_->setUnits(units_.units());
    addPicker_->setCurrentIndex(-1);
    reload();
    if (!failed.isEmpty())
        header_->setError(failed);
}

void ClustersPage::reload() {
    const std::optional<domain::ClusterYear> before = selected();
    std::vector<domain::ClusterYear> clusters;
    if (workspace_ && year_ > 0) {
        auto loaded = workspace_->clusters().clusters(year_);
        if (loaded)
            clusters = std::move(*loaded);
        else
            header_->setError(loaded.error().message);
    }
    clusterModel_->setClusters(std::move(clusters), units_);
    select(before ? before->cluster.uuid : QString());
}

std::optional<domain::ClusterYear> ClustersPage::selected() const {
    const QModelIndex current = clusterView_->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return clusterModel_->cluster(current.row());
}

void ClustersPage::select(const QString& uuid) {
    selectQuietly(clusterView_, clusterModel_->rowOf(uuid));
    showSelected();
}

void ClustersPage::showSelected() {
    const std::optional<domain::ClusterYear> cluster = selected();
    for (QWidget* needsCluster : std::initializer_list<QWidget*>{
             editButton_, deleteButton_, addPicker_, addButton_, removeButton_, tabs_})
        needsCluster->setEnabled(cluster.has_value());
    newButton_->setEnabled(workspace_ && year_ > 0);
    copyButton_->setEnabled(clusterModel_->rowCount() > 0);
    covenant_.reset();
    if (!cluster) {
        selectedLabel_->setText(year_ > 0 ? tr("%1 has no clusters or blocks yet.").arg(year_)
                                          : QString());
        memberModel_->clear();
        leadership_->clear();
        covenantEditor_->clear();
        return;
    }
    QString title = tr("%1, organised by %2")
                        .arg(domain::clusterYearName(cluster->cluster),
                             units_.name(cluster->cluster.organiserId));
    if (cluster->decision)
        title += QStringLiteral(" — ") + tr("head and deputy appointed by decision %1 of %2")
                                             .arg(cluster->decision->number,
                                                  domain::vn::formatDate(cluster->decision->date));
    selectedLabel_->setText(title);
    memberModel_->setCluster(*cluster, clusterModel_->clusters(), units_);
    const QDate today = QDate::currentDate();
    leadership_->setCluster(*cluster, units_, today);
    if (auto stored = workspace_->covenants().forCluster(cluster->cluster.id))
        covenant_ = *stored;
    else
        header_->setError(stored.error().message);
    covenantEditor_->setCluster(*cluster, covenant_, units_, today);
}

void ClustersPage::newCluster() {
    if (!workspace_ || year_ <= 0)
        return;
    domain::Cluster fields;
    fields.year = year_;
    const auto current = selected();
    fields.organiserId = current ? current->cluster.organiserId : domain::NoId;
    fields.number = nextNumber(clusterModel_->clusters(), fields);
    auto dialog = new ClusterDialog(
        units_.units(), fields,
        [this](const domain::Cluster& cluster) {
            auto created = steps_->create(cluster);
            if (!created)
                return Status(std::unexpected(created.error()));
            header_->setError({});
            select(created->cluster.uuid);
            addPicker_->setFocus();
            return Status{};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClustersPage::editCluster() {
    const auto before = selected();
    if (!before)
        return;
    auto dialog = new ClusterDialog(
        units_.units(), before->cluster,
        [this, before](const domain::Cluster& cluster) {
            const QString text = tr("edit %1").arg(domain::clusterYearName(before->cluster));
            auto edited = steps_->edit(*before, text, [&](services::ClusterService& clusters) {
                domain::ClusterYear changed = *before;
                changed.cluster = cluster;
                return clusters.update(changed);
            });
            if (edited)
                header_->setError({});
            return edited;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClustersPage::deleteCluster() {
    const auto cluster = selected();
    if (!cluster)
        return;
    const QString name = domain::clusterYearName(cluster->cluster);
    if (!askYesNo(this, tr("Delete Cluster"),
                  tr("Delete %1 with its %n member(s)? Undo (Ctrl+Z) brings it back.", nullptr,
                     static_cast<int>(cluster->members.size()))
                      .arg(name)))
        return;
    report(steps_->remove(*cluster));
}

void ClustersPage::copyToNextYear() {
    if (!workspace_ || year_ <= 0)
        return;
    auto proposal = workspace_->clusters().proposeNextYear(year_);
    if (!proposal) {
        report(std::unexpected(proposal.error()));
        return;
    }
    auto dialog = new NextYearDialog(
        std::move(*proposal), units_,
        [this](const domain::NextYearProposal& edited) {
            auto created = steps_->copyToNextYear(edited);
            if (!created)
                return Status(std::unexpected(created.error()));
            header_->setError({});
            Q_EMIT statusMessage(tr("%n cluster(s) created for %1; Ctrl+Z takes them back.",
                                    nullptr, static_cast<int>(created->size()))
                                     .arg(edited.toYear));
            Q_EMIT yearWanted(edited.toYear);
            return Status{};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClustersPage::addMember() {
    const auto cluster = selected();
    const domain::RowId unitId = addPicker_->unitId();
    if (!cluster || unitId == domain::NoId)
        return;
    const QString text =
        tr("add %1 to %2").arg(units_.name(unitId), domain::clusterYearName(cluster->cluster));
    if (report(steps_->edit(*cluster, text, [&](services::ClusterService& clusters) {
            return clusters.addMember(cluster->cluster.id, unitId);
        })))
        addPicker_->setFocus();
}

void ClustersPage::removeMember() {
    const auto cluster = selected();
    const domain::RowId unitId = memberModel_->unitId(memberView_->currentIndex().row());
    if (!cluster || unitId == domain::NoId)
        return;
    const QString text =
        tr("remove %1 from %2").arg(units_.name(unitId), domain::clusterYearName(cluster->cluster));
    report(steps_->edit(*cluster, text, [&](services::ClusterService& clusters) {
        return clusters.removeMember(cluster->cluster.id, unitId);
    }));
}

void ClustersPage::applyLeadership(domain::RowId headId, domain::RowId deputyId,
                                   std::optional<domain::AppointingDecision> decision) {
    const auto cluster = selected();
    if (!cluster)
        return;
    const QString text = tr("head and deputy of %1").arg(domain::clusterYearName(cluster->cluster));
    report(steps_->edit(*cluster, text, [&](services::ClusterService& clusters) {
        return clusters.setLeadership(cluster->cluster.id, headId, deputyId, decision);
    }));
}

void ClustersPage::saveCovenant() {
    if (const auto cluster = selected())
        report(steps_->saveCovenant(*cluster, covenant_, covenantEditor_->covenant()));
}

void ClustersPage::removeCovenant() {
    const auto cluster = selected();
    if (!cluster || !covenant_)
        return;
    if (!askYesNo(this, tr("Delete Covenant"),
                  tr("Delete the covenant of %1? Undo (Ctrl+Z) brings it back.")
                      .arg(domain::clusterYearName(cluster->cluster))))
        return;
    report(steps_->removeCovenant(*cluster, *covenant_));
}

std::optional<CovenantPrint> ClustersPage::covenantPrint() const {
    const auto cluster = selected();
    if (!cluster || !covenant_)
        return std::nullopt;
    CovenantPrint print{units_.name(cluster->cluster.organiserId),
                        domain::clusterDisplayName(cluster->cluster),
                        cluster->cluster.year,
                        covenant_->signedOn,
                        covenant_->place,
                        {},
                        covenant_->targets};
    for (domain::RowId unitId : covenant_->signatoryIds)
        print.signatories << units_.name(unitId);
    return print;
}

void ClustersPage::exportCovenant() {
    const auto print = covenantPrint();
    if (!print)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("Covenant %1 - %2.pdf").arg(print->year).arg(print->clusterName));
    // PDF to sign, or DOCX, XLSX or CSV, as every other document.
    const auto file = DocumentExport::askFile(this, suggested, tr("Export the Covenant"));
    if (!file)
        return void(report(std::unexpected(file.error())));
    if (file->isEmpty())
        return;
    LongTask task(this);
    if (report(DocumentExport::write(covenantDocument(*print), *file, task)))
        Q_EMIT statusMessage(
            tr("The covenant was written to %1.").arg(QDir::toNativeSeparators(*file)));
}

void ClustersPage::printCovenant() {
    const auto print = covenantPrint();
    if (!print)
        return;
    LongTask task(this);
    report(DocumentPreview::open(this, covenantDocument(*print), task));
}

bool ClustersPage::report(const Status& status) {
    header_->setError(status ? QString() : status.error().message);
    return status.has_value();
}

void ClustersPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        clusterModel_->retranslate();
        memberModel_->retranslate();
    }
    QWidget::changeEvent(event);
}

void ClustersPage::retranslate() {
    header_->setTitle(areaTitle(workArea(Area::Clusters)));
    header_->setDescription(
        tr("The clusters and blocks of the year with their members, head and deputy head, and "
           "the covenant they sign. A unit may sit in several, under different organisers. "
           "Ctrl+Z undoes a step."));
    newButton_->setText(tr("&New Cluster…"));
    editButton_->setText(tr("&Edit…"));
    deleteButton_->setText(tr("De&lete"));
    copyButton_->setText(tr("&Copy to Next Year…"));
    copyButton_->setToolTip(tr("Next year's clusters with the same members and the head and "
                               "deputy head rotated, to check before they are created"));
    undoButton_->setText(tr("&Undo"));
    redoButton_->setText(tr("&Redo"));
    addLabel_->setText(tr("Uni&t:"));
    addButton_->setText(tr("Add &Member"));
    removeButton_->setText(tr("Remo&ve Member"));
    tabs_->setTabText(0, tr("Members and leadership"));
    tabs_->setTabText(1, tr("Covenant"));
    showSelected();
}

} // namespace thidua::ui
