#pragma once

#include "result.h"

#include <QString>

#include <functional>

namespace thidua::services {

struct ServiceContext;

enum class DemoScale {
    // The justice-sector history 2018–2025 named in the seed articles.
    Small,
    // At least 100,000 people in 2,000 units and 1,000,000 registrations.
    Large,
};

struct DemoOptions {
    DemoScale scale = DemoScale::Small;
    quint64 seed = 1; // the same seed gives the same data, uuids included
};

struct DemoSummary {
    qint64 units = 0;
    qint64 people = 0;
    qint64 clusters = 0;
    qint64 registrations = 0;
    qint64 evaluations = 0;
    qint64 disciplines = 0;
    qint64 awards = 0;
    qint64 initiatives = 0;
    qint64 nominations = 0;
};

// Called with the work done so far out of the total; returning false cancels
// (the database is then left as it was).
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// Fills an empty database with demonstration data in one transaction.
class DemoService {
public:
    explicit DemoService(ServiceContext& context)
        : context_(context) {}

    Result<DemoSummary> generate(const DemoOptions& options, const ProgressCallback& progress = {});

private:
    ServiceContext& context_;
};

} // namespace thidua::services
