#pragma once

#include "ids.h"
#include "unit.h"

#include <QComboBox>

#include <vector>

namespace thidua::ui {

// Chooses a unit by typing part of its name, with or without diacritics; the
// list is the organisation tree in order, children indented under parents.
class UnitPicker : public QComboBox {
    Q_OBJECT

public:
    explicit UnitPicker(QWidget* parent = nullptr);

    // noneText, when given, is a first entry that chooses no unit (NoId).
    void setUnits(const std::vector<domain::Unit>& units, const QString& noneText = {});
    domain::RowId unitId() const;
    void setUnitId(domain::RowId id);

Q_SIGNALS:
    void unitChosen(domain::RowId id);
};

} // namespace thidua::ui
