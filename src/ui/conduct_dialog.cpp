#include "conduct_dialog.h"

#include "clock.h"
#include "conduct_rules.h"
#include "conduct_steps.h"
#include "dialog_parts.h"
#include "discipline_dialog.h"
#include "page_parts.h"
#include "vietnamese_format.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace thidua::ui {

namespace {

QTableWidget* recordTable(QWidget* parent, const QStringList& headers) {
    auto table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    // A few rows a person: sizing to the contents costs nothing; the last
    // column (note, reason) takes the rest of the width.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells) {
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

// Grades are given at the end of the year: from November the year to enter
// is this one, before that most likely the last.
int likelyYear(QDate today) {
    return today.month() >= 11 ? today.year() : today.year() - 1;
}

} // namespace

ConductDialog::ConductDialog(services::Workspace& workspace,
                             const services::ConductSubject& subject, const QString& subjectName,
                             QWidget* parent)
    : QDialog(parent)
    , workspace_(workspace)
    , subject_(subject)
    , undoStack_(new QUndoStack(this))
    , error_(refusalLabel(this)) {
    setObjectName(QStringLiteral("conductDialog"));
    setWindowTitle(subject.kind == services::SubjectKind::Person
                       ? tr("Grades and discipline: %1").arg(subjectName)
                       : tr("Grades: %1").arg(subjectName));
    error_->setObjectName(QStringLiteral("conductErrorLabel"));
    steps_ = std::make_unique<ConductSteps>(
        workspace_.conduct(), *undoStack_,
        [this](const QString& message) { showRefusal(error_, message); });

    auto layout = new QVBoxLayout(this);
    layout->addWidget(buildGrades());
    if (subject.kind == services::SubjectKind::Person)
        layout->addWidget(buildDiscipline());
    layout->addWidget(error_);

    auto bottom = new QHBoxLayout;
    // Short labels; what a step undoes or redoes is in the tooltip, where a
    // long decision number does not stretch the dialog.
    auto undo = new QPushButton(tr("Undo"), this);
    auto redo = new QPushButton(tr("Redo"), this);
    for (QPushButton* button : {undo, redo}) {
        button->setAutoDefault(false);
        bottom->addWidget(button);
    }
    connectUndoButtons(this, undoStack_, undo, redo);
    auto close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("buttonBox"));
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addStretch();
    bottom->addWidget(close);
    layout->addLayout(bottom);
    setMinimumWidth(720);

    connect(undoStack_, &QUndoStack::indexChanged, this, [this] {
        reload();
        Q_EMIT conductChanged();
    });
    reload();
    gradeRowChosen();
    year_->setFocus();
}

ConductDialog::~ConductDialog() {
    // The stack, deleted with the children after this body, clears itself and
    // signals indexChanged: nothing may reload a dialog half destroyed.
    undoStack_->disconnect(this);
}

QWidget* ConductDialog::buildGrades() {
    auto box = new QGroupBox(tr("Yearly grades"), this);
    gradeTable_ = recordTable(box, {tr("Year"), tr("Grade"), tr("Note")});
    gradeTable_->setObjectName(QStringLiteral("gradeTable"));
    year_ = new QSpinBox(box);
    year_->setObjectName(QStringLiteral("gradeYearSpinBox"));
    const QDate today = workspace_.clock().today();
    year_->setRange(domain::FirstGradeYear, today.year());
    year_->setValue(likelyYear(today));
    grade_ = new QComboBox(box);
    grade_->setObjectName(QStringLiteral("gradeComboBox"));
    for (auto grade : {domain::Grade::Excellent, domain::Grade::Good, domain::Grade::Completed,
                       domain::Grade::NotCompleted})
        grade_->addItem(domain::gradeCode(grade) + QStringLiteral(" — ") + domain::gradeName(grade),
                        static_cast<int>(grade));
    grade_->setCurrentIndex(grade_->findData(static_cast<int>(domain::Grade::Good)));
    note_ = new QLineEdit(box);
    note_->setObjectName(QStringLiteral("gradeNoteEdit"));
    saveGrade_ = new QPushButton(tr("&Save grade"), box);
    saveGrade_->setObjectName(QStringLiteral("saveGradeButton"));
    // Enter in the row of fields saves the grade.
    saveGrade_->setDefault(true);
    removeGrade_ = new QPushButton(tr("&Remove grade"), box);
    removeGrade_->setObjectName(QStringLiteral("removeGradeButton"));
    removeGrade_->setAutoDefault(false);

    // Two rows, so that the grade's full words and the note both have room:
    // year and grade, then note and the buttons.
    auto entry = new QGridLayout;
    auto yearLabel = new QLabel(tr("&Year:"), box);
    yearLabel->setBuddy(year_);
    auto gradeLabel = new QLabel(tr("&Grade:"), box);
    gradeLabel->setBuddy(grade_);
    auto noteLabel = new QLabel(tr("N&ote:"), box);
    noteLabel->setBuddy(note_);
    entry->addWidget(yearLabel, 0, 0);
    entry->addWidget(year_, 0, 1);
    entry->addWidget(gradeLabel, 0, 2);
    entry->addWidget(grade_, 0, 3, 1, 3);
    entry->addWidget(noteLabel, 1, 0);
    entry->addWidget(note_, 1, 1, 1, 3);
    entry->addWidget(saveGrade_, 1, 4);
    entry->addWidget(removeGrade_, 1, 5);
    entry->setColumnStretch(3, 1);

    auto layout = new QVBoxLayout(box);
    layout->addWidget(gradeTable_);
    layout->addLayout(entry);

    connect(gradeTable_, &QTableWidget::itemSelectionChanged, this, &ConductDialog::gradeRowChosen);
    connect(year_, &QSpinBox::valueChanged, this, [this] {
        removeGrade_->setEnabled(std::ranges::any_of(
            grades_, [this](const domain::Evaluation& e) { return e.year == year_->value(); }));
    });
    connect(saveGrade_, &QPushButton::clicked, this, &ConductDialog::saveGrade);
    connect(removeGrade_, &QPushButton::clicked, this, &ConductDialog::removeGrade);
    return box;
}

