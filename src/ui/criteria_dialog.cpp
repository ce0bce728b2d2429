#include "criteria_dialog.h"

#include "criteria_tree.h"
#include "dialog_parts.h"
#include "vietnamese_format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua::ui {

namespace {

constexpr int BandRows = 5;

} // namespace

CriteriaDialog::CriteriaDialog(const domain::CriteriaTable& table, const QString& organiserName,
                               Save save, QWidget* parent)
    : QDialog(parent)
    , table_(table)
    , save_(std::move(save))
    , total_(new QDoubleSpinBox(this))
    , scale_(new QComboBox(this))
    , document_(new QLineEdit(this))
    , moreBonus_(new QCheckBox(tr("More bonus points first"), this))
    , fewerPenalties_(new QCheckBox(tr("Fewer penalty points next"), this))
    , womenPriority_(new QCheckBox(tr("Then a collective with at least 70 % women"), this))
    , bands_(new QTableWidget(BandRows, 2, this))
    , tree_(new CriteriaTree(this))
    , view_(new QTreeView(this))
    , refusal_(refusalLabel(this)) {
    setObjectName(QStringLiteral("criteriaDialog"));
    // Points are written "2,5" here as everywhere in the application.
    setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    setWindowTitle(tr("Criteria table of %1 for %2").arg(organiserName).arg(table.year));
    auto layout = new QVBoxLayout(this);
    layout->addWidget(buildRules());
    layout->addWidget(buildCriteria(), 1);
    layout->addWidget(refusal_);
    layout->addWidget(dialogButtons(this, tr("Save")));
    resize(980, 680);
    check();
}

QWidget* CriteriaDialog::buildRules() {
    auto rules = new QWidget(this);
    total_->setObjectName(QStringLiteral("totalSpinBox"));
    total_->setRange(1, 10000);
    total_->setDecimals(1);
    total_->setValue(table_.total);
    scale_->setObjectName(QStringLiteral("scaleComboBox"));
    scale_->addItem(tr("By the difference from the target"),
                    static_cast<int>(domain::OverTargetScale::Difference));
    scale_->addItem(tr("By the share over the target"),
                    static_cast<int>(domain::OverTargetScale::Percentage));
    scale_->setCurrentIndex(scale_->findData(static_cast<int>(table_.scale)));
    document_->setObjectName(QStringLiteral("documentLineEdit"));
    document_->setText(table_.document);
    document_->setPlaceholderText(tr("e.g. Quyết định số 536/QĐ-BTP"));
    for (auto [box, tieBreak] : {std::pair{moreBonus_, domain::TieBreak::MoreBonus},
                                 {fewerPenalties_, domain::TieBreak::FewerPenalties},
                                 {womenPriority_, domain::TieBreak::WomenPriority}})
        box->setChecked(std::ranges::find(table_.tieBreaks, tieBreak) != table_.tieBreaks.end());

    bands_->setObjectName(QStringLiteral("bandsTable"));
    bands_->setHorizontalHeaderLabels({tr("Rating"), tr("From points")});
    bands_->horizontalHeader()->setStretchLastSection(true);
    bands_->verticalHeader()->hide();
    bands_->setMaximumHeight(bands_->verticalHeader()->defaultSectionSize() * (BandRows + 1) + 4);
    for (int row = 0; row < static_cast<int>(table_.bands.size()) && row < BandRows; ++row) {
        const domain::RatingBand& band = table_.bands[static_cast<std::size_t>(row)];
        bands_->setItem(row, 0, new QTableWidgetItem(band.label));
        bands_->setItem(row, 1, new QTableWidgetItem(domain::vn::formatDecimal(band.minPoints)));
    }

    auto form = new QFormLayout;
    form->addRow(tr("&Total points:"), total_);
    form->addRow(tr("Over the &target, score:"), scale_);
    form->addRow(tr("Issued &by:"), document_);
    auto ties = new QVBoxLayout;
    ties->addWidget(new QLabel(tr("Equal totals are decided by:"), rules));
    ties->addWidget(moreBonus_);
    ties->addWidget(fewerPenalties_);
    ties->addWidget(womenPriority_);
    ties->addStretch(1);
    auto row = new QHBoxLayout(rules);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(form, 3);
    row->addLayout(ties, 2);
    row->addWidget(bands_, 2);
    connect(total_, &QDoubleSpinBox::valueChanged, this, &CriteriaDialog::check);
    return rules;
}

