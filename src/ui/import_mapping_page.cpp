#include "import_mapping_page.h"

#include "import_job.h"
#include "import_template.h"
#include "input_dialog.h"
#include "message_box.h"
#include "settings.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua::ui {

namespace {

// Quiet grey for samples and notes, the red of errors, the green of "ready".
const QString quietStyle = QStringLiteral("color: #5f6368;");
const QString errorStyle = QStringLiteral("color: #b3261e;");
const QString readyStyle = QStringLiteral("color: #1e6b34;");

} // namespace

ImportMappingPage::ImportMappingPage(ImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , job_(job)
    , templateComboBox_(new QComboBox(this))
    , saveTemplateButton_(new QPushButton(tr("&Save as Template…"), this))
    , templateNote_(new QLabel(this))
    , fieldsLayout_(new QGridLayout)
    , messageLabel_(new QLabel(this)) {
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the column of the file that holds each field. Fields marked * are "
                   "required; the others may stay \"not imported\"."));
    templateComboBox_->setObjectName(QStringLiteral("importTemplateComboBox"));
    templateComboBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    saveTemplateButton_->setObjectName(QStringLiteral("importSaveTemplateButton"));
    saveTemplateButton_->setToolTip(
        tr("Remember these columns under a name, for the next file of the same shape"));
    templateNote_->setObjectName(QStringLiteral("importTemplateNoteLabel"));
    templateNote_->setStyleSheet(quietStyle);
    templateNote_->setWordWrap(true);
    messageLabel_->setObjectName(QStringLiteral("importMappingMessageLabel"));
    messageLabel_->setWordWrap(true);
    messageLabel_->setTextFormat(Qt::PlainText);

    auto templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(templateComboBox_);
    auto templateRow = new QHBoxLayout;
    templateRow->addWidget(templateLabel);
    templateRow->addWidget(templateComboBox_);
    templateRow->addWidget(saveTemplateButton_);
    templateRow->addStretch();

    // Nine fields of a people file do not fit a small screen: they scroll.
    // The lists are as wide as a long header needs; the first values take the rest.
    auto fields = new QWidget;
    auto fieldsColumn = new QVBoxLayout(fields);
    fieldsColumn->setContentsMargins(0, 0, 0, 0);
    fieldsColumn->addLayout(fieldsLayout_);
    fieldsColumn->addStretch();
    fieldsLayout_->setColumnStretch(2, 1);
    fieldsLayout_->setHorizontalSpacing(12);
    const QStringList headings{tr("Field"), tr("Column of the file"), tr("First value")};
    for (int column = 0; column < headings.size(); ++column)
        fieldsLayout_->addWidget(
            new QLabel(QStringLiteral("<b>%1</b>").arg(headings.at(column).toHtmlEscaped())), 0,
            column);
    auto scrollArea = new QScrollArea(this);
    scrollArea->setWidget(fields);
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setFocusPolicy(Qt::NoFocus);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(templateRow);
    layout->addWidget(templateNote_);
    layout->addWidget(scrollArea, 1);
    layout->addWidget(messageLabel_);

    connect(templateComboBox_, &QComboBox::activated, this, &ImportMappingPage::applyTemplate);
    connect(saveTemplateButton_, &QPushButton::clicked, this, &ImportMappingPage::saveTemplate);
}

QComboBox* ImportMappingPage::columnComboBox(const QString& fieldKey) const {
    for (const FieldRow& row : rows_)
        if (row.key == fieldKey)
            return row.comboBox;
    return nullptr;
}

void ImportMappingPage::initializePage() {
    buildRows();
    fillTemplates();
    templateNote_->clear();
    // A saved template whose every header is in this file is what the clerk
    // chose last time for such a file: take it, and say so.
    const auto templates = job_.settings.importTemplates();
    int best = -1;
    int bestSize = 0;
    for (int index = 0; index < templateComboBox_->count(); ++index) {
        const int saved = templateComboBox_->itemData(index).toInt();
        if (saved < 0)
            continue;
        const ImportTemplate& candidate = templates[static_cast<std::size_t>(saved)];
        const int size = static_cast<int>(candidate.columns.size());
        if (size > bestSize && matchingHeaders(candidate, job_.preview.headers) == size) {
            best = index;
            bestSize = size;
        }
    }
    if (best >= 0) {
        templateComboBox_->setCurrentIndex(best);
        applyTemplate();
        templateNote_->setText(tr("The saved template \"%1\" fits this file and was applied.")
                                   .arg(templateComboBox_->currentText()));
    } else {
        showMapping(job_.preview.mapping);
    }
    if (!rows_.empty())
        rows_.front().comboBox->setFocus();
}

