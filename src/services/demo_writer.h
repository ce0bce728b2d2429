#pragma once

#include "cluster.h"
#include "demo_random.h"
#include "demo_service.h"
#include "ids.h"

#include <QString>

#include <vector>

namespace thidua::storage {
class Database;
}

namespace thidua::services::demo {

// A unit of the demo together with the people who work in it.
struct DemoUnit {
    domain::RowId id = domain::NoId;
    std::vector<domain::RowId> people;
};

// Writes demo rows through the repositories (inside the caller's transaction)
// and keeps the counts and the progress report.
class DemoWriter {
public:
    DemoWriter(storage::Database& db, DemoRandom& random, const ProgressCallback& progress,
               qint64 expectedRows);

    Result<domain::RowId> addUnit(const QString& name, const QString& kind, bool legalPersonality,
                                  domain::RowId parentId = domain::NoId);
    // staff people with plausible positions; the first is the head (headTitle).
    Result<DemoUnit> addStaffedUnit(const QString& name, const QString& kind,
                                    domain::RowId parentId, int staff, const QString& headTitle);
    Result<domain::RowId> addYear(int year);
    Result<domain::RowId> addCluster(domain::RowId organiserId, domain::ClusterKind kind, int year,
                                     int number, const QString& name,
                                     const std::vector<domain::RowId>& members, int headIndex);
    // Every person registers LĐTT (most) and some CSTĐ cơ sở; the unit registers
    // TTLĐTT or TTLĐXS. Past years are accepted; the current one is submitted.
    Status registerYear(domain::RowId periodId, int year, const DemoUnit& unit, bool settled);

    // For the writers of cluster records and movements (demo_clusters.h,
    // demo_movements.h), which share this transaction and this chance.
    storage::Database& db() { return db_; }
    DemoRandom& random() { return random_; }

    const DemoSummary& summary() const { return summary_; }
    DemoSummary& summary() { return summary_; }
    // Every unit and person written so far, in the order written.
    const std::vector<domain::RowId>& units() const { return units_; }
    const std::vector<domain::RowId>& people() const { return people_; }
    // False when the user cancelled.
    bool reportProgress();

private:
    Status addRegistration(domain::RowId periodId, int year, domain::RowId personId,
                           domain::RowId unitId, const QString& title, bool settled);

    storage::Database& db_;
    DemoRandom& random_;
    const ProgressCallback& progress_;
    qint64 expectedRows_;
    qint64 rowsSinceReport_ = 0;
    DemoSummary summary_;
    std::vector<domain::RowId> units_;
    std::vector<domain::RowId> people_;
};

} // namespace thidua::services::demo
