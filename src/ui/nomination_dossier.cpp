#include "nomination_dossier.h"

#include "file_dialog.h"
#include "nomination_service.h"
#include "vietnamese_format.h"
#include "workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua::ui {

namespace {

constexpr int PaperRole = Qt::UserRole;
constexpr int FileRole = Qt::UserRole + 1;

} // namespace

NominationDossier::NominationDossier(QWidget* parent)
    : QWidget(parent)
    , papers_(new QTreeWidget(this))
    , attachButton_(new QPushButton(this))
    , openButton_(new QPushButton(this))
    , removeButton_(new QPushButton(this)) {
    papers_->setObjectName(QStringLiteral("dossierTree"));
    attachButton_->setObjectName(QStringLiteral("attachFileButton"));
    openButton_->setObjectName(QStringLiteral("openFileButton"));
    removeButton_->setObjectName(QStringLiteral("removeFileButton"));
    papers_->setColumnCount(3);
    papers_->setRootIsDecorated(true);
    papers_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    papers_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    papers_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto buttons = new QVBoxLayout;
    for (QPushButton* button : {attachButton_, openButton_, removeButton_})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(papers_, 1);
    layout->addLayout(buttons);
    connect(attachButton_, &QPushButton::clicked, this, &NominationDossier::attach);
    connect(openButton_, &QPushButton::clicked, this, &NominationDossier::open);
    connect(removeButton_, &QPushButton::clicked, this, &NominationDossier::remove);
    connect(papers_, &QTreeWidget::currentItemChanged, this, &NominationDossier::enableActions);
    connect(papers_, &QTreeWidget::itemDoubleClicked, this, &NominationDossier::open);
    retranslate();
}

void NominationDossier::setWorkspace(services::Workspace* workspace) {
    workspace_ = workspace;
    show(domain::NoId, false);
}

void NominationDossier::retranslate() {
    papers_->setHeaderLabels({tr("Paper"), tr("Added on"), tr("Size")});
    attachButton_->setText(tr("Attach file…"));
    attachButton_->setToolTip(tr("Attach a file to the chosen paper"));
    openButton_->setText(tr("Open"));
    removeButton_->setText(tr("Remove file"));
    show(nominationId_, editable_);
}

void NominationDossier::show(domain::RowId nominationId, bool editable) {
    nominationId_ = nominationId;
    editable_ = editable;
    papers_->clear();
    if (workspace_ && nominationId_ != domain::NoId) {
        auto dossier = workspace_->nominations().dossier(nominationId_);
        if (!dossier) {
            Q_EMIT failed(dossier.error().message);
            return enableActions();
        }
        std::vector<domain::DossierPaper> shown = dossier->required;
        shown.push_back(domain::DossierPaper::Other);
        for (domain::DossierPaper paper : shown) {
            const bool missing =
                std::ranges::find(dossier->missing, paper) != dossier->missing.end();
            auto item = new QTreeWidgetItem(papers_);
            item->setText(
                0, QStringLiteral("%1 %2").arg(missing ? QStringLiteral("✗") : QStringLiteral("✓"),
                                               domain::dossierPaperName(paper)));
            if (paper == domain::DossierPaper::Other)
                item->setText(0, domain::dossierPaperName(paper));
            else if (missing)
                item->setForeground(0, QColor(0xb0, 0x30, 0x20));
            item->setData(0, PaperRole, static_cast<int>(paper));
            for (const domain::DossierFile& file : dossier->files) {
                if (file.paper != paper)
                    continue;
                auto child =
                    new QTreeWidgetItem(item, {file.fileName, domain::vn::formatDate(file.addedOn),
                                               QLocale().formattedDataSize(file.size)});
                child->setData(0, PaperRole, static_cast<int>(paper));
                child->setData(0, FileRole, static_cast<qlonglong>(file.id));
            }
        }
        papers_->expandAll();
        papers_->setCurrentItem(papers_->topLevelItem(0));
    }
    enableActions();
}

domain::RowId NominationDossier::chosenFile() const {
    const QTreeWidgetItem* item = papers_->currentItem();
    return item ? item->data(0, FileRole).toLongLong() : domain::NoId;
}

void NominationDossier::enableActions() {
    const bool chosen = papers_->currentItem() != nullptr;
    attachButton_->setEnabled(editable_ && chosen);
    openButton_->setEnabled(chosenFile() != domain::NoId);
    removeButton_->setEnabled(editable_ && chosenFile() != domain::NoId);
}

bool NominationDossier::report(const Status& status) {
    if (!status)
        Q_EMIT failed(status.error().message);
    return status.has_value();
}

void NominationDossier::attach() {
    const QTreeWidgetItem* item = papers_->currentItem();
    if (!workspace_ || !item)
        return;
    const auto paper = static_cast<domain::DossierPaper>(item->data(0, PaperRole).toInt());
    const QString path = FileDialog::getOpenFileName(
        this, tr("Attach to %1").arg(domain::dossierPaperName(paper)), QDir::homePath(),
        tr("Documents (*.pdf *.docx *.doc *.xlsx *.jpg *.png);;Any file (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return void(report(fail(
            ErrorCode::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()))));
    report(workspace_->nominations().attach(nominationId_, paper, QFileInfo(path).fileName(),
                                            file.readAll()));
}

void NominationDossier::open() {
    const domain::RowId fileId = chosenFile();
    if (!workspace_ || fileId == domain::NoId)
        return;
    auto content = workspace_->nominations().fileContent(fileId);
    if (!content)
        return void(report(std::unexpected(content.error())));
    const QDir folder(
        QDir::temp().filePath(QStringLiteral("thidua-dossier-%1").arg(nominationId_)));
    QFile file(folder.filePath(papers_->currentItem()->text(0)));
    if (!folder.mkpath(QStringLiteral(".")) || !file.open(QIODevice::WriteOnly) ||
        file.write(*content) != content->size())
        return void(report(fail(ErrorCode::Io, tr("Cannot open %1.").arg(file.fileName()))));
    file.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
}

void NominationDossier::remove() {
    const domain::RowId fileId = chosenFile();
    if (workspace_ && fileId != domain::NoId)
        report(workspace_->nominations().detach(nominationId_, fileId));
}

} // namespace thidua::ui
