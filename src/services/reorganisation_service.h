#pragma once

#include "result.h"
#include "unit_history.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace thidua::services {

struct ServiceContext;

// A decision's number and the day it takes effect.
struct Effective {
    QDate on;
    QString decision; // "Quyết định số 12/QĐ-BTP"; may be empty
};

// Renames, mergers and transfers, kept as history: a renamed unit remembers
// its former name, a merged unit stays (closed) with its past registrations and
// awards while its people and sub-units move on, and a transferred person keeps
// every posting with its dates. Each is one audited transaction.
class ReorganisationService {
public:
    explicit ReorganisationService(ServiceContext& context)
        : context_(context) {}

    Status renameUnit(domain::RowId unitId, const QString& newName, const Effective& effective);
    // Every source closes the day before effective.on; its people move to the
    // target with their positions, its sub-units go under the target.
    Status mergeUnits(const QList<domain::RowId>& sourceIds, domain::RowId targetId,
                      const Effective& effective);
    Status transferPerson(domain::RowId personId, domain::RowId unitId, const QString& position,
                          const Effective& effective);

    Result<std::vector<domain::FormerUnitName>> formerNames(domain::RowId unitId);
    // The name the unit carried on day, as a document of that day prints it.
    Result<QString> unitNameOn(domain::RowId unitId, QDate day);
    // Oldest first; before any transfer, the current posting alone.
    Result<std::vector<domain::Assignment>> postings(domain::RowId personId);
    // NoId when the history does not reach back to day.
    Result<domain::RowId> unitOfPersonOn(domain::RowId personId, QDate day);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
