#include "overview_service.h"

#include "cluster.h"
#include "cluster_repository.h"
#include "period_repository.h"
#include "person_repository.h"
#include "registration_repository.h"
#include "service_context.h"
#include "unit_repository.h"

namespace thidua::services {

Result<std::vector<int>> OverviewService::years() {
    return storage::PeriodRepository(context_.db).years();
}

Result<Overview> OverviewService::overview(int year) {
    Overview result;
    result.year = year;
    auto units = storage::UnitRepository(context_.db).count();
    auto people = storage::PersonRepository(context_.db).count();
    if (!units || !people)
        return std::unexpected(!units ? units.error() : people.error());
    result.units = *units;
    result.people = *people;

    auto period = domain::calendarYear(year);
    auto periods = storage::PeriodRepository(context_.db).all();
    if (!periods)
        return std::unexpected(periods.error());
    for (const auto& stored : *periods) {
        if (stored.kind != period.kind || stored.start != period.start)
            continue;
        auto counts = storage::RegistrationRepository(context_.db).countsForPeriod(stored.id);
        if (!counts)
            return std::unexpected(counts.error());
        result.individualRegistrations = counts->individuals;
        result.collectiveRegistrations = counts->collectives;
        result.peopleRegistered = counts->distinctPeople;
    }

    auto clusters = storage::ClusterRepository(context_.db).listForYear(year);
    if (!clusters)
        return std::unexpected(clusters.error());
    for (const auto& row : *clusters)
        result.clusters.push_back(ClusterSummary{domain::clusterDisplayName(row.cluster),
                                                 row.organiserName, row.headName, row.memberCount});
    return result;
}

} // namespace thidua::services
