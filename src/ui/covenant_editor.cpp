#include "covenant_editor.h"

#include "unit_catalogue.h"
#include "unit_check_list.h"
#include "vietnamese_format.h"

#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua::ui {

CovenantEditor::CovenantEditor(QWidget* parent)
    : QWidget(parent)
    , state_(new QLabel(this))
    , dateLabel_(new QLabel(this))
    , placeLabel_(new QLabel(this))
    , signatoriesLabel_(new QLabel(this))
    , targetsLabel_(new QLabel(this))
    , date_(new QDateEdit(this))
    , place_(new QLineEdit(this))
    , signatories_(new UnitCheckList(this))
    , targets_(new QPlainTextEdit(this))
    , save_(new QPushButton(this))
    , remove_(new QPushButton(this))
    , export_(new QPushButton(this))
    , print_(new QPushButton(this)) {
    state_->setObjectName(QStringLiteral("covenantStateLabel"));
    date_->setObjectName(QStringLiteral("covenantDateEdit"));
    place_->setObjectName(QStringLiteral("covenantPlaceEdit"));
    signatories_->setObjectName(QStringLiteral("signatoriesList"));
    targets_->setObjectName(QStringLiteral("covenantTargetsEdit"));
    save_->setObjectName(QStringLiteral("saveCovenantButton"));
    remove_->setObjectName(QStringLiteral("removeCovenantButton"));
    export_->setObjectName(QStringLiteral("exportCovenantButton"));
    print_->setObjectName(QStringLiteral("printCovenantButton"));
    date_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date_->setCalendarPopup(true);
    targets_->setTabChangesFocus(true);
    dateLabel_->setBuddy(date_);
    placeLabel_->setBuddy(place_);
    signatoriesLabel_->setBuddy(signatories_);
    targetsLabel_->setBuddy(targets_);

    auto grid = new QGridLayout;
    grid->addWidget(dateLabel_, 0, 0);
    grid->addWidget(date_, 0, 1);
    grid->addWidget(placeLabel_, 0, 2);
    grid->addWidget(place_, 0, 3);
    grid->setColumnStretch(3, 1);
    auto lists = new QGridLayout;
    lists->addWidget(signatoriesLabel_, 0, 0);
    lists->addWidget(targetsLabel_, 0, 1);
    lists->addWidget(signatories_, 1, 0);
    lists->addWidget(targets_, 1, 1);
    lists->setColumnStretch(0, 2);
    lists->setColumnStretch(1, 3);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(state_, 1);
    buttons->addWidget(remove_);
    buttons->addWidget(print_);
    buttons->addWidget(export_);
    buttons->addWidget(save_);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(lists, 1);
    layout->addLayout(buttons);

    connect(save_, &QPushButton::clicked, this, &CovenantEditor::saveRequested);
    connect(remove_, &QPushButton::clicked, this, &CovenantEditor::removeRequested);
    connect(export_, &QPushButton::clicked, this, &CovenantEditor::exportRequested);
    connect(print_, &QPushButton::clicked, this, &CovenantEditor::printRequested);
    retranslate();
    clear();
}

void CovenantEditor::setCluster(const domain::ClusterYear& cluster,
                                const std::optional<domain::Covenant>& stored,
                                const UnitCatalogue& units, QDate today) {
    stored_ = stored;
    clusterId_ = cluster.cluster.id;
    std::vector<std::pair<domain::RowId, QString>> members;
    for (const domain::ClusterMember& member : cluster.members)
        members.emplace_back(member.unitId, units.name(member.unitId));
    signatories_->setUnits(members);
    const int year = cluster.cluster.year;
    if (stored) {
        date_->setDate(stored->signedOn);
        place_->setText(stored->place);
        signatories_->setCheckedIds(stored->signatoryIds);
        targets_->setPlainText(stored->targets.join(QLatin1Char('\n')));
    } else {
        date_->setDate(std::clamp(today, QDate(year, 1, 1), QDate(year, 12, 31)));
        place_->clear();
        signatories_->setAllChecked(true);
        targets_->clear();
    }
    setEnabled(true);
    showState();
}

void CovenantEditor::clear() {
    stored_.reset();
    clusterId_ = domain::NoId;
    signatories_->setUnits({});
    place_->clear();
    targets_->clear();
    setEnabled(false);
    showState();
}

domain::Covenant CovenantEditor::covenant() const {
    domain::Covenant covenant = stored_.value_or(domain::Covenant{});
    covenant.clusterId = clusterId_;
    covenant.signedOn = date_->date();
    covenant.place = place_->text().trimmed();
    covenant.signatoryIds = signatories_->checkedIds();
    covenant.targets = targets_->toPlainText().split(QLatin1Char('\n'));
    return covenant;
}

void CovenantEditor::showState() {
    remove_->setEnabled(stored_.has_value());
    export_->setEnabled(stored_.has_value());
    print_->setEnabled(stored_.has_value());
    if (clusterId_ == domain::NoId)
        state_->setText(tr("Choose a cluster to see its covenant."));
    else if (stored_)
        state_->setText(tr("Signed on %1 by %n unit(s).", nullptr,
                           static_cast<int>(stored_->signatoryIds.size()))
                            .arg(domain::vn::formatDate(stored_->signedOn)));
    else
        state_->setText(tr("No covenant recorded for this year yet; fill it in and save."));
}

void CovenantEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CovenantEditor::retranslate() {
    dateLabel_->setText(tr("Signed &on:"));
    placeLabel_->setText(tr("&At:"));
    place_->setPlaceholderText(
        tr("Where it was signed, e.g. Hội trường Sở Tư pháp tỉnh Vĩnh Phúc"));
    signatoriesLabel_->setText(tr("&Signing units:"));
    targetsLabel_->setText(tr("&Targets, one a line:"));
    save_->setText(tr("&Save Covenant"));
    remove_->setText(tr("Delete Covenant"));
    export_->setText(tr("E&xport…"));
    print_->setText(tr("P&rint…"));
    showState();
}

} // namespace thidua::ui
