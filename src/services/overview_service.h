#pragma once

#include "result.h"

#include <QString>

#include <vector>

namespace thidua::services {

struct ServiceContext;

struct ClusterSummary {
    QString name;          // "Cụm thi đua số II"
    QString organiserName; // "Bộ Tư pháp"
    QString headName;      // the head unit for that year, empty when none
    int memberCount = 0;
};

// What the Tổng quan page shows for one year.
struct Overview {
    int year = 0;
    qint64 units = 0;
    qint64 people = 0;
    qint64 individualRegistrations = 0;
    qint64 collectiveRegistrations = 0;
    qint64 peopleRegistered = 0; // distinct people with at least one registration
    std::vector<ClusterSummary> clusters;

    // Share of people who registered, 0..1 ("100% công chức đăng ký").
    double coverage() const {
        return people == 0 ? 0.0 : static_cast<double>(peopleRegistered) / people;
    }
};

class OverviewService {
public:
    explicit OverviewService(ServiceContext& context)
        : context_(context) {}

    // Years that have an emulation year recorded, newest first.
    Result<std::vector<int>> years();
    Result<Overview> overview(int year);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
