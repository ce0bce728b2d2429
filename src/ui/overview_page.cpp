#include "overview_page.h"

#include "cluster_table_model.h"
#include "overview_service.h"
#include "ui_overview_page.h"
#include "vietnamese_format.h"
#include "work_areas.h"
#include "workspace.h"

#include <QEvent>
#include <QHeaderView>

namespace thidua::ui {

namespace {

QString percent(double share) {
    return domain::vn::formatDecimal(share * 100.0, 1) + QLatin1Char('%');
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , ui_(std::make_unique<Ui::OverviewPage>())
    , clusters_(new ClusterTableModel(this)) {
    ui_->setupUi(this);
    ui_->clustersTableView->setModel(clusters_);
    QHeaderView* header = ui_->clustersTableView->horizontalHeader();
    // Names are short and the head unit long: the head column takes what is left.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClusterTableModel::HeadColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    refresh();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setWorkspace(services::Workspace* workspace) {
    subscription_.reset();
    workspace_ = workspace;
    // Any committed change may move a count; the overview is cheap to rebuild.
    if (workspace_)
        subscription_ = ChangeSubscription(workspace_->changes(),
                                           [this](const services::ChangeEvent&) { refresh(); });
    refresh();
}

void OverviewPage::setYear(int year) {
    if (year == year_)
        return;
    year_ = year;
    refresh();
}

void OverviewPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
        clusters_->retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void OverviewPage::refresh() {
    ui_->pageHeader->setTitle(areaTitle(workArea(Area::Overview)));
    ui_->pageHeader->setError({});
    if (!workspace_ || year_ == 0) {
        showEmpty();
        return;
    }
    auto overview = workspace_->overview().overview(year_);
    if (!overview) {
        showEmpty();
        ui_->pageHeader->setError(overview.error().message);
        return;
    }
    ui_->unitsStatCard->setValue(domain::vn::formatInteger(overview->units));
    ui_->peopleStatCard->setValue(domain::vn::formatInteger(overview->people));
    ui_->individualRegistrationsStatCard->setValue(
        domain::vn::formatInteger(overview->individualRegistrations));
    ui_->collectiveRegistrationsStatCard->setValue(
        domain::vn::formatInteger(overview->collectiveRegistrations));
    ui_->coverageStatCard->setValue(percent(overview->coverage()));
    clusters_->setClusters(std::move(overview->clusters));
    ui_->pageHeader->setDescription(tr("Key figures of the emulation year %1.").arg(year_));
    ui_->clustersLabel->setText(tr("Emulation clusters and blocks in %1").arg(year_));
    ui_->clustersLabel->show();
    const bool noClusters = clusters_->rowCount() == 0;
    ui_->noClustersLabel->setVisible(noClusters);
    ui_->clustersTableView->setVisible(!noClusters);
}

// No database, or no emulation year in it yet.
void OverviewPage::showEmpty() {
    clusters_->setClusters({});
    for (StatCard* card :
         {ui_->unitsStatCard, ui_->peopleStatCard, ui_->individualRegistrationsStatCard,
          ui_->collectiveRegistrationsStatCard, ui_->coverageStatCard})
        card->setValue(QStringLiteral("–"));
    ui_->pageHeader->setDescription(tr("No emulation year is recorded in this database yet."));
    // Without a year there are no clusters to speak of; the description says why.
    ui_->clustersLabel->hide();
    ui_->noClustersLabel->hide();
    ui_->clustersTableView->hide();
}

} // namespace thidua::ui
