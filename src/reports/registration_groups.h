#pragma once

#include "ids.h"
#include "listing_types.h"
#include "progress.h"
#include "result.h"

#include <QString>

#include <vector>

namespace thidua::services {
class Workspace;
}

namespace thidua::reports {

// One line of a registration list, as printed.
struct RegistrationLine {
    QString name;     // the person's full name or the collective's name
    QString position; // the person's; empty for a collective
    QString unit;     // the person's unit; for a collective, the unit above it
    QString title;    // "Lao động tiên tiến"
    QString note;     // the status unless accepted: "Nháp", "Bị trả lại: thiếu hồ sơ"
};

struct TitleGroup {
    QString titleCode;
    QString titleName;
    std::vector<RegistrationLine> lines; // in unit order: the unit tree, then names
};

struct RegistrationGroups {
    std::vector<TitleGroup> collective; // by the title's precedence
    std::vector<TitleGroup> individual;

    bool empty() const { return collective.empty() && individual.empty(); }
};

// The registrations of the year for the branch of unitId (every unit for
// NoId), grouped by subject and title. Titles come in the catalogue's
// precedence (Cờ thi đua before Tập thể lao động xuất sắc, Chiến sĩ thi đua
// before Lao động tiên tiến); a title the catalogue no longer has in force
// for the year comes after them. NotFound, naming the recorded years, when the
// year has none; Cancelled when progress asked to stop. units: every unit, as
// ListingService::units() gives them, for the names above the collectives.
Result<RegistrationGroups> readRegistrationGroups(services::Workspace& workspace, int year,
                                                  domain::RowId unitId,
                                                  const std::vector<services::ListedUnit>& units,
                                                  const ReadProgress& progress = {});

} // namespace thidua::reports
