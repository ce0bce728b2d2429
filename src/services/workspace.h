#pragma once

#include "result.h"

#include <QString>

#include <memory>

namespace thidua::domain {
class Clock;
}

namespace thidua::storage {
class Database;
}

namespace thidua::services {

class CatalogueService;
class ChangeNotifier;
class ClusterService;
class ConductService;
class CovenantService;
class CriteriaService;
class DemoService;
class EligibilityService;
class ImportService;
class ListingService;
class MaintenanceService;
class MovementService;
class OverviewService;
class RegistrationService;
class ReorganisationService;
class ScoringService;
class VoteRuleService;
class AwardService;
class NominationService;
class VotingService;
class ReportService;

// One open database and the services that work on it. The GUI and the CLI
// both start here; neither sees SQL. Belongs to the thread that opened it.
class Workspace {
public:
    // Opens (creating when missing) and migrates the file. The actor is who
    // the audit log names for changes made through this workspace.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const domain::Clock& clock,
                                                   const QString& actor);
    // A second, read-only connection to a file that open() has migrated, for
    // work off the GUI thread: lists read through it while the user edits
    // through the first. Its services that write fail.
    static Result<std::unique_ptr<Workspace>> openForReading(const QString& path,
                                                             const domain::Clock& clock);
    ~Workspace();

    QString path() const;
    // The backup written before this open migrated an older schema, if any.
    QString migrationBackupPath() const;
    // "Now" for the services: documents made from this workspace are dated by it.
    const domain::Clock& clock() const;

    ChangeNotifier& changes();
    CatalogueService& catalogue();
    OverviewService& overview();
    RegistrationService& registrations();
    DemoService& demo();
    ImportService& imports();
    ListingService& listing();
    MaintenanceService& maintenance();
    ClusterService& clusters();
    CovenantService& covenants();
    MovementService& movements();
    ReorganisationService& reorganisation();
    ConductService& conduct();
    CriteriaService& criteria();
    ScoringService& scoring();
    VotingService& voting();
    VoteRuleService& voteRules();
    AwardService& awards();
    NominationService& nominations();
    EligibilityService& eligibility();
    ReportService& reports();

private:
    struct Impl;
    explicit Workspace(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d_;
};

// Who is working: the operating-system account, for the audit log.
QString currentActor();

} // namespace thidua::services
