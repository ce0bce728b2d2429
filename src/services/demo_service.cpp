#include "demo_service.h"

#include "check_constraints_off.h"
#include "demo_awards.h"
#include "demo_conduct.h"
#include "demo_justice.h"
#include "demo_provinces.h"
#include "demo_scoring.h"
#include "demo_writer.h"
#include "log.h"
#include "service_context.h"
#include "unit_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace thidua::services {

namespace {

// Rows the small demo writes, for the progress bar (measured, rounded up).
constexpr qint64 SmallDemoRows = 32000;

QJsonObject describe(const DemoOptions& options, const DemoSummary& summary) {
    return {{QStringLiteral("scale"),
             options.scale == DemoScale::Large ? QStringLiteral("large") : QStringLiteral("small")},
            {QStringLiteral("seed"), QString::number(options.seed)},
            {QStringLiteral("units"), summary.units},
            {QStringLiteral("people"), summary.people},
            {QStringLiteral("clusters"), summary.clusters},
            {QStringLiteral("registrations"), summary.registrations},
            {QStringLiteral("evaluations"), summary.evaluations},
            {QStringLiteral("disciplines"), summary.disciplines},
            {QStringLiteral("awards"), summary.awards},
            {QStringLiteral("initiatives"), summary.initiatives},
            {QStringLiteral("nominations"), summary.nominations}};
}

} // namespace

Result<DemoSummary> DemoService::generate(const DemoOptions& options,
                                          const ProgressCallback& progress) {
    auto existing = storage::UnitRepository(context_.db).count();
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0)
        return fail(ErrorCode::Conflict,
                    QCoreApplication::translate("thidua::services",
                                                "Demo data can only go into an empty database; "
                                                "%1 already holds %2 units.")
                        .arg(context_.db.path())
                        .arg(*existing));

    QElapsedTimer timer;
    timer.start();
    demo::DemoRandom random(options.seed);
    const qint64 expected = options.scale == DemoScale::Large
                                ? SmallDemoRows + demo::expectedProvinceRows()
                                : SmallDemoRows;
    demo::DemoWriter writer(context_.db, random, progress, expected);
    // Every value is built from domain types; SQLite's own CHECKs would cost a
    // third of the time (check_constraints_off.h).
    const storage::CheckConstraintsOff trusted(context_.db);
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            if (auto built = demo::buildJusticeSector(writer); !built)
                return built;
            if (options.scale == DemoScale::Large)
                if (auto built = demo::buildProvinces(writer); !built)
                    return built;
            if (auto graded = demo::addConduct(writer, options.seed, random); !graded)
                return graded;
            if (auto awarded = demo::addAwards(writer, options.seed, random); !awarded)
                return awarded;
            if (auto scored = demo::addScoring(writer, options.seed, random); !scored)
                return scored;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("database"), random.uuid(),
                                       storage::AuditAction::Generate, {},
                                       describe(options, writer.summary())));
        },
        [] { return DataReloaded{}; });
    if (!ok)
        return std::unexpected(ok.error());
    if (progress)
        progress(expected, expected);
    const DemoSummary& summary = writer.summary();
    log::get("services")
        ->info("demo data: {} units, {} people, {} clusters, {} registrations in {} ms",
               summary.units, summary.people, summary.clusters, summary.registrations,
               timer.elapsed());
    return summary;
}

} // namespace thidua::services
