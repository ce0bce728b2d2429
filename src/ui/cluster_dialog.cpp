#include "cluster_dialog.h"

#include "dialog_parts.h"
#include "roman_spin_box.h"
#include "unit_picker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thidua::ui {

ClusterDialog::ClusterDialog(const std::vector<domain::Unit>& units, const domain::Cluster& cluster,
                             Save save, QWidget* parent)
    : QDialog(parent)
    , cluster_(cluster)
    , save_(std::move(save))
    , organiser_(new UnitPicker(this))
    , kind_(new QComboBox(this))
    , number_(new RomanSpinBox(this))
    , name_(new QLineEdit(this))
    , refusal_(refusalLabel(this)) {
    setObjectName(QStringLiteral("clusterDialog"));
    setWindowTitle(cluster.id == domain::NoId
                       ? tr("New Cluster or Block")
                       : tr("Edit %1").arg(domain::clusterDisplayName(cluster)));
    organiser_->setObjectName(QStringLiteral("organiserPicker"));
    kind_->setObjectName(QStringLiteral("kindComboBox"));
    number_->setObjectName(QStringLiteral("numberSpinBox"));
    name_->setObjectName(QStringLiteral("nameEdit"));

    organiser_->setUnits(units);
    organiser_->setUnitId(cluster.organiserId);
    kind_->addItem(tr("Emulation cluster (cụm)"), static_cast<int>(domain::ClusterKind::Cluster));
    kind_->addItem(tr("Emulation block (khối)"), static_cast<int>(domain::ClusterKind::Block));
    kind_->setCurrentIndex(cluster.kind == domain::ClusterKind::Block ? 1 : 0);
    number_->setSpecialValueText(tr("(none)"));
    number_->setValue(cluster.number);
    number_->setToolTip(tr("Type the number in Roman numerals or digits: IV or 4."));
    name_->setText(cluster.name);
    name_->setPlaceholderText(tr("Only when it has a name, e.g. Khối thi đua Nội chính"));

    auto form = new QFormLayout;
    form->addRow(tr("&Organised by:"), organiser_);
    form->addRow(tr("&Kind:"), kind_);
    form->addRow(tr("&Number:"), number_);
    form->addRow(tr("N&ame:"), name_);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(refusal_);
    layout->addWidget(dialogButtons(this, tr("Save")));
    resize(560, sizeHint().height());
}

domain::Cluster ClusterDialog::cluster() const {
    domain::Cluster cluster = cluster_;
    cluster.organiserId = organiser_->unitId();
    cluster.kind = static_cast<domain::ClusterKind>(kind_->currentData().toInt());
    cluster.number = number_->value();
    cluster.name = name_->text().trimmed();
    return cluster;
}

void ClusterDialog::accept() {
    if (auto saved = save_(cluster()); !saved) {
        showRefusal(refusal_, saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace thidua::ui