QWidget* CriteriaDialog::buildCriteria() {
    auto box = new QWidget(this);
    tree_->setCriteria(table_.criteria);
    view_->setObjectName(QStringLiteral("criteriaTree"));
    view_->setModel(tree_);
    view_->setItemDelegateForColumn(CriteriaTree::Kind, new CriterionKindDelegate(view_));
    view_->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->expandAll();
    view_->header()->setSectionResizeMode(CriteriaTree::Title, QHeaderView::Stretch);
    view_->header()->setStretchLastSection(false);
    view_->setColumnWidth(CriteriaTree::Code, 90);

    auto button = [&](const QString& name, const QString& text) {
        auto pushButton = new QPushButton(text, box);
        pushButton->setObjectName(name);
        pushButton->setAutoDefault(false);
        return pushButton;
    };
    QPushButton* add = button(QStringLiteral("addCriterionButton"), tr("&Add"));
    QPushButton* addBelow = button(QStringLiteral("addItemButton"), tr("Add an &item below"));
    QPushButton* remove = button(QStringLiteral("removeCriterionButton"), tr("&Remove"));
    QPushButton* up = button(QStringLiteral("moveUpButton"), tr("&Up"));
    QPushButton* down = button(QStringLiteral("moveDownButton"), tr("Do&wn"));
    auto edit = [this](const QModelIndex& index) {
        view_->expand(index.parent());
        view_->setCurrentIndex(index);
        check();
    };
    connect(add, &QPushButton::clicked, this,
            [this, edit] { edit(tree_->addBeside(view_->currentIndex())); });
    connect(addBelow, &QPushButton::clicked, this, [this, edit] {
        const QModelIndex group = view_->currentIndex();
        const QModelIndex added = tree_->addBelow(group);
        view_->expand(group.siblingAtColumn(0));
        edit(added);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        tree_->removeAt(view_->currentIndex());
        check();
    });
    connect(up, &QPushButton::clicked, this,
            [this, edit] { edit(tree_->move(view_->currentIndex(), -1)); });
    connect(down, &QPushButton::clicked, this,
            [this, edit] { edit(tree_->move(view_->currentIndex(), +1)); });
    connect(tree_, &QStandardItemModel::itemChanged, this, &CriteriaDialog::check);

    auto buttons = new QHBoxLayout;
    for (QPushButton* each : {add, addBelow, remove, up, down})
        buttons->addWidget(each);
    buttons->addStretch(1);
    auto layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_, 1);
    layout->addLayout(buttons);
    return box;
}

domain::CriteriaTable CriteriaDialog::table() const {
    domain::CriteriaTable table = table_;
    table.total = total_->value();
    table.scale = static_cast<domain::OverTargetScale>(scale_->currentData().toInt());
    table.document = document_->text().trimmed();
    table.tieBreaks.clear();
    for (auto [box, tieBreak] : {std::pair{moreBonus_, domain::TieBreak::MoreBonus},
                                 {fewerPenalties_, domain::TieBreak::FewerPenalties},
                                 {womenPriority_, domain::TieBreak::WomenPriority}})
        if (box->isChecked())
            table.tieBreaks.push_back(tieBreak);
    table.bands.clear();
    for (int row = 0; row < BandRows; ++row) {
        const QTableWidgetItem* label = bands_->item(row, 0);
        const QTableWidgetItem* from = bands_->item(row, 1);
        const auto points = from ? domain::vn::parseDecimal(from->text()) : std::nullopt;
        if (label && !label->text().trimmed().isEmpty() && points)
            table.bands.push_back({*points, label->text().trimmed()});
    }
    table.criteria = tree_->criteria();
    return table;
}

void CriteriaDialog::check() {
    showRefusal(refusal_, domain::criteriaTableRefusal(table()).value_or(QString()));
}

void CriteriaDialog::accept() {
    const domain::CriteriaTable edited = table();
    if (auto refusal = domain::criteriaTableRefusal(edited)) {
        showRefusal(refusal_, *refusal);
        return;
    }
    if (auto saved = save_(edited); !saved) {
        showRefusal(refusal_, saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace thidua::ui
