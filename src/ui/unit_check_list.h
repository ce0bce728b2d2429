#pragma once

#include "ids.h"

#include <QWidget>

#include <utility>
#include <vector>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace thidua::ui {

// Ticks the units that take part: the units who sign a covenant, the units
// of a movement. Typing in the filter narrows the list, with or without
// diacritics; Space ticks the current unit.
class UnitCheckList : public QWidget {
    Q_OBJECT

public:
    explicit UnitCheckList(QWidget* parent = nullptr);

    // (id, name) in the order shown; every tick is cleared.
    void setUnits(const std::vector<std::pair<domain::RowId, QString>>& units);
    void setCheckedIds(const std::vector<domain::RowId>& ids);
    // In the order shown.
    std::vector<domain::RowId> checkedIds() const;
    void setAllChecked(bool checked);

protected:
    void changeEvent(QEvent* event) override;

private:
    void filter(const QString& text);
    void retranslate();

    QLineEdit* filter_;
    QListWidget* list_;
    QPushButton* all_;
    QPushButton* none_;
};

} // namespace thidua::ui
