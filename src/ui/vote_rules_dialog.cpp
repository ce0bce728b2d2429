#include "vote_rules_dialog.h"

#include "date_field.h"
#include "dialog_parts.h"
#include "vietnamese_format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thidua::ui {

VoteRulesDialog::VoteRulesDialog(const std::vector<domain::Title>& titles, Load load, Add add,
                                 QWidget* parent)
    : QDialog(parent)
    , load_(std::move(load))
    , add_(std::move(add))
    , table_(new QTableWidget(0, 4, this))
    , subject_(new QComboBox(this))
    , share_(new QLineEdit(this))
    , from_(new DateField(this))
    , basis_(new QLineEdit(this))
    , refusal_(refusalLabel(this)) {
    setObjectName(QStringLiteral("voteRulesDialog"));
    setWindowTitle(tr("Vote rules"));
    table_->setObjectName(QStringLiteral("voteRulesTable"));
    table_->setHorizontalHeaderLabels(
        {tr("Rule"), tr("From"), tr("Of all members"), tr("Legal basis")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    subject_->setObjectName(QStringLiteral("ruleSubjectComboBox"));
    for (const domain::Title& title : titles)
        subject_->addItem(title.name, title.code);
    subject_->addItem(tr("Quorum of a meeting on awards"), QString());
    share_->setObjectName(QStringLiteral("ruleShareLineEdit"));
    share_->setPlaceholderText(tr("80 or 2/3"));
    from_->setObjectName(QStringLiteral("ruleFromField"));
    basis_->setObjectName(QStringLiteral("ruleBasisLineEdit"));
    basis_->setPlaceholderText(tr("e.g. Nghị định 152/2025/NĐ-CP, Điều 30"));
    auto addButton = new QPushButton(tr("&Add the rule"), this);
    addButton->setObjectName(QStringLiteral("addRuleButton"));
    addButton->setAutoDefault(false);

    auto form = new QFormLayout;
    form->addRow(tr("&Rule for:"), subject_);
    form->addRow(tr("&Share of all members:"), share_);
    form->addRow(tr("In force &from:"), from_);
    form->addRow(tr("Legal &basis:"), basis_);
    form->addRow(QString(), addButton);
    auto note = new QLabel(tr("A rule applies from its day on; votes held before keep the rule of "
                              "their day. A rule of the same kind and day is replaced."),
                           this);
    note->setWordWrap(true);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(refusal_);
    // Rules are written as they are added: closing is the only answer left.
    auto buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(addButton, &QPushButton::clicked, this, &VoteRulesDialog::addRule);
    resize(820, 520);
    reload();
}

void VoteRulesDialog::reload() {
    auto rules = load_();
    if (!rules)
        return showRefusal(refusal_, rules.error().message);
    table_->setRowCount(static_cast<int>(rules->size()));
    for (int row = 0; row < table_->rowCount(); ++row) {
        const domain::VoteRule& rule = (*rules)[static_cast<std::size_t>(row)];
        const int subject = subject_->findData(rule.titleCode);
        const QStringList cells{
            subject >= 0 ? subject_->itemText(subject) : rule.titleCode,
            domain::vn::formatDate(rule.validFrom),
            domain::vn::formatDecimal(100.0 * rule.share.numerator / rule.share.denominator) +
                QStringLiteral(" %"),
            rule.legalBasis};
        for (int column = 0; column < cells.size(); ++column)
            table_->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    table_->resizeColumnsToContents();
}

void VoteRulesDialog::addRule() {
    const auto share = domain::shareFromText(share_->text());
    if (!share)
        return showRefusal(refusal_, tr("Write the share as a percentage such as 80 or a "
                                        "fraction such as 2/3."));
    auto from = from_->date(tr("In force from"));
    if (!from)
        return showRefusal(refusal_, from.error().message);
    const domain::VoteRule rule{subject_->currentData().toString(), *from, *share, basis_->text()};
    if (auto added = add_(rule); !added)
        return showRefusal(refusal_, added.error().message);
    showRefusal(refusal_, {});
    reload();
}

} // namespace thidua::ui
