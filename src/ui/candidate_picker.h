#pragma once

#include "ids.h"
#include "result.h"
#include "title.h"
#include "unit.h"

#include <QWidget>

#include <vector>

class QButtonGroup;
class QLineEdit;
class QListWidget;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class UnitPicker;

// The people whose name begins with the words typed (no diacritics needed),
// as "name — position, unit" items holding the person's id (PersonIdRole) and
// unit (UnitIdRole); the first is chosen. Nothing typed: an empty list.
inline constexpr int PersonIdRole = Qt::UserRole;
inline constexpr int UnitIdRole = Qt::UserRole + 1;
Status showPeopleFound(QListWidget* list, services::Workspace& workspace, const QString& typed);

// Who an award or a nomination is for: a person found by typing their name
// (without diacritics too) or a collective chosen from the tree. Announces
// every change of kind or of candidate.
class CandidatePicker : public QWidget {
    Q_OBJECT

public:
    // Collectives closed before the year are not offered.
    CandidatePicker(services::Workspace& workspace, int year,
                    const std::vector<domain::Unit>& units, QWidget* parent = nullptr);

    bool collective() const;
    domain::TitleSubject subject() const;
    // The chosen candidate; NoId for the kind not chosen or none chosen yet.
    domain::RowId personId() const;
    domain::RowId unitId() const;
    // The unit a chosen person works in; the collective itself otherwise.
    domain::RowId homeUnitId() const;
    // Why there is nothing to go on yet, or empty when a candidate is chosen.
    QString missingChoice() const;

Q_SIGNALS:
    void subjectChanged();
    void candidateChanged();
    // The person search failed; the dialog shows the message.
    void failed(const QString& message);

private:
    void findPeople();

    services::Workspace& workspace_;
    QButtonGroup* subject_;
    QLineEdit* search_;
    QListWidget* people_;
    UnitPicker* unit_;
};

} // namespace thidua::ui
