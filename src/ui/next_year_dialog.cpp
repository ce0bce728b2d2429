#include "next_year_dialog.h"

#include "cluster_rules.h"
#include "dialog_parts.h"
#include "unit_catalogue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua::ui {

namespace {

enum Column {
    ClusterColumn,
    OrganiserColumn,
    MembersColumn,
    HeadColumn,
    DeputyColumn,
    NotesColumn
};

QComboBox* memberBox(const domain::ClusterYear& cluster, const UnitCatalogue& units,
                     const QString& none, domain::RowId chosen) {
    auto box = new QComboBox;
    // Unit names are long: the column, not the longest name, sets the width.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(16);
    box->addItem(none, domain::NoId);
    for (const domain::ClusterMember& member : cluster.members)
        box->addItem(units.name(member.unitId), member.unitId);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
    return box;
}

QTableWidgetItem* readOnly(const QString& text) {
    auto item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

} // namespace

NextYearDialog::NextYearDialog(domain::NextYearProposal proposal, const UnitCatalogue& units,
                               Apply apply, QWidget* parent)
    : QDialog(parent)
    , proposal_(std::move(proposal))
    , names_(units.names())
    , apply_(std::move(apply))
    , table_(new QTableWidget(this))
    , refusal_(refusalLabel(this)) {
    setObjectName(QStringLiteral("nextYearDialog"));
    setWindowTitle(
        tr("Copy the Clusters of %1 to %2").arg(proposal_.fromYear).arg(proposal_.toYear));
    table_->setObjectName(QStringLiteral("proposalTable"));
    auto intro = new QLabel(
        tr("The clusters and blocks of %1 with the same members. This year's deputy head is "
           "proposed as head and the next member in name order as deputy head; change them where "
           "the organiser decided otherwise. No appointing decision is copied: record %1's when "
           "it is issued.")
            .arg(proposal_.toYear),
        this);
    intro->setWordWrap(true);

    table_->setColumnCount(NotesColumn + 1);
    table_->setHorizontalHeaderLabels({tr("Cluster or block"), tr("Organised by"), tr("Members"),
                                       tr("Head"), tr("Deputy head"), tr("Notes")});
    table_->setRowCount(static_cast<int>(proposal_.clusters.size()));
    for (std::size_t row = 0; row < proposal_.clusters.size(); ++row)
        addRow(static_cast<int>(row), proposal_.clusters[row], units);
    table_->verticalHeader()->hide();
    QHeaderView* columns = table_->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {HeadColumn, DeputyColumn, NotesColumn})
        columns->setSectionResizeMode(column, QHeaderView::Stretch);
    table_->setSelectionMode(QAbstractItemView::NoSelection);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table_, 1);
    layout->addWidget(refusal_);
    layout->addWidget(dialogButtons(
        this, tr("Create %n Cluster(s)", nullptr, static_cast<int>(proposal_.clusters.size()))));
    resize(1000, 520);
}

void NextYearDialog::addRow(int row, const domain::ClusterCopy& copy, const UnitCatalogue& units) {
    const domain::ClusterYear& next = copy.next;
    table_->setItem(row, ClusterColumn, readOnly(domain::clusterDisplayName(next.cluster)));
    table_->setItem(row, OrganiserColumn, readOnly(units.name(next.cluster.organiserId)));
    auto members = readOnly(QString::number(next.members.size()));
    members->setTextAlignment(Qt::AlignCenter);
    table_->setItem(row, MembersColumn, members);
    auto head = memberBox(next, units, tr("(nobody)"), next.head());
    auto deputy = memberBox(next, units, tr("(nobody)"), next.deputy());
    head->setObjectName(QStringLiteral("headComboBox%1").arg(row));
    deputy->setObjectName(QStringLiteral("deputyComboBox%1").arg(row));
    table_->setCellWidget(row, HeadColumn, head);
    table_->setCellWidget(row, DeputyColumn, deputy);
    table_->setItem(row, NotesColumn, readOnly(copy.notes.join(QLatin1Char('\n'))));
}

QComboBox* NextYearDialog::headBox(int row) const {
    return qobject_cast<QComboBox*>(table_->cellWidget(row, HeadColumn));
}

QComboBox* NextYearDialog::deputyBox(int row) const {
    return qobject_cast<QComboBox*>(table_->cellWidget(row, DeputyColumn));
}

domain::NextYearProposal NextYearDialog::proposal() const {
    domain::NextYearProposal proposal = proposal_;
    for (std::size_t row = 0; row < proposal.clusters.size(); ++row)
        domain::setLeaders(proposal.clusters[row].next,
                           headBox(static_cast<int>(row))->currentData().toLongLong(),
                           deputyBox(static_cast<int>(row))->currentData().toLongLong());
    return proposal;
}

void NextYearDialog::accept() {
    for (std::size_t row = 0; row < proposal_.clusters.size(); ++row) {
        const int r = static_cast<int>(row);
        if (auto refusal = domain::leadershipRefusal(
                proposal_.clusters[row].next, headBox(r)->currentData().toLongLong(),
                deputyBox(r)->currentData().toLongLong(), names_)) {
            showRefusal(refusal_, *refusal);
            headBox(r)->setFocus();
            return;
        }
    }
    if (auto applied = apply_(proposal()); !applied) {
        showRefusal(refusal_, applied.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace thidua::ui
