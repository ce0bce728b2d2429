#include "import_file_page.h"

#include "file_dialog.h"
#include "import_job.h"
#include "import_service.h"
#include "settings.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
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

#include <algorithm>

namespace thidua::ui {

namespace {

// The label and the object name of each kind's button, in services::importKinds order.
struct KindChoice {
    const char* label;
    const char* objectName;
};

constexpr std::array<KindChoice, services::importKinds.size()> kindChoices{{
    {QT_TRANSLATE_NOOP("thidua::ui::ImportFilePage", "&Units — agencies, departments, sections"),
     "importUnitsRadioButton"},
    {QT_TRANSLATE_NOOP("thidua::ui::ImportFilePage",
                       "&People — officials and employees of the units"),
     "importPeopleRadioButton"},
    {QT_TRANSLATE_NOOP("thidua::ui::ImportFilePage",
                       "&Registrations — the titles people and collectives register for a year"),
     "importRegistrationsRadioButton"},
    {QT_TRANSLATE_NOOP("thidua::ui::ImportFilePage",
                       "&Evaluations — the yearly grades of people and units (HTXSNV, HTTNV …)"),
     "importEvaluationsRadioButton"},
    {QT_TRANSLATE_NOOP("thidua::ui::ImportFilePage",
                       "&Discipline — reprimands, warnings and other discipline records"),
     "importDisciplineRadioButton"},
    {QT_TRANSLATE_NOOP("thidua::ui::ImportFilePage",
                       "&Awards — titles and forms received, with their decisions"),
     "importAwardsRadioButton"},
    {QT_TRANSLATE_NOOP("thidua::ui::ImportFilePage",
                       "&Initiatives — initiatives and research with their authors"),
     "importInitiativesRadioButton"},
}};

// Years a file of registrations or evaluations may be about: next year's
// registrations down to ten years back.
constexpr int YearsBack = 10;

} // namespace

ImportFilePage::ImportFilePage(ImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , job_(job)
    , pathEdit_(new QLineEdit(this))
    , kinds_(new QButtonGroup(this))
    , yearComboBox_(new QComboBox(this))
    , sheetLabel_(new QLabel(tr("&Sheet:"), this))
    , sheetComboBox_(new QComboBox(this))
    , errorLabel_(new QLabel(this)) {
    setTitle(tr("Choose the file"));
    setSubTitle(tr("An Excel (XLSX) or CSV list, one row per unit, person or record under a row "
                   "of column names. Nothing is written before the last step."));
    pathEdit_->setObjectName(QStringLiteral("importFileLineEdit"));
    pathEdit_->setClearButtonEnabled(true);
    pathEdit_->setPlaceholderText(tr("Type the path or choose Browse"));
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

    sheetComboBox_->setObjectName(QStringLiteral("importSheetComboBox"));
    sheetComboBox_->setToolTip(tr("The workbook has several sheets with data; one is imported "
                                  "at a time."));
    sheetLabel_->setBuddy(sheetComboBox_);
    auto sheetRow = new QHBoxLayout;
    sheetRow->addWidget(sheetLabel_);
    sheetRow->addWidget(sheetComboBox_);
    sheetRow->addStretch();
    sheetLabel_->hide();
    sheetComboBox_->hide();

    auto kindBox = new QGroupBox(tr("The file holds"), this);
    auto kindLayout = new QVBoxLayout(kindBox);
    for (std::size_t index = 0; index < kindChoices.size(); ++index) {
        auto button = new QRadioButton(tr(kindChoices[index].label), kindBox);
        button->setObjectName(QLatin1String(kindChoices[index].objectName));
        kinds_->addButton(button, static_cast<int>(index));
        kindLayout->addWidget(button);
        kindButtons_[index] = button;
    }
    auto hint = new QLabel(tr("Import the units first, then the people: each row of the other "
                              "files names people or units that must already be in the "
                              "catalogue."),
                           kindBox);
    hint->setWordWrap(true);
    hint->setEnabled(false); // quieter than the choices it explains
    kindLayout->addWidget(hint);

    yearComboBox_->setObjectName(QStringLiteral("importYearComboBox"));
    yearComboBox_->addItem(tr("as the file says"), 0);
    const int thisYear = QDate::currentDate().year();
    for (int year = thisYear + 1; year >= thisYear - YearsBack; --year)
        yearComboBox_->addItem(QString::number(year), year);
    auto yearLabel = new QLabel(tr("&Year of rows that name none:"), this);
    yearLabel->setBuddy(yearComboBox_);
    yearLabel->setToolTip(tr("Registrations and evaluations: a row's own \"Năm\" column comes "
                             "first, then this year, then the year in the file's title "
                             "(\"… NĂM 2025\")."));
    auto yearRow = new QHBoxLayout;
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(yearComboBox_);
    yearRow->addStretch();

    auto layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(sheetRow);
    layout->addWidget(errorLabel_);
    layout->addSpacing(12);
    layout->addWidget(kindBox);
    layout->addLayout(yearRow);
    layout->addStretch();

    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(pathEdit_, &QLineEdit::textChanged, this, [this] {
        errorLabel_->hide();
        offerSheets();
        Q_EMIT completeChanged();
    });
    connect(kinds_, &QButtonGroup::idToggled, this, &ImportFilePage::enableYear);
}

services::ImportKind ImportFilePage::chosenKind() const {
    const int index = std::max(kinds_->checkedId(), 0);
    return services::importKinds[static_cast<std::size_t>(index)];
}

void ImportFilePage::enableYear() {
    const services::ImportKind kind = chosenKind();
    yearComboBox_->setEnabled(
        kind == services::ImportKind::Registrations || kind == services::ImportKind::Evaluations ||
        kind == services::ImportKind::Awards || kind == services::ImportKind::Initiatives);
}

void ImportFilePage::offerSheets() {
    const QString path = QDir::fromNativeSeparators(pathEdit_->text().trimmed());
    QStringList sheets;
    if (QFileInfo(path).isFile())
        sheets = job_.workspace.imports().sheets(path).value_or(QStringList());
    sheetComboBox_->clear();
    sheetComboBox_->addItems(sheets);
    const qsizetype chosen = sheets.indexOf(job_.sheet);
    sheetComboBox_->setCurrentIndex(chosen >= 0 ? static_cast<int>(chosen) : 0);
    const bool offered = sheets.size() > 1;
    sheetLabel_->setVisible(offered);
    sheetComboBox_->setVisible(offered);
}

void ImportFilePage::initializePage() {
    const auto kind =
        std::find(services::importKinds.begin(), services::importKinds.end(), job_.kind);
    kindButtons_[static_cast<std::size_t>(kind - services::importKinds.begin())]->setChecked(true);
    yearComboBox_->setCurrentIndex(std::max(yearComboBox_->findData(job_.year), 0));
    enableYear();
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
    const services::ImportKind kind = chosenKind();
    const QString sheet = sheetComboBox_->isHidden() ? QString() : sheetComboBox_->currentText();
    auto preview = job_.workspace.imports().preview(kind, path, sheet);
    if (!preview) {
        errorLabel_->setText(preview.error().message);
        errorLabel_->show();
        pathEdit_->setFocus();
        return false;
    }
    job_.kind = kind;
    job_.year = yearComboBox_->isEnabled() ? yearComboBox_->currentData().toInt() : 0;
    job_.path = path;
    job_.sheet = sheet;
    job_.preview = std::move(*preview);
    job_.mapping = job_.preview.mapping;
    job_.settings.setImportFolder(QFileInfo(path).absolutePath());
    return true;
}

} // namespace thidua::ui