QWidget* ConductDialog::buildDiscipline() {
    auto box = new QGroupBox(tr("Discipline"), this);
    disciplineTable_ =
        recordTable(box, {tr("Form"), tr("Decision"), tr("From"), tr("To"), tr("Reason")});
    disciplineTable_->setObjectName(QStringLiteral("disciplineTable"));
    auto add = new QPushButton(tr("&Add…"), box);
    add->setObjectName(QStringLiteral("addDisciplineButton"));
    auto edit = new QPushButton(tr("&Edit…"), box);
    edit->setObjectName(QStringLiteral("editDisciplineButton"));
    auto remove = new QPushButton(tr("Re&move"), box);
    remove->setObjectName(QStringLiteral("removeDisciplineButton"));
    auto buttons = new QHBoxLayout;
    for (QPushButton* button : {add, edit, remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto layout = new QVBoxLayout(box);
    layout->addWidget(disciplineTable_);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        domain::Discipline record;
        record.personId = subject_.id;
        editDiscipline(record);
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const domain::Discipline* record = chosenRecord())
            editDiscipline(*record);
    });
    connect(disciplineTable_, &QTableWidget::cellDoubleClicked, edit, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const domain::Discipline* record = chosenRecord())
            showOutcome(steps_->removeDiscipline(*record));
    });
    return box;
}

void ConductDialog::reload() {
    auto grades = workspace_.conduct().grades(subject_);
    if (!grades) {
        showRefusal(error_, grades.error().message);
        return;
    }
    grades_ = std::move(*grades);
    // Newest first: the year being entered is at the top.
    std::ranges::reverse(grades_);
    gradeTable_->setRowCount(static_cast<int>(grades_.size()));
    for (int row = 0; row < gradeTable_->rowCount(); ++row) {
        const domain::Evaluation& grade = grades_[static_cast<std::size_t>(row)];
        setRow(gradeTable_, row,
               {QString::number(grade.year),
                domain::gradeCode(grade.grade) + QStringLiteral(" — ") +
                    domain::gradeName(grade.grade),
                grade.note});
    }
    Q_EMIT year_->valueChanged(year_->value());

    if (!disciplineTable_)
        return;
    auto records = workspace_.conduct().discipline(subject_.id);
    if (!records) {
        showRefusal(error_, records.error().message);
        return;
    }
    records_ = std::move(*records);
    disciplineTable_->setRowCount(static_cast<int>(records_.size()));
    for (int row = 0; row < disciplineTable_->rowCount(); ++row) {
        const domain::Discipline& record = records_[static_cast<std::size_t>(row)];
        setRow(disciplineTable_, row,
               {domain::disciplineFormName(record.form), record.decision,
                domain::vn::formatDate(record.start),
                record.end.isValid() ? domain::vn::formatDate(record.end) : tr("not set"),
                record.reason});
    }
}

void ConductDialog::gradeRowChosen() {
    const int row = gradeTable_->currentRow();
    if (row < 0 || row >= static_cast<int>(grades_.size()) ||
        gradeTable_->selectedItems().isEmpty())
        return;
    const domain::Evaluation& chosen = grades_[static_cast<std::size_t>(row)];
    year_->setValue(chosen.year);
    grade_->setCurrentIndex(grade_->findData(static_cast<int>(chosen.grade)));
    note_->setText(chosen.note);
}

void ConductDialog::saveGrade() {
    showOutcome(steps_->setGrade(subject_, year_->value(),
                                 static_cast<domain::Grade>(grade_->currentData().toInt()),
                                 note_->text()));
}

void ConductDialog::removeGrade() {
    showOutcome(steps_->removeGrade(subject_, year_->value()));
}

void ConductDialog::editDiscipline(const domain::Discipline& record) {
    const domain::Discipline before = record;
    auto dialog = new DisciplineDialog(
        record,
        [this, before](const domain::Discipline& after) {
            return before.id == domain::NoId ? steps_->addDiscipline(after)
                                             : steps_->updateDiscipline(before, after);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

const domain::Discipline* ConductDialog::chosenRecord() const {
    const int row = disciplineTable_->currentRow();
    if (row < 0 || row >= static_cast<int>(records_.size()))
        return nullptr;
    return &records_[static_cast<std::size_t>(row)];
}

void ConductDialog::showOutcome(const Status& status) {
    showRefusal(error_, status ? QString() : status.error().message);
}

} // namespace thidua::ui
