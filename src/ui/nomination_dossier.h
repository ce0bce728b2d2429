#pragma once

#include "ids.h"
#include "result.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

// Hồ sơ đề nghị: the papers the nomination's award needs, each ticked when a
// file is attached or marked missing, the files under their paper. A file is
// attached to the chosen paper (read into the database, so it travels with
// the data file), opened with the system's programs, or removed.
class NominationDossier : public QWidget {
    Q_OBJECT

public:
    explicit NominationDossier(QWidget* parent = nullptr);

    void setWorkspace(services::Workspace* workspace);
    // NoId empties it; editable: files may be added and removed.
    void show(domain::RowId nominationId, bool editable);
    void retranslate();

Q_SIGNALS:
    // A refusal or failure to show, in a sentence.
    void failed(const QString& message);

private:
    void attach();
    void open();
    void remove();
    void enableActions();
    domain::RowId chosenFile() const;
    bool report(const Status& status);

    services::Workspace* workspace_ = nullptr;
    domain::RowId nominationId_ = domain::NoId;
    bool editable_ = false;
    QTreeWidget* papers_;
    QPushButton* attachButton_;
    QPushButton* openButton_;
    QPushButton* removeButton_;
};

} // namespace thidua::ui
