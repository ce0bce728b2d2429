#pragma once

#include "movement.h"
#include "result.h"

#include <QTableWidget>

#include <vector>

namespace thidua::ui {

// The reviews of a movement, one row a review: the year under review, 6-month
// or year-end, and the date typed as dd/MM/yyyy. A row whose date is cleared
// holds no review that year.
class MilestoneTable : public QTableWidget {
    Q_OBJECT

public:
    enum Column { YearColumn, KindColumn, DateColumn, ColumnCount };

    explicit MilestoneTable(QWidget* parent = nullptr);

    void setMilestones(const std::vector<domain::Milestone>& milestones);
    // InvalidInput naming the row when a date cannot be read.
    Result<std::vector<domain::Milestone>> milestones() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace thidua::ui
