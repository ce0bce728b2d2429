#pragma once

#include "covenant.h"
#include "result.h"

#include <optional>

namespace thidua::services {

struct ServiceContext;

// Giao ước thi đua of a cluster-year: at most one per cluster, signed by its
// members within its year (domain/cluster_rules.h). Every change is audited
// ("covenant") in its own transaction and announced (CovenantChanged) after
// commit.
class CovenantService {
public:
    explicit CovenantService(ServiceContext& context)
        : context_(context) {}

    Result<std::optional<domain::Covenant>> forCluster(domain::RowId clusterId);
    // Targets are tidied (domain::tidyTargets). Refused (Conflict) when the
    // cluster already has a covenant.
    Result<domain::Covenant> create(domain::Covenant covenant);
    // Date, place, signatories and targets; cluster and uuid stay.
    Status update(domain::Covenant covenant);
    Status remove(domain::RowId covenantId);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
