#include "reports_page.h"

#include "cluster_service.h"
#include "conference_facts_html.h"
#include "conference_pack_facts.h"
#include "conference_report.h"
#include "date_field.h"
#include "document_export.h"
#include "document_preview.h"
#include "long_task.h"
#include "page_header.h"
#include "report_sections.h"
#include "report_service.h"
#include "unit_picker.h"
#include "work_areas.h"
#include "workspace.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <array>
#include <set>

namespace thidua::ui {

namespace {

namespace sections = domain::sections;
using domain::ReportKind;
using domain::ReportScopeKind;

enum class Part { Report, Honorees, Order, Minutes };

// Typing is kept this long after the last key, and at once when the report
// shown changes or the page is left.
constexpr int SaveDelayMs = 800;

struct SectionLabel {
    QLatin1StringView section;
    const char* label; // translated when shown
};

// The written parts, in the order the report prints them.
constexpr std::array<SectionLabel, 9> WrittenParts{{
    {sections::Situation,
     QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Situation (added to part I)")},
    {sections::JointActivities,
     QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Joint activities of the cluster")},
    {sections::Shortcomings,
     QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Shortcomings and their causes")},
    {sections::Lessons, QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Lessons learned")},
    {sections::Directions,
     QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Directions and tasks ahead")},
    {sections::Recommendations, QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Recommendations")},
    {sections::Delegates,
     QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Delegates elected (one a line)")},
    {sections::Discussion,
     QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Discussion at the conference (minutes)")},
    {sections::Conclusion,
     QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "The chair's conclusion (minutes)")},
}};

// The conference's details after its day, one line each.
constexpr std::array<SectionLabel, 8> ConferenceLines{{
    {sections::Venue, QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "&Venue:")},
    {sections::Chair, QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "C&hair:")},
    {sections::ChairPosition, QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Chair's position:")},
    {sections::Secretary, QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "&Secretary:")},
    {sections::SecretaryPosition,
     QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Secretary's position:")},
    {sections::PresenterState,
     QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Presents State awards:")},
    {sections::PresenterMinistry,
     QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Presents ministry awards:")},
    {sections::PresenterGrassroots,
     QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Presents grassroots awards:")},
}};

} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent)
    , header_(new PageHeader(this))
    , kindLabel_(new QLabel(this))
    , kind_(new QComboBox(this))
    , scopeLabel_(new QLabel(this))
    , scopeKind_(new QComboBox(this))
    , cluster_(new QComboBox(this))
    , unit_(new UnitPicker(this))
    , partLabel_(new QLabel(this))
    , part_(new QComboBox(this))
    , previewButton_(new QPushButton(this))
    , exportButton_(new QPushButton(this))
    , outputLabel_(new QLabel(this))
    , tabs_(new QTabWidget(this))
    , figures_(new QTextBrowser(this))
    , sections_(new QListWidget(this))
    , editors_(new QStackedWidget(this))
    , conference_(new QWidget(this))
    , saveTimer_(new QTimer(this)) {
    header_->setObjectName(QStringLiteral("pageHeader"));
    kind_->setObjectName(QStringLiteral("reportKindCombo"));
    scopeKind_->setObjectName(QStringLiteral("reportScopeCombo"));
    cluster_->setObjectName(QStringLiteral("reportClusterCombo"));
    unit_->setObjectName(QStringLiteral("reportUnitPicker"));
    part_->setObjectName(QStringLiteral("reportPartCombo"));
    previewButton_->setObjectName(QStringLiteral("previewReportButton"));
    exportButton_->setObjectName(QStringLiteral("exportReportButton"));
    outputLabel_->setObjectName(QStringLiteral("reportOutputLabel"));
    sections_->setObjectName(QStringLiteral("reportSectionList"));
    tabs_->setObjectName(QStringLiteral("reportTabs"));
    figures_->setObjectName(QStringLiteral("reportFigures"));
    for (ReportKind kind : {ReportKind::YearEnd, ReportKind::MidYear, ReportKind::ModelConference})
        kind_->addItem(QString(), static_cast<int>(kind));
    for (ReportScopeKind scope :
         {ReportScopeKind::Cluster, ReportScopeKind::Unit, ReportScopeKind::Organiser})
        scopeKind_->addItem(QString(), static_cast<int>(scope));
    for (Part part : {Part::Report, Part::Honorees, Part::Order, Part::Minutes})
        part_->addItem(QString(), static_cast<int>(part));
    // Cluster and unit names are long; the window must still fit a small screen.
    for (QComboBox* box : {static_cast<QComboBox*>(cluster_), static_cast<QComboBox*>(unit_)}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    saveTimer_->setSingleShot(true);
    saveTimer_->setInterval(SaveDelayMs);
    buildLayout();
    connectActions();
    retranslate();
    setEnabled(false);
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::addTextSection(const QString& section, const char* label) {
    auto editor = new QPlainTextEdit(editors_);
    editor->setObjectName(QStringLiteral("reportNote_%1").arg(section));
    editors_->addWidget(editor);
    sections_->addItem(QString());
    fields_.push_back({section, editor, label});
    connect(editor, &QPlainTextEdit::textChanged, saveTimer_, qOverload<>(&QTimer::start));
}

void ReportsPage::addLineField(QFormLayout* form, const QString& section, const char* label,
                               QLineEdit* editor) {
    if (!editor)
        editor = new QLineEdit(conference_);
    editor->setObjectName(QStringLiteral("reportNote_%1").arg(section));
    auto caption = new QLabel(conference_);
    caption->setBuddy(editor);
    form->addRow(caption, editor);
    formLabels_.emplace_back(caption, label);
    fields_.push_back({section, editor, label});
    connect(editor, &QLineEdit::textEdited, saveTimer_, qOverload<>(&QTimer::start));
}

void ReportsPage::buildLayout() {
    auto choice = new QHBoxLayout;
    kindLabel_->setBuddy(kind_);
    scopeLabel_->setBuddy(scopeKind_);
    partLabel_->setBuddy(part_);
    choice->addWidget(kindLabel_);
    choice->addWidget(kind_);
    choice->addSpacing(12);
    choice->addWidget(scopeLabel_);
    choice->addWidget(scopeKind_);
    choice->addWidget(cluster_, 1);
    choice->addWidget(unit_, 1);
    auto actions = new QHBoxLayout;
    actions->addWidget(partLabel_);
    actions->addWidget(part_);
    actions->addWidget(previewButton_);
    actions->addWidget(exportButton_);
    actions->addWidget(outputLabel_, 1);

    for (const auto& [section, label] : WrittenParts)
        addTextSection(section, label);
    auto written = new QSplitter(Qt::Horizontal, this);
    written->addWidget(sections_);
    written->addWidget(editors_);
    written->setStretchFactor(0, 1);
    written->setStretchFactor(1, 3);

    auto form = new QFormLayout(conference_);
    day_ = new DateField(conference_);
    addLineField(form, sections::Day,
                 QT_TRANSLATE_NOOP("thidua::ui::ReportsPage", "Conference &day:"), day_);
    for (const auto& [section, label] : ConferenceLines)
        addLineField(form, section, label);
    tabs_->addTab(figures_, QString());
    tabs_->addTab(written, QString());
    tabs_->addTab(conference_, QString());
    auto layout = new QVBoxLayout(this);
    layout->addWidget(header_);
    layout->addLayout(choice);
    layout->addLayout(actions);
    layout->addWidget(tabs_, 1);
}

void ReportsPage::connectActions() {
    connect(sections_, &QListWidget::currentRowChanged, editors_, &QStackedWidget::setCurrentIndex);
    connect(saveTimer_, &QTimer::timeout, this, &ReportsPage::saveNotes);
    connect(kind_, &QComboBox::currentIndexChanged, this, &ReportsPage::scopeChanged);
    connect(scopeKind_, &QComboBox::currentIndexChanged, this, &ReportsPage::reloadScopes);
    connect(cluster_, &QComboBox::currentIndexChanged, this, &ReportsPage::scopeChanged);
    connect(unit_, &UnitPicker::unitChosen, this, &ReportsPage::scopeChanged);
    connect(previewButton_, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(exportButton_, &QPushButton::clicked, this, &ReportsPage::exportFile);
}

void ReportsPage::setWorkspace(services::Workspace* workspace) {
    saveNotes();
    workspace_ = workspace;
    key_.reset();
    if (const QString problem = units_.load(workspace); !problem.isEmpty())
        header_->setError(problem);
    setEnabled(workspace_ != nullptr);
    reloadScopes();
}

void ReportsPage::setYear(int year) {
    if (year == year_)
        return;
    saveNotes();
    year_ = year;
    reloadScopes();
}

void ReportsPage::reloadScopes() {
    const auto scope = static_cast<ReportScopeKind>(scopeKind_->currentData().toInt());
    const bool ofCluster = scope == ReportScopeKind::Cluster;
    cluster_->setVisible(ofCluster);
    unit_->setVisible(!ofCluster);
    {
        const QSignalBlocker blockCluster(cluster_);
        const QSignalBlocker blockUnit(unit_);
        const domain::RowId chosen = cluster_->currentData().toLongLong();
        cluster_->clear();
        std::set<domain::RowId> organisers;
        if (workspace_ && year_ > 0)
            if (auto clusters = workspace_->clusters().clusters(year_))
                for (const domain::ClusterYear& cluster : *clusters) {
                    cluster_->addItem(
                        QStringLiteral("%1 (%2)").arg(domain::clusterDisplayName(cluster.cluster),
                                                      units_.name(cluster.cluster.organiserId)),
                        QVariant::fromValue(cluster.cluster.id));
                    organisers.insert(cluster.cluster.organiserId);
                }
        if (const int index = cluster_->findData(QVariant::fromValue(chosen)); index >= 0)
            cluster_->setCurrentIndex(index);
        // An organiser's report is of an authority that organises clusters this year.
        std::vector<domain::Unit> offered;
        for (const domain::Unit& unit : units_.units())
            if (scope != ReportScopeKind::Organiser || organisers.contains(unit.id))
                offered.push_back(unit);
        const domain::RowId unit = unit_->unitId();
        unit_->setUnits(offered);
        if (unit != domain::NoId)
            unit_->setUnitId(unit);
    }
    scopeChanged();
}

std::optional<reports::ReportRequest> ReportsPage::request() const {
    reports::ReportRequest request;
    request.kind = static_cast<ReportKind>(kind_->currentData().toInt());
    request.scope = static_cast<ReportScopeKind>(scopeKind_->currentData().toInt());
    request.id = request.scope == ReportScopeKind::Cluster ? cluster_->currentData().toLongLong()
                                                           : unit_->unitId();
    request.year = year_;
    if (!workspace_ || year_ <= 0 || request.id == domain::NoId)
        return std::nullopt;
    return request;
}

void ReportsPage::scopeChanged() {
    saveNotes();
    header_->setError({});
    outputLabel_->clear();
    showSections();
    loadNotes();
    showFigures();
    const bool chosen = request().has_value();
    previewButton_->setEnabled(chosen);
    exportButton_->setEnabled(chosen);
    tabs_->setEnabled(chosen);
}

// Only the sections the chosen report prints are offered.
void ReportsPage::showSections() {
    const auto kind = static_cast<ReportKind>(kind_->currentData().toInt());
    const auto scope = static_cast<ReportScopeKind>(scopeKind_->currentData().toInt());
    for (int row = 0; row < sections_->count(); ++row) {
        const QString& section = fields_.at(static_cast<std::size_t>(row)).section;
        const bool shown =
            (section != sections::JointActivities || scope == ReportScopeKind::Cluster) &&
            (section != sections::Delegates || kind == ReportKind::ModelConference);
        sections_->item(row)->setHidden(!shown);
    }
    if (sections_->currentRow() < 0 || sections_->currentItem()->isHidden())
        sections_->setCurrentRow(0);
}

void ReportsPage::showFigures() {
    figures_->clear();
    const auto wanted = request();
    if (!wanted)
        return;
    auto facts = reports::readConferenceFacts(*workspace_, *wanted);
    if (!facts)
        return header_->setError(facts.error().message);
    figures_->setHtml(conferenceFactsHtml(*facts));
}

QString ReportsPage::textOf(const Field& field) const {
    if (auto* text = qobject_cast<QPlainTextEdit*>(field.editor))
        return text->toPlainText();
    return qobject_cast<QLineEdit*>(field.editor)->text();
}

void ReportsPage::loadNotes() {
    saved_.clear();
    key_.reset();
    if (const auto wanted = request()) {
        auto key = reports::reportKeyOf(*workspace_, *wanted);
        auto notes = key ? workspace_->reports().notes(*key)
                         : Result<std::map<QString, QString>>(std::unexpected(key.error()));
        if (notes) {
            key_ = *key;
            saved_ = std::move(*notes);
        } else {
            header_->setError(notes.error().message);
        }
    }
    for (const Field& field : fields_) {
        const QSignalBlocker quiet(field.editor);
        const auto found = saved_.find(field.section);
        const QString text = found == saved_.end() ? QString() : found->second;
        if (auto* editor = qobject_cast<QPlainTextEdit*>(field.editor))
            editor->setPlainText(text);
        else
            qobject_cast<QLineEdit*>(field.editor)->setText(text);
    }
}

void ReportsPage::saveNotes() {
    saveTimer_->stop();
    if (!workspace_ || !key_)
        return;
    for (const Field& field : fields_) {
        const QString text = textOf(field);
        const auto found = saved_.find(field.section);
        if (text == (found == saved_.end() ? QString() : found->second))
            continue;
        if (auto ok = workspace_->reports().setNote(*key_, field.section, text); !ok)
            return report(ok);
        saved_[field.section] = text;
    }
}

Result<documents::Document> ReportsPage::document() {
    saveNotes();
    const auto wanted = request();
    if (!wanted)
        return fail(ErrorCode::InvalidInput, tr("Choose the cluster or unit of the report."));
    // The report is dated by the day kept; a day mistyped is said, not ignored.
    if (auto day = day_->date(tr("Conference day")); !day)
        return std::unexpected(day.error());
    auto facts = reports::readConferenceFacts(*workspace_, *wanted);
    if (!facts)
        return std::unexpected(facts.error());
    switch (static_cast<Part>(part_->currentData().toInt())) {
    case Part::Report:
        break;
    case Part::Honorees:
        return reports::honoreeList(reports::conferencePackOf(*facts));
    case Part::Order:
        return reports::presentationOrder(reports::conferencePackOf(*facts));
    case Part::Minutes:
        return reports::conferenceMinutes(reports::conferencePackOf(*facts));
    }
    return reports::conferenceReport(*facts);
}

QString ReportsPage::suggestedName() const {
    return QStringLiteral("%1 - %2 %3.pdf")
        .arg(part_->currentText(),
             cluster_->isVisible() ? cluster_->currentText() : unit_->currentText().trimmed())
        .arg(year_);
}

void ReportsPage::preview() {
    auto made = document();
    if (!made)
        return report(std::unexpected(made.error()));
    LongTask task(this);
    report(DocumentPreview::open(this, *made, task));
}

void ReportsPage::exportFile() {
    outputLabel_->clear();
    auto written = DocumentExport::exportAs(this, suggestedName(), [&] { return document(); });
    if (!written)
        return report(std::unexpected(written.error()));
    if (!written->isEmpty())
        outputLabel_->setText(tr("Written to %1.").arg(QDir::toNativeSeparators(*written)));
}

void ReportsPage::report(const Status& status) {
    header_->setError(
        status || status.error().code == ErrorCode::Cancelled ? QString() : status.error().message);
}

void ReportsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsPage::showEvent(QShowEvent* event) {
    // Other pages may have changed what the report reads.
    showFigures();
    QWidget::showEvent(event);
}

void ReportsPage::hideEvent(QHideEvent* event) {
    saveNotes();
    QWidget::hideEvent(event);
}

void ReportsPage::retranslate() {
    header_->setTitle(areaTitle(workArea(Area::Reports)));
    header_->setDescription(
        tr("The conference reports drafted from what is recorded: the year-end summary, the "
           "six-month review and the five-year advanced-model conference of a cluster, a unit "
           "or an organiser, with the conference's honoree list, presentation order and "
           "minutes. Write what the data cannot say below; it is kept as you type."));
    kindLabel_->setText(tr("&Report:"));
    kind_->setItemText(0, tr("Year-end summary"));
    kind_->setItemText(1, tr("Six-month review"));
    kind_->setItemText(2, tr("Five-year advanced-model conference"));
    scopeLabel_->setText(tr("&Of:"));
    scopeKind_->setItemText(0, tr("A cluster or block"));
    scopeKind_->setItemText(1, tr("A unit"));
    scopeKind_->setItemText(2, tr("An organiser"));
    partLabel_->setText(tr("&Document:"));
    part_->setItemText(0, tr("The report"));
    part_->setItemText(1, tr("Honoree list"));
    part_->setItemText(2, tr("Presentation order"));
    part_->setItemText(3, tr("Conference minutes"));
    previewButton_->setText(tr("&Preview…"));
    exportButton_->setText(tr("&Export…"));
    tabs_->setTabText(0, tr("What the data says"));
    tabs_->setTabText(1, tr("Written parts"));
    tabs_->setTabText(2, tr("The conference"));
    for (int row = 0; row < sections_->count(); ++row)
        sections_->item(row)->setText(tr(fields_.at(static_cast<std::size_t>(row)).label));
    for (const Field& field : fields_)
        if (auto* editor = qobject_cast<QPlainTextEdit*>(field.editor))
            editor->setPlaceholderText(
                tr("What you type here prints in the report as written, a paragraph a line. "
                   "Left empty, the report prints lines of dots to fill in by hand."));
    for (const auto& [caption, label] : formLabels_)
        caption->setText(tr(label));
    for (const Field& field : fields_)
        if (auto* line = qobject_cast<QLineEdit*>(field.editor);
            line && field.section.startsWith(u"presenter"))
            line->setPlaceholderText(tr("Name, position: Nguyễn Văn A, Thứ trưởng Bộ Tư pháp"));
}

} // namespace thidua::ui
