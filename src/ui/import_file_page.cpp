#include "import_file_page.h"

#include "file_dialog.h"
#include "import_job.h"
#include "import_service.h"
#include "settings.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace thidua::ui {

ImportFilePage::ImportFilePage(ImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , job_(job)
    , pathEdit_(new QLineEdit(this))
    , unitsButton_(new QRadioButton(tr("&Units — agencies, departments, sections"), this))
    , peopleButton_(new QRadioButton(tr("&People — officials and employees of the units"), this))
    , errorLabel_(new QLabel(this)) {
    setTitle(tr("Choose the file"));
    setSubTitle(tr("An Excel (XLSX) or CSV list, one row per unit or person under a row of "
                   "column names. Nothing is written before the last step."));
    pathEdit_->setObjectName(QStringLiteral("importFileLineEdit"));
    pathEdit_->setClearButtonEnabled(true);
    pathEdit_->setPlaceholderText(tr("Type the path or choose Browse"));
    unitsButton_->setObjectName(QStringLiteral("importUnitsRadioButton"));
    peopleButton_->setObjectName(QStringLiteral("importPeopleRadioButton"));
    errorLabel_->setObjectName(QStringLiteral("importFileErrorLabel"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setTextFormat(Qt::PlainText);
    errorLabel_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    errorLabel_->hide();

    auto fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(pathEdit_);
    auto browseButton = new QPushButton(tr("Bro&wse…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowseButton"));
    auto fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(pathEdit_, 1);
    fileRow->addWidget(browseButton);

    auto kindBox = new QGroupBox(tr("The file holds"), this);
    auto kindLayout = new QVBoxLayout(kindBox);
    kindLayout->addWidget(unitsButton_);
    kindLayout->addWidget(peopleButton_);
    auto kinds = new QButtonGroup(this);
    kinds->addButton(unitsButton_);
    kinds->addButton(peopleButton_);
    auto hint = new QLabel(tr("Import the units first: each person names the unit they work in, "
                              "and that unit must already be in the catalogue."),
                           kindBox);
    hint->setWordWrap(true);
    hint->setEnabled(false); // quieter than the choices it explains
    kindLayout->addWidget(hint);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(errorLabel_);
    layout->addSpacing(12);
    layout->addWidget(kindBox);
    layout->addStretch();

    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(pathEdit_, &QLineEdit::textChanged, this, [this] {
        errorLabel_->hide();
        Q_EMIT completeChanged();
    });
}

void ImportFilePage::initializePage() {
    (job_.kind == services::ImportKind::Units ? unitsButton_ : peopleButton_)->setChecked(true);
    pathEdit_->setText(QDir::toNativeSeparators(job_.path));
    pathEdit_->setFocus();
}

bool ImportFilePage::isComplete() const {
    return !pathEdit_->text().trimmed().isEmpty();
}

void ImportFilePage::browse() {
    QString folder = QFileInfo(pathEdit_->text().trimmed()).absolutePath();
    if (pathEdit_->text().trimmed().isEmpty() || !QFileInfo(folder).isDir())
        folder = job_.settings.importFolder().isEmpty() ? QDir::homePath()
                                                        : job_.settings.importFolder();
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import from File"), folder,
        tr("Spreadsheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv "
           "*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    pathEdit_->setText(QDir::toNativeSeparators(path));
    // The next step is what the clerk wants once the file is chosen.
    if (wizard() && wizard()->button(QWizard::NextButton))
        wizard()->button(QWizard::NextButton)->setFocus();
}

bool ImportFilePage::validatePage() {
    const QString path = QDir::fromNativeSeparators(pathEdit_->text().trimmed());
    const auto kind =
        unitsButton_->isChecked() ? services::ImportKind::Units : services::ImportKind::People;
    auto preview = job_.workspace.imports().preview(kind, path);
    if (!preview) {
        errorLabel_->setText(preview.error().message);
        errorLabel_->show();
        pathEdit_->setFocus();
        return false;
    }
    job_.kind = kind;
    job_.path = path;
    job_.preview = std::move(*preview);
    job_.mapping = job_.preview.mapping;
    job_.settings.setImportFolder(QFileInfo(path).absolutePath());
    return true;
}

} // namespace thidua::ui
