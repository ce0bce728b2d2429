#include "demo_writer.h"

#include "cluster_repository.h"
#include "demo_names.h"
#include "period_repository.h"
#include "person_repository.h"
#include "registration_repository.h"
#include "unit_repository.h"

#include <array>

namespace thidua::services::demo {

namespace {

constexpr qint64 RowsPerReport = 5000;

std::unexpected<Error> cancelled() {
    return fail(ErrorCode::Cancelled, {});
}

constexpr std::array<const char16_t*, 6> staffPositions{
    u"Chuyên viên",       u"Chuyên viên",         u"Chuyên viên chính",
    u"Chuyên viên chính", u"Chuyên viên cao cấp", u"Kế toán viên"};

} // namespace

DemoWriter::DemoWriter(storage::Database& db, DemoRandom& random, const ProgressCallback& progress,
                       qint64 expectedRows)
    : db_(db)
    , random_(random)
    , progress_(progress)
    , expectedRows_(expectedRows) {}

bool DemoWriter::reportProgress() {
    if (++rowsSinceReport_ < RowsPerReport || !progress_)
        return true;
    rowsSinceReport_ = 0;
    const qint64 done =
        summary_.units + summary_.people + summary_.registrations + summary_.evaluations;
    return progress_(std::min(done, expectedRows_), expectedRows_);
}

Result<domain::RowId> DemoWriter::addUnit(const QString& name, const QString& kind,
                                          bool legalPersonality, domain::RowId parentId) {
    domain::Unit unit;
    unit.uuid = random_.uuid();
    unit.name = name;
    unit.kind = kind;
    unit.hasLegalPersonality = legalPersonality;
    unit.parentId = parentId;
    if (auto ok = storage::UnitRepository(db_).insert(unit); !ok)
        return std::unexpected(ok.error());
    ++summary_.units;
    units_.push_back(unit.id);
    return unit.id;
}

Result<DemoUnit> DemoWriter::addStaffedUnit(const QString& name, const QString& kind,
                                            domain::RowId parentId, int staff,
                                            const QString& headTitle) {
    auto unitId = addUnit(name, kind, parentId == domain::NoId || kind != QStringLiteral("section"),
                          parentId);
    if (!unitId)
        return std::unexpected(unitId.error());
    DemoUnit unit{*unitId, {}};
    storage::PersonRepository people(db_);
    for (int i = 0; i < staff; ++i) {
        domain::Person person;
        person.uuid = random_.uuid();
        person.gender = random_.chance(55) ? domain::Gender::Female : domain::Gender::Male;
        person.name = randomName(random_, person.gender);
        person.birthDate =
            QDate(random_.between(1964, 2000), random_.between(1, 12), random_.between(1, 28));
        person.unitId = unit.id;
        person.position = i == 0   ? headTitle
                          : i <= 2 ? QStringLiteral("Phó %1").arg(headTitle)
                                   : QString::fromUtf16(random_.pick(staffPositions));
        if (auto ok = people.insert(person); !ok)
            return std::unexpected(ok.error());
        unit.people.push_back(person.id);
        people_.push_back(person.id);
        ++summary_.people;
        if (!reportProgress())
            return cancelled();
    }
    return unit;
}

Result<domain::RowId> DemoWriter::addYear(int year) {
    auto period = domain::calendarYear(year);
    period.uuid = random_.uuid();
    auto half = domain::firstHalfOfYear(year);
    half.uuid = random_.uuid();
    storage::PeriodRepository periods(db_);
    if (auto ok = periods.ensure(half); !ok)
        return std::unexpected(ok.error());
    if (auto ok = periods.ensure(period); !ok)
        return std::unexpected(ok.error());
    return period.id;
}

Result<domain::RowId> DemoWriter::addCluster(domain::RowId organiserId, domain::ClusterKind kind,
                                             int year, int number, const QString& name,
                                             const std::vector<domain::RowId>& members,
                                             int headIndex) {
    domain::Cluster cluster{domain::NoId, random_.uuid(), organiserId, kind, year, number, name};
    storage::ClusterRepository clusters(db_);
    if (auto ok = clusters.insert(cluster); !ok)
        return std::unexpected(ok.error());
    const int count = static_cast<int>(members.size());
    for (int i = 0; i < count; ++i) {
        const auto role = i == headIndex % count         ? domain::ClusterRole::Head
                          : i == (headIndex + 1) % count ? domain::ClusterRole::Deputy
                                                         : domain::ClusterRole::Member;
        if (auto ok = clusters.addMember(cluster.id, {members[static_cast<std::size_t>(i)], role});
            !ok)
            return std::unexpected(ok.error());
    }
    ++summary_.clusters;
    return cluster.id;
}

Status DemoWriter::addRegistration(domain::RowId periodId, int year, domain::RowId personId,
                                   domain::RowId unitId, const QString& title, bool settled) {
    domain::Registration registration;
    registration.uuid = random_.uuid();
    registration.periodId = periodId;
    registration.personId = personId;
    registration.unitId = unitId;
    registration.titleCode = title;
    registration.status =
        settled ? domain::RegistrationStatus::Accepted : domain::RegistrationStatus::Submitted;
    registration.registeredOn = QDate(year, random_.between(1, 2), random_.between(5, 28));
    if (auto ok = storage::RegistrationRepository(db_).insert(registration); !ok)
        return ok;
    ++summary_.registrations;
    if (!reportProgress())
        return cancelled();
    return {};
}

Status DemoWriter::registerYear(domain::RowId periodId, int year, const DemoUnit& unit,
                                bool settled) {
    const QString collective =
        random_.chance(40) ? QStringLiteral("TTLDXS") : QStringLiteral("TTLDTT");
    if (auto ok = addRegistration(periodId, year, domain::NoId, unit.id, collective, settled); !ok)
        return ok;
    for (const domain::RowId person : unit.people) {
        if (!random_.chance(97))
            continue;
        if (auto ok = addRegistration(periodId, year, person, domain::NoId, QStringLiteral("LDTT"),
                                      settled);
            !ok)
            return ok;
        if (random_.chance(15))
            if (auto ok = addRegistration(periodId, year, person, domain::NoId,
                                          QStringLiteral("CSTDCS"), settled);
                !ok)
                return ok;
    }
    return {};
}

} // namespace thidua::services::demo
