#pragma once

#include "result.h"
#include "scoring_round.h"

#include <QCoreApplication>

#include <vector>

class QWidget;

namespace thidua::services {
class ScoringService;
}

namespace thidua::ui {

// The files a unit attaches to its self-score on an item: read from disk
// into the database (so that they travel with the file sent to the cluster's
// head), and written back out to be opened with the system's programs.
class EvidenceFiles {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::EvidenceFiles)

public:
    // Asks for a file and attaches it; nothing happens when the user cancels.
    static Status attach(QWidget* parent, services::ScoringService& scoring, domain::RowId roundId,
                         domain::RowId unitId, int criterion);
    // Writes the item's files (of the round's `evidence`) to a folder of the
    // round's and opens them; NotFound when the item has none.
    static Status open(services::ScoringService& scoring, domain::RowId roundId,
                       const std::vector<domain::Evidence>& evidence, domain::RowId unitId,
                       int criterion);
};

} // namespace thidua::ui
