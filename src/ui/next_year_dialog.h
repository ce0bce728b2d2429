#pragma once

#include "cluster_rotation.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace thidua::ui {

class UnitCatalogue;

// "Copy to next year": each of this year's clusters as next year's, with the
// same members and the rotated head and deputy head proposed, which the clerk
// changes cluster by cluster where the organiser decided otherwise. Accepting
// creates them all through `apply` in one step; when that is refused the
// dialog stays open and shows why.
class NextYearDialog : public QDialog {
    Q_OBJECT

public:
    using Apply = std::function<Status(const domain::NextYearProposal&)>;

    NextYearDialog(domain::NextYearProposal proposal, const UnitCatalogue& units, Apply apply,
                   QWidget* parent = nullptr);

    // The proposal with the leaders as chosen now.
    domain::NextYearProposal proposal() const;
    // The head and deputy choosers of the row (tests drive them).
    QComboBox* headBox(int row) const;
    QComboBox* deputyBox(int row) const;

    void accept() override;

private:
    void addRow(int row, const domain::ClusterCopy& copy, const UnitCatalogue& units);

    domain::NextYearProposal proposal_;
    domain::UnitNames names_;
    Apply apply_;
    QTableWidget* table_;
    QLabel* refusal_;
};

} // namespace thidua::ui
