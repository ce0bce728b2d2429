#include "import_check_page.h"

#include "import_job.h"
#include "import_problems_view.h"
#include "import_wizard.h"
#include "vietnamese_format.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace thidua::ui {

ImportCheckPage::ImportCheckPage(ImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , job_(job)
    , progressBar_(new QProgressBar(this))
    , summaryLabel_(new QLabel(this))
    , problemsView_(new ImportProblemsView(QStringLiteral("importProblems"), this))
    , checkAgainButton_(new QPushButton(tr("Chec&k Again"), this))
    , allOrNothingButton_(
          new QRadioButton(tr("Import &nothing until every row is correct (all or nothing)"), this))
    , skipBadRowsButton_(new QRadioButton(
          tr("Import the correct rows and &leave out the rows with problems"), this))
    , decisionLabel_(new QLabel(this)) {
    setTitle(tr("Check"));
    setSubTitle(tr("Every row is checked against the catalogue. Nothing has been written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    progressBar_->setObjectName(QStringLiteral("importCheckProgressBar"));
    progressBar_->hide();
    summaryLabel_->setObjectName(QStringLiteral("importCheckSummaryLabel"));
    summaryLabel_->setWordWrap(true);
    checkAgainButton_->setObjectName(QStringLiteral("importCheckAgainButton"));
    checkAgainButton_->setToolTip(tr("Read the file again, after correcting it in Excel"));
    allOrNothingButton_->setObjectName(QStringLiteral("importAllOrNothingRadioButton"));
    skipBadRowsButton_->setObjectName(QStringLiteral("importSkipBadRowsRadioButton"));
    allOrNothingButton_->setChecked(true);
    decisionLabel_->setObjectName(QStringLiteral("importDecisionLabel"));
    decisionLabel_->setWordWrap(true);

    auto choices = new QButtonGroup(this);
    choices->addButton(allOrNothingButton_);
    choices->addButton(skipBadRowsButton_);
    auto choiceBox = new QGroupBox(tr("When rows have problems"), this);
    auto choiceLayout = new QVBoxLayout(choiceBox);
    choiceLayout->addWidget(allOrNothingButton_);
    choiceLayout->addWidget(skipBadRowsButton_);

    auto summaryRow = new QHBoxLayout;
    summaryRow->addWidget(summaryLabel_, 1);
    summaryRow->addWidget(checkAgainButton_, 0, Qt::AlignTop);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(progressBar_);
    layout->addLayout(summaryRow);
    layout->addWidget(problemsView_, 1);
    layout->addWidget(choiceBox);
    layout->addWidget(decisionLabel_);

    connect(checkAgainButton_, &QPushButton::clicked, this, &ImportCheckPage::check);
    connect(skipBadRowsButton_, &QRadioButton::toggled, this, [this](bool skip) {
        job_.skipBadRows = skip;
        showDecision();
    });
}

void ImportCheckPage::initializePage() {
    report_.reset();
    problemsView_->setProblems({});
    summaryLabel_->setText(tr("Checking…"));
    decisionLabel_->clear();
    allOrNothingButton_->setChecked(true);
    job_.skipBadRows = false;
    // After the page is shown, so that the bar of a big file is seen moving.
    QTimer::singleShot(0, this, &ImportCheckPage::check);
}

void ImportCheckPage::check() {
    auto* importWizard = qobject_cast<ImportWizard*>(wizard());
    if (!importWizard || importWizard->running())
        return;
    report_.reset();
    checkAgainButton_->setEnabled(false);
    summaryLabel_->setText(tr("Checking…"));
    Q_EMIT completeChanged();
    auto checked = importWizard->run(true, *progressBar_);
    checkAgainButton_->setEnabled(true);
    if (!checked) {
        problemsView_->setProblems({});
        summaryLabel_->setText(checked.error().code == ErrorCode::Cancelled
                                   ? tr("The check was stopped.")
                                   : checked.error().message);
        showDecision();
        return;
    }
    report_ = std::move(*checked);
    problemsView_->setProblems(report_->problems);
    const QString read = domain::vn::formatInteger(report_->rowsRead);
    const QString good = domain::vn::formatInteger(report_->rowsGood);
    QStringList lines;
    if (!report_->hasProblems())
        lines << tr("All %1 rows are correct.").arg(read);
    else
        lines << tr("%1 of %2 rows are correct; %n problem(s) to see below.", nullptr,
                    static_cast<int>(report_->problems.size()))
                     .arg(good, read);
    if (!report_->convertedFrom.isEmpty())
        lines << tr("The text was converted from the old %1 encoding.").arg(report_->convertedFrom);
    summaryLabel_->setText(lines.join(QLatin1Char('\n')));
    showDecision();
    // With problems, the list is what to look at first.
    if (report_->hasProblems())
        problemsView_->table()->setFocus();
}

void ImportCheckPage::showDecision() {
    QString text;
    if (!report_)
        text.clear();
    else if (report_->rowsGood == 0)
        text = tr("No row can be imported. Correct the file, save it, then choose Check Again.");
    else if (!report_->hasProblems())
        text = tr("%1 rows will be imported when you choose Import.")
                   .arg(domain::vn::formatInteger(report_->rowsGood));
    else if (job_.skipBadRows)
        text = tr("%1 rows will be imported; %2 rows with problems will be left out.")
                   .arg(domain::vn::formatInteger(report_->rowsGood),
                        domain::vn::formatInteger(report_->rowsRead - report_->rowsGood));
    else
        text = tr("Nothing will be imported while rows have problems. Correct them in the file "
                  "and choose Check Again, or leave those rows out.");
    decisionLabel_->setText(text);
    Q_EMIT completeChanged();
}

bool ImportCheckPage::isComplete() const {
    return report_ && report_->rowsGood > 0 && (!report_->hasProblems() || job_.skipBadRows);
}

bool ImportCheckPage::validatePage() {
    auto* importWizard = qobject_cast<ImportWizard*>(wizard());
    return isComplete() && importWizard && !importWizard->running();
}

} // namespace thidua::ui
