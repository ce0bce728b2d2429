#include "transfer_dialog.h"

#include "catalogue_service.h"
#include "clock.h"
#include "dialog_parts.h"
#include "reorganisation_service.h"
#include "unit_picker.h"
#include "vietnamese_format.h"
#include "workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thidua::ui {

TransferDialog::TransferDialog(services::Workspace& workspace, domain::RowId personId,
                               const QString& personName, QWidget* parent)
    : QDialog(parent)
    , workspace_(workspace)
    , personId_(personId)
    , unit_(new UnitPicker(this))
    , position_(new QLineEdit(this))
    , date_(new QDateEdit(workspace.clock().today(), this))
    , decision_(new QLineEdit(this))
    , error_(refusalLabel(this))
    , postings_(new QTableWidget(0, 4, this)) {
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer %1").arg(personName));
    unit_->setObjectName(QStringLiteral("transferUnitPicker"));
    position_->setObjectName(QStringLiteral("transferPositionEdit"));
    date_->setObjectName(QStringLiteral("transferDateEdit"));
    decision_->setObjectName(QStringLiteral("transferDecisionEdit"));
    error_->setObjectName(QStringLiteral("transferErrorLabel"));
    postings_->setObjectName(QStringLiteral("transferPostingsTable"));

    date_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date_->setCalendarPopup(true);
    decision_->setPlaceholderText(tr("e.g. Decision No. 12/QĐ-BTP"));

    unit_->setOpenSince(workspace_.clock().today());
    if (auto units = workspace_.catalogue().units())
        unit_->setUnits(*units);
    if (auto postings = workspace_.reorganisation().postings(personId_);
        postings && !postings->empty()) {
        unit_->setUnitId(postings->back().unitId);
        position_->setText(postings->back().position);
    }

    auto form = new QFormLayout;
    form->addRow(tr("New &unit:"), unit_);
    form->addRow(tr("&Position:"), position_);
    form->addRow(tr("&From:"), date_);
    form->addRow(tr("&Decision:"), decision_);

    postings_->setHorizontalHeaderLabels(
        {tr("Unit (name at the time)"), tr("Position"), tr("From"), tr("Decision")});
    postings_->horizontalHeader()->setStretchLastSection(true);
    postings_->verticalHeader()->hide();
    postings_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    postings_->setSelectionMode(QAbstractItemView::NoSelection);
    postings_->setMinimumWidth(640);

    QDialogButtonBox* buttons = dialogButtons(this, tr("Transfer"));

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(new QLabel(tr("Postings so far:"), this));
    layout->addWidget(postings_);
    layout->addWidget(buttons);
    showPostings();
}

void TransferDialog::accept() {
    auto moved =
        workspace_.reorganisation().transferPerson(personId_, unit_->unitId(), position_->text(),
                                                   {date_->date(), decision_->text().trimmed()});
    if (!moved) {
        showRefusal(error_, moved.error().message);
        return;
    }
    QDialog::accept();
}

void TransferDialog::showPostings() {
    auto postings = workspace_.reorganisation().postings(personId_);
    if (!postings)
        return;
    postings_->setRowCount(static_cast<int>(postings->size()));
    for (std::size_t row = 0; row < postings->size(); ++row) {
        const domain::Assignment& posting = (*postings)[row];
        // An undated first posting is named as on its last day, the day
        // before the next one began.
        const bool next = row + 1 < postings->size();
        const QDate day = posting.startsOn.isValid() ? posting.startsOn
                          : next                     ? (*postings)[row + 1].startsOn.addDays(-1)
                                                     : workspace_.clock().today();
        const QString unitName =
            workspace_.reorganisation().unitNameOn(posting.unitId, day).value_or(QString());
        const QStringList cells{unitName, posting.position,
                                posting.startsOn.isValid()
                                    ? domain::vn::formatDate(posting.startsOn)
                                    : tr("before the records"),
                                posting.decision};
        for (int column = 0; column < cells.size(); ++column)
            postings_->setItem(static_cast<int>(row), column, new QTableWidgetItem(cells[column]));
    }
    postings_->resizeColumnsToContents();
}

} // namespace thidua::ui
