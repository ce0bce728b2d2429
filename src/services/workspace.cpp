#include "workspace.h"

#include "award_service.h"
#include "catalogue_service.h"
#include "cluster_service.h"
#include "conduct_service.h"
#include "covenant_service.h"
#include "criteria_service.h"
#include "demo_service.h"
#include "eligibility_service.h"
#include "import_service.h"
#include "listing_service.h"
#include "log.h"
#include "maintenance_service.h"
#include "migrator.h"
#include "movement_service.h"
#include "nomination_service.h"
#include "overview_service.h"
#include "registration_service.h"
#include "reorganisation_service.h"
#include "report_service.h"
#include "scoring_service.h"
#include "service_context.h"
#include "service_text.h"
#include "vote_rule_service.h"
#include "voting_service.h"

#include <QFileInfo>

namespace thidua::services {

struct Workspace::Impl {
    Impl(storage::Database database, const domain::Clock& clock, const QString& actor)
        : db(std::move(database))
        , context{db, clock, actor, changes} {}

    storage::Database db;
    ChangeNotifier changes;
    ServiceContext context;
    QString migrationBackupPath;
    CatalogueService catalogue{context};
    OverviewService overview{context};
    RegistrationService registrations{context};
    DemoService demo{context};
    ImportService imports{context};
    ListingService listing{context};
    MaintenanceService maintenance{context};
    ClusterService clusters{context};
    CovenantService covenants{context};
    MovementService movements{context};
    ReorganisationService reorganisation{context};
    ConductService conduct{context};
    CriteriaService criteria{context};
    ScoringService scoring{context};
    VotingService voting{context};
    VoteRuleService voteRules{context};
    AwardService awards{context};
    NominationService nominations{context};
    EligibilityService eligibility{context};
    ReportService reports{context};
};

Workspace::Workspace(std::unique_ptr<Impl> impl)
    : d_(std::move(impl)) {}
Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const domain::Clock& clock,
                                                   const QString& actor) {
    auto db = storage::Database::open(QFileInfo(path).absoluteFilePath());
    if (!db)
        return std::unexpected(db.error());
    auto migrated = storage::migrate(*db);
    if (!migrated)
        return std::unexpected(migrated.error());
    auto impl = std::make_unique<Impl>(std::move(*db), clock, actor);
    impl->migrationBackupPath = migrated->backupPath;
    log::get("services")
        ->info("workspace {} opened by {} (schema {} -> {})", path, actor, migrated->fromVersion,
               migrated->toVersion);
    return std::unique_ptr<Workspace>(new Workspace(std::move(impl)));
}

Result<std::unique_ptr<Workspace>> Workspace::openForReading(const QString& path,
                                                             const domain::Clock& clock) {
    auto db =
        storage::Database::open(QFileInfo(path).absoluteFilePath(), storage::OpenMode::ReadOnly);
    if (!db)
        return std::unexpected(db.error());
    auto version = db->userVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version != storage::latestSchemaVersion())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("%1 has schema version %2; open it for editing first, which "
                             "brings it to version %3.")
                        .arg(path)
                        .arg(*version)
                        .arg(storage::latestSchemaVersion()));
    return std::unique_ptr<Workspace>(
        new Workspace(std::make_unique<Impl>(std::move(*db), clock, QString())));
}

QString Workspace::path() const {
    return d_->db.path();
}
QString Workspace::migrationBackupPath() const {
    return d_->migrationBackupPath;
}
const domain::Clock& Workspace::clock() const {
    return d_->context.clock;
}
ChangeNotifier& Workspace::changes() {
    return d_->changes;
}
RegistrationService& Workspace::registrations() {
    return d_->registrations;
}
ImportService& Workspace::imports() {
    return d_->imports;
}
ListingService& Workspace::listing() {
    return d_->listing;
}
CatalogueService& Workspace::catalogue() {
    return d_->catalogue;
}
OverviewService& Workspace::overview() {
    return d_->overview;
}
DemoService& Workspace::demo() {
    return d_->demo;
}
MaintenanceService& Workspace::maintenance() {
    return d_->maintenance;
}
ClusterService& Workspace::clusters() {
    return d_->clusters;
}
CovenantService& Workspace::covenants() {
    return d_->covenants;
}
MovementService& Workspace::movements() {
    return d_->movements;
}
ReorganisationService& Workspace::reorganisation() {
    return d_->reorganisation;
}
ConductService& Workspace::conduct() {
    return d_->conduct;
}

CriteriaService& Workspace::criteria() {
    return d_->criteria;
}

ScoringService& Workspace::scoring() {
    return d_->scoring;
}

VotingService& Workspace::voting() {
    return d_->voting;
}

VoteRuleService& Workspace::voteRules() {
    return d_->voteRules;
}

AwardService& Workspace::awards() {
    return d_->awards;
}

NominationService& Workspace::nominations() {
    return d_->nominations;
}

EligibilityService& Workspace::eligibility() {
    return d_->eligibility;
}

ReportService& Workspace::reports() {
    return d_->reports;
}

QString currentActor() {
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

} // namespace thidua::services
