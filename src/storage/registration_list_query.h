#pragma once

#include "list_scope.h"
#include "registration.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace thidua::storage {

class Database;

struct RegistrationListEntry {
    domain::Registration registration;
    QString subjectName; // the person's full name or the unit's name
    QString position;    // the person's; empty for a unit
    // The person's unit; for a collective registration, the unit itself, so
    // that it lists with its own people.
    domain::RowId subjectUnitId = domain::NoId;
    QString titleName;
    QByteArray sortKey; // the subject's
};

// Individual registrations are read with their people, collective ones with
// their units: a list holds the two kinds in separate runs.
enum class Subjects { People, Units };

struct RegistrationListRequest {
    domain::RowId periodId = domain::NoId;
    Subjects subjects = Subjects::People;
    QString search; // words beginning words of the subject's name (PeopleSearch)
    ListScope scope;
    ListPosition after;
    int limit = 200;
};

// The registrations of one period in the order of their subjects' names
// (then subject id, then title code), one keyset page at a time.
class RegistrationListQuery {
public:
    explicit RegistrationListQuery(Database& db)
        : db_(db) {}

    Result<std::vector<RegistrationListEntry>> page(const RegistrationListRequest& request);

private:
    Database& db_;
};

} // namespace thidua::storage
