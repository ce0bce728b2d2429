#pragma once

#include "cluster.h"
#include "result.h"
#include "unit.h"

#include <QDialog>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace thidua::ui {

class RomanSpinBox;
class UnitPicker;

// A new cluster or block, or the fields of one: who organises it, cụm or
// khối, its number (in Roman numerals) and its name. Saving goes through
// `save`; when that is refused the dialog stays open and shows why.
class ClusterDialog : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<Status(const domain::Cluster&)>;

    ClusterDialog(const std::vector<domain::Unit>& units, const domain::Cluster& cluster, Save save,
                  QWidget* parent = nullptr);

    domain::Cluster cluster() const;

    void accept() override;

private:
    domain::Cluster cluster_;
    Save save_;
    UnitPicker* organiser_;
    QComboBox* kind_;
    RomanSpinBox* number_;
    QLineEdit* name_;
    QLabel* refusal_;
};

} // namespace thidua::ui
