#pragma once

#include "movement.h"
#include "period.h"
#include "result.h"

#include <vector>

namespace thidua::services {

struct ServiceContext;

// Phong trào thi đua with their targets, participating units and review
// dates, kept to domain/movement_rules.h. Every change is audited
// ("movement") in its own transaction and announced (MovementChanged) after
// commit.
class MovementService {
public:
    explicit MovementService(ServiceContext& context)
        : context_(context) {}

    // Movements whose period overlaps the year (0: all), by period start, then name.
    Result<std::vector<domain::Movement>> movements(int year = 0);
    Result<domain::Movement> movement(domain::RowId movementId);

    // The stored period of that kind and dates ("giai đoạn 2021–2025"),
    // created and audited when missing, for a movement to run in.
    Result<domain::Period> openPeriod(const domain::Period& period);

    // Targets are tidied and milestones sorted; the launcher and every
    // participant must be units. Refusals name the movement and the unit or
    // review concerned.
    Result<domain::Movement> create(domain::Movement movement);
    // Every field and part replaced; the uuid stays.
    Status update(domain::Movement movement);
    Status remove(domain::RowId movementId);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
