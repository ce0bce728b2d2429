#pragma once

#include "period.h"
#include "registration.h"
#include "result.h"
#include "title.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace thidua::services {

struct ServiceContext;

struct RegistrationOutcome {
    domain::Registration registration;
    QString warning; // e.g. registered after the period's deadline; empty when none
};

// "Register every person of this unit for LĐTT": what it did, so that it can
// be undone as one step.
struct BulkRegistration {
    std::vector<domain::RowId> created;
    int alreadyRegistered = 0;
    QString warning;
};

// One person on a unit's registration sheet with the titles they registered.
struct SheetEntry {
    domain::RowId registrationId = domain::NoId;
    QString titleCode;
    QString abbreviation; // as clerks write it: "LĐTT"
    domain::RegistrationStatus status = domain::RegistrationStatus::Draft;
    QString returnReason;
};
struct SheetPerson {
    domain::RowId personId = domain::NoId;
    QString fullName;
    QString position;
    std::vector<SheetEntry> registrations; // by title precedence
};

// What setTitles() changed, so that the step can be undone.
struct TitlesChange {
    QStringList before; // title codes
    QStringList after;
    QString warning;
};

struct Coverage {
    qint64 staff = 0;
    qint64 registered = 0;
    // Whole per cent, rounded down so that 100 % means everyone.
    int percent() const { return staff > 0 ? static_cast<int>(registered * 100 / staff) : 0; }
};

// Đăng ký thi đua: every registration keeps the rules of
// domain/registration_rules.h, is audited, and is announced after commit.
class RegistrationService {
public:
    explicit RegistrationService(ServiceContext& context)
        : context_(context) {}

    // Refused with a message naming the subject, the title and the period when
    // a rule is broken or the same registration exists already.
    Result<RegistrationOutcome> registerTitle(domain::Registration registration);
    // Registers, in one transaction, every person of exactly this unit who has
    // no registration for the title in the period.
    Result<BulkRegistration> registerUnitStaff(domain::RowId unitId, domain::RowId periodId,
                                               const QString& titleCode, QDate registeredOn);
    // Removes registrations in one transaction: the undo of registerTitle()
    // and registerUnitStaff(). Refused in a closed period.
    Status remove(const std::vector<domain::RowId>& ids);
    Status changeStatus(domain::RowId id, domain::RegistrationStatus to, const QString& reason);
    // Moves every registration of ids that may go to `to` (a unit's drafts
    // submitted, a cluster's submissions accepted or returned), in one
    // transaction, and leaves the others as they are. Returns how many moved;
    // refused with the first one's reason when none may, or with any reason
    // the period gives (closed).
    Result<int> changeStatuses(const std::vector<domain::RowId>& ids, domain::RegistrationStatus to,
                               const QString& reason);

    // The people of exactly this unit, in list order, with their registrations.
    Result<std::vector<SheetPerson>> unitSheet(domain::RowId periodId, domain::RowId unitId);
    // Makes the person's registrations in the period exactly these titles, as
    // typed ("LĐTT, CSTĐCS"), in one transaction: adds the missing ones dated
    // registeredOn, removes the others while they are drafts; a title that is
    // not a draft is kept and the change refused, naming it.
    Result<TitlesChange> setTitles(domain::RowId periodId, domain::RowId personId,
                                   const QStringList& typedTitles, QDate registeredOn);

    Result<Coverage> coverage(domain::RowId periodId, domain::RowId unitId);
    // Titles a subject can register in the period, by precedence.
    Result<std::vector<domain::Title>> titlesFor(domain::RowId periodId,
                                                 domain::TitleSubject subject);
    Result<domain::Period> period(domain::RowId periodId);
    // The calendar-year period of the year, if the database records it.
    Result<std::optional<domain::Period>> yearPeriod(int year);
    Status setRegistrationDeadline(domain::RowId periodId, QDate deadline);
    Status setClosed(domain::RowId periodId, bool closed);

private:
    Status updatePeriod(domain::RowId periodId,
                        const std::function<Status(domain::Period&)>& change);

    ServiceContext& context_;
};

} // namespace thidua::services
