#pragma once

#include "ids.h"
#include "unit.h"

#include <QComboBox>
#include <QDate>

#include <vector>

namespace thidua::ui {

// Chooses a unit by typing part of its name, with or without diacritics; the
// list is the organisation tree in order, children indented under parents.
class UnitPicker : public QComboBox {
    Q_OBJECT

public:
    explicit UnitPicker(QWidget* parent = nullptr);

    // Units closed before the day are left out of the lists that follow
    // (merged or dissolved units take no new people, registrations or
    // awards); their open sub-units stand under the nearest listed parent.
    // An invalid day (the default) lists every unit.
    void setOpenSince(QDate day) { openSince_ = day; }
    // noneText, when given, is a first entry that chooses no unit (NoId).
    void setUnits(const std::vector<domain::Unit>& units, const QString& noneText = {});
    domain::RowId unitId() const;
    void setUnitId(domain::RowId id);

Q_SIGNALS:
    void unitChosen(domain::RowId id);

private:
    bool listed(const domain::Unit& unit) const;

    QDate openSince_;
};

} // namespace thidua::ui
