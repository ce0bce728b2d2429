#pragma once

#include "cluster_year.h"
#include "unit.h"

#include <QHash>
#include <QString>

#include <vector>

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

// The units of the open database as the cluster and movement pages show
// them, read once and again when units change: the units the pickers offer,
// and names for lists and messages, "Parent / Child" when a name repeats.
class UnitCatalogue {
public:
    // Empty on success, else the message to show; the catalogue is then empty.
    QString load(services::Workspace* workspace);

    const std::vector<domain::Unit>& units() const { return units_; }
    // Empty for NoId or a unit that is not there.
    QString name(domain::RowId id) const;
    // For the domain's rule checks, which name units in their refusals.
    domain::UnitNames names() const;

private:
    std::vector<domain::Unit> units_;
    QHash<domain::RowId, QString> names_;
};

} // namespace thidua::ui
