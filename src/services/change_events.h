#pragma once

#include "ids.h"
#include "report_kind.h"

#include <functional>
#include <variant>
#include <vector>

namespace thidua::services {

// Typed change notifications, published only after the transaction that made
// the change has committed, so a view never shows what was rolled back.
struct UnitChanged {
    domain::RowId unitId = domain::NoId;
};
struct PersonChanged {
    domain::RowId personId = domain::NoId;
};
// A registration made, changed or removed in the period.
struct RegistrationChanged {
    domain::RowId periodId = domain::NoId;
};
// Many rows at once (demo data, an import): views reload.
struct DataReloaded {};
// A cluster-year created, changed or removed; clusterId is NoId when several
// clusters of the year changed at once (copied from the year before).
struct ClusterChanged {
    int year = 0;
    domain::RowId clusterId = domain::NoId;
};
// The covenant of the cluster-year signed, changed or removed.
struct CovenantChanged {
    domain::RowId clusterId = domain::NoId;
};
// A movement launched, changed or removed.
struct MovementChanged {
    domain::RowId movementId = domain::NoId;
};

// The ballot session of the cluster-year held, changed or removed, and with
// it the proposals its vote carried.
struct BallotChanged {
    domain::RowId clusterId = domain::NoId;
};

// A grade or a discipline record of the person, or a grade of the unit,
// set, changed or removed (the other id is NoId).
struct ConductChanged {
    domain::RowId personId = domain::NoId;
    domain::RowId unitId = domain::NoId;
};

// A criteria table, a scoring round or points in it changed; roundId is NoId
// when a criteria table changed (every round scored against it).
struct ScoringChanged {
    domain::RowId roundId = domain::NoId;
};

// An award or initiative of the person or unit recorded, changed or revoked.
struct AwardChanged {
    domain::RowId personId = domain::NoId;
    domain::RowId unitId = domain::NoId;
};

// Nominations of the year proposed, changed, moved or decided.
struct NominationChanged {
    int year = 0;
};

// A number or the verified flag of an eligibility rule edited: answers given
// before are stale.
struct EligibilityRulesChanged {};

// A section people write in a conference report edited.
struct ReportNotesChanged {
    domain::ReportKey key;
};

using ChangeEvent =
    std::variant<UnitChanged, PersonChanged, RegistrationChanged, DataReloaded, ClusterChanged,
                 CovenantChanged, MovementChanged, ConductChanged, ScoringChanged, BallotChanged,
                 AwardChanged, NominationChanged, EligibilityRulesChanged, ReportNotesChanged>;

class ChangeNotifier {
public:
    using Listener = std::function<void(const ChangeEvent&)>;

    int subscribe(Listener listener);
    void unsubscribe(int subscription);
    void publish(const ChangeEvent& event) const;

private:
    std::vector<std::pair<int, Listener>> listeners_;
    int nextId_ = 1;
};

} // namespace thidua::services