void ImportMappingPage::buildRows() {
    // The kind may have changed since the last visit: other fields, other lists.
    for (const FieldRow& row : rows_) {
        delete row.label;
        delete row.comboBox;
        delete row.sample;
    }
    rows_.clear();
    const auto fields = job_.fields();
    for (std::size_t index = 0; index < fields.size(); ++index) {
        const services::ImportField& field = fields[index];
        const int gridRow = static_cast<int>(index) + 1;
        auto label = new QLabel(field.required ? field.label + QStringLiteral(" *") : field.label);
        auto comboBox = new QComboBox;
        comboBox->setObjectName(QStringLiteral("importColumnComboBox_") + field.key);
        // One width for every list, whatever the headers: the page reads as a table.
        comboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        comboBox->setMinimumContentsLength(28);
        comboBox->addItem(tr("— not imported —"), -1);
        for (int column = 0; column < job_.preview.headers.size(); ++column)
            comboBox->addItem(columnTitle(job_.preview, column), column);
        label->setBuddy(comboBox);
        if (field.required) {
            QStringList alternatives;
            for (const auto& other : fields)
                if (field.alternatives.contains(other.key))
                    alternatives << other.label;
            label->setToolTip(alternatives.isEmpty()
                                  ? tr("Required")
                                  : tr("Required, unless %1 has a column")
                                        .arg(alternatives.join(QStringLiteral(", "))));
        }
        auto sample = new QLabel;
        sample->setObjectName(QStringLiteral("importSampleLabel_") + field.key);
        sample->setStyleSheet(quietStyle);
        sample->setTextFormat(Qt::PlainText);
        fieldsLayout_->addWidget(label, gridRow, 0);
        fieldsLayout_->addWidget(comboBox, gridRow, 1);
        fieldsLayout_->addWidget(sample, gridRow, 2);
        connect(comboBox, &QComboBox::currentIndexChanged, this, [this] {
            if (!showing_)
                readChoice();
        });
        rows_.push_back({field.key, label, comboBox, sample});
    }
    // Tab goes down the lists in the order of the fields.
    QWidget* previous = saveTemplateButton_;
    for (const FieldRow& row : rows_) {
        setTabOrder(previous, row.comboBox);
        previous = row.comboBox;
    }
}

void ImportMappingPage::fillTemplates(const QString& current) {
    const QSignalBlocker blocker(templateComboBox_);
    templateComboBox_->clear();
    templateComboBox_->addItem(tr("By the file's headers"), -1);
    const auto templates = job_.settings.importTemplates();
    for (std::size_t index = 0; index < templates.size(); ++index)
        if (templates[index].kind == job_.kind)
            templateComboBox_->addItem(templates[index].name, static_cast<int>(index));
    templateComboBox_->setCurrentIndex(std::max(0, templateComboBox_->findText(current)));
}

void ImportMappingPage::applyTemplate() {
    const int saved = templateComboBox_->currentData().toInt();
    const auto templates = job_.settings.importTemplates();
    templateNote_->clear();
    if (saved < 0 || saved >= static_cast<int>(templates.size())) {
        showMapping(job_.preview.mapping);
        return;
    }
    QStringList keys;
    for (const auto& field : job_.fields())
        keys << field.key;
    showMapping(applyImportTemplate(templates[static_cast<std::size_t>(saved)], keys,
                                    job_.preview.headers));
}

void ImportMappingPage::showMapping(const services::ImportMapping& mapping) {
    showing_ = true;
    for (const FieldRow& row : rows_)
        row.comboBox->setCurrentIndex(
            std::max(0, row.comboBox->findData(mapping.value(row.key, -1))));
    showing_ = false;
    readChoice();
}

void ImportMappingPage::readChoice() {
    job_.mapping.clear();
    QList<int> used;
    for (const FieldRow& row : rows_) {
        const int column = row.comboBox->currentData().toInt();
        job_.mapping.insert(row.key, column);
        row.sample->setText(sample(column));
        used << column;
    }
    const auto problems = services::mappingProblems(job_.kind, job_.mapping, job_.preview.headers);
    QStringList lines;
    for (const auto& problem : problems)
        lines << problem.message;
    complete_ = problems.empty();
    if (complete_) {
        // Columns left out are said too: a clerk may have missed one.
        QStringList unused;
        for (int column = 0; column < job_.preview.headers.size(); ++column)
            if (!used.contains(column) && !job_.preview.headers.at(column).isEmpty())
                unused << job_.preview.headers.at(column);
        lines << (unused.isEmpty() ? tr("Every required field has a column.")
                                   : tr("Every required field has a column. Not imported: %1.")
                                         .arg(unused.join(QStringLiteral(", "))));
    }
    messageLabel_->setStyleSheet(complete_ ? readyStyle : errorStyle);
    messageLabel_->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

QString ImportMappingPage::sample(int column) const {
    if (column < 0)
        return {};
    for (const auto& row : job_.preview.rows)
        if (const QString value = row.cells.value(column).trimmed(); !value.isEmpty())
            return value;
    return tr("(empty in the first rows)");
}

bool ImportMappingPage::isComplete() const {
    return complete_;
}

void ImportMappingPage::saveTemplate() {
    const QString suggested = templateComboBox_->currentData().toInt() >= 0
                                  ? templateComboBox_->currentText()
                                  : QFileInfo(job_.path).completeBaseName();
    const auto typed = InputDialog::getText(
        this, tr("Save as Template"),
        tr("Name of the template, for example the office that sends such files:"), suggested);
    const QString name = typed ? typed->simplified() : QString();
    if (name.isEmpty())
        return;
    auto templates = job_.settings.importTemplates();
    const auto same = std::find_if(templates.begin(), templates.end(), [&](const auto& saved) {
        return saved.kind == job_.kind && saved.name == name;
    });
    if (same != templates.end() &&
        MessageBox::question(this, tr("Save as Template"),
                             tr("There is already a template named \"%1\". Replace it?").arg(name),
                             MessageBox::Yes | MessageBox::No, MessageBox::No) != MessageBox::Yes)
        return;
    const ImportTemplate made =
        makeImportTemplate(name, job_.kind, job_.mapping, job_.preview.headers);
    if (same != templates.end())
        *same = made;
    else
        templates.push_back(made);
    job_.settings.setImportTemplates(templates);
    job_.settings.sync();
    fillTemplates(name);
    templateNote_->setText(tr("Saved as the template \"%1\".").arg(name));
}

} // namespace thidua::ui
