#pragma once

#include "nomination.h"
#include "result.h"

#include <QByteArray>
#include <QDate>

#include <optional>
#include <vector>

namespace thidua::storage {

class Database;

class NominationRepository {
public:
    explicit NominationRepository(Database& db)
        : db_(db) {}

    // A second live merit nomination of the candidate for the award and year
    // is refused as a conflict.
    Status insert(domain::Nomination& nomination);
    // Every field but the uuid and the candidate.
    Status update(const domain::Nomination& nomination);
    Status remove(domain::RowId id);
    Result<domain::Nomination> find(domain::RowId id);
    // The year's nominations, optionally only those a unit proposes.
    Result<std::vector<domain::Nomination>> inYear(int year,
                                                   domain::RowId proposingUnitId = domain::NoId);
    Result<std::vector<domain::Nomination>> forPerson(domain::RowId personId);
    Result<std::vector<domain::Nomination>> forUnit(domain::RowId unitId);

    Result<domain::RowId> addFile(domain::RowId nominationId, domain::DossierPaper paper,
                                  const QString& fileName, const QByteArray& content,
                                  QDate addedOn);
    Status removeFile(domain::RowId fileId);
    Result<std::vector<domain::DossierFile>> files(domain::RowId nominationId);
    Result<QByteArray> fileContent(domain::RowId fileId);

    // The dossier deadline for the award proposed for the year by the unit,
    // from the rule row in force at the end of that year: the organiser's own
    // (the top of the unit's tree) before the national one; none without a row.
    Result<std::optional<domain::NominationDeadline>> deadline(const QString& awardCode, int year,
                                                               domain::RowId proposingUnitId);

private:
    Result<std::vector<domain::Nomination>> selectWhere(std::string_view where, qint64 id,
                                                        qint64 second = 0);
    Database& db_;
};

} // namespace thidua::storage
