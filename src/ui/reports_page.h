#pragma once

#include "conference_facts.h"
#include "unit_catalogue.h"

#include <QWidget>

#include <map>
#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class DateField;
class PageHeader;
class UnitPicker;

// Báo cáo: the conference reports drafted from the data (the year-end
// summary, the six-month review, the five-year advanced-model conference) of
// a cluster, a unit or an organiser, and the conference pack (honoree list,
// presentation order, minutes). What the data cannot say is written here,
// section by section, and kept with the report as it is typed; a preview
// shows the pages, an export writes PDF, DOCX or HTML.
class ReportsPage : public QWidget {
    Q_OBJECT

public:
    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    // The workspace must outlive the page or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    void setYear(int year);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    // Leaving the page keeps what was typed at once.
    void hideEvent(QHideEvent* event) override;

private:
    // A part of the report that people write, and where it is typed.
    struct Field {
        QString section;
        QWidget* editor;   // QPlainTextEdit or QLineEdit
        const char* label; // untranslated, context thidua::ui::ReportsPage
    };

    void buildLayout();
    void addTextSection(const QString& section, const char* label);
    // A plain line edit unless editor is given.
    void addLineField(QFormLayout* form, const QString& section, const char* label,
                      QLineEdit* editor = nullptr);
    void connectActions();
    void retranslate();
    void reloadScopes();
    void scopeChanged();
    std::optional<reports::ReportRequest> request() const;
    void showSections();
    void loadNotes();
    void showFigures();
    void saveNotes();
    QString textOf(const Field& field) const;
    Result<documents::Document> document();
    QString suggestedName() const;
    void preview();
    void exportFile();
    void report(const Status& status);

    services::Workspace* workspace_ = nullptr;
    UnitCatalogue units_;
    int year_ = 0;
    std::optional<domain::ReportKey> key_; // of the notes the editors show
    std::map<QString, QString> saved_;     // what the database holds for key_

    PageHeader* header_;
    QLabel* kindLabel_;
    QComboBox* kind_;
    QLabel* scopeLabel_;
    QComboBox* scopeKind_;
    QComboBox* cluster_;
    UnitPicker* unit_;
    QLabel* partLabel_;
    QComboBox* part_;
    QPushButton* previewButton_;
    QPushButton* exportButton_;
    QLabel* outputLabel_;
    QTabWidget* tabs_;
    QTextBrowser* figures_;
    QListWidget* sections_;
    QStackedWidget* editors_;
    QWidget* conference_;
    DateField* day_ = nullptr;
    std::vector<Field> fields_;
    std::vector<std::pair<QLabel*, const char*>> formLabels_;
    QTimer* saveTimer_;
};

} // namespace thidua::ui
