#include "conference_parts.h"
#include "movement.h"
#include "movement_service.h"
#include "registration_service.h"
#include "report_sections.h"
#include "report_service.h"
#include "report_text.h"
#include "vietnamese_format.h"
#include "workspace.h"

#include <algorithm>

namespace thidua::reports {

QString ConferenceFacts::note(const QString& section) const {
    const auto found = notes.find(section);
    return found == notes.end() ? QString() : found->second;
}

Status readCoverage(services::Workspace& workspace, const ReportScope& scope, int year,
                    std::vector<Coverage>* groups, Coverage& total) {
    auto counts = workspace.reports().unitHeadcounts(year);
    if (!counts)
        return std::unexpected(counts.error());
    total = Coverage{scope.name};
    if (groups)
        for (const auto& [name, units] : scope.groups)
            groups->push_back(Coverage{name});
    for (const domain::UnitHeadcount& count : *counts) {
        if (!scope.covered.contains(count.unitId))
            continue;
        auto add = [&](Coverage& line) {
            line.people += count.people;
            line.registered += count.peopleRegistered;
            line.collectiveTitles += count.collectiveRegistrations;
        };
        add(total);
        if (groups)
            for (std::size_t i = 0; i < scope.groups.size(); ++i)
                if (scope.groups[i].second.contains(count.unitId))
                    add((*groups)[i]);
    }
    return {};
}

Result<std::vector<MovementFacts>> readMovements(services::Workspace& workspace,
                                                 const ReportScope& scope, int from, int to) {
    auto movements = workspace.movements().movements();
    if (!movements)
        return std::unexpected(movements.error());
    std::map<domain::RowId, domain::Period> periods;
    std::vector<MovementFacts> facts;
    for (const domain::Movement& movement : *movements) {
        if (!periods.contains(movement.periodId)) {
            auto period = workspace.registrations().period(movement.periodId);
            if (!period)
                return std::unexpected(period.error());
            periods.emplace(movement.periodId, *period);
        }
        const domain::Period& period = periods.at(movement.periodId);
        if (period.end.year() < from || period.start.year() > to)
            continue;
        const auto participants = std::ranges::count_if(
            movement.participantIds, [&](domain::RowId id) { return scope.covered.contains(id); });
        if (participants == 0 && !scope.covered.contains(movement.launcherId))
            continue;
        // An official document, in Vietnamese whatever the interface's language.
        const QString kind = movement.kind == domain::MovementKind::Thematic
                                 ? QStringLiteral("chuyên đề")
                                 : QStringLiteral("thường xuyên");
        facts.push_back({movement.name, kind, scope.unitName(movement.launcherId),
                         movement.document, movement.launchedOn, period.label, movement.targets,
                         static_cast<int>(participants), period.end.year() > period.start.year()});
    }
    return facts;
}

namespace {

Status readModelConference(services::Workspace& workspace, const ReportScope& scope,
                           const TitleNames& titles, ConferenceFacts& facts) {
    for (int year = facts.fromYear; year <= facts.toYear; ++year)
        if (auto ok = readCoverage(workspace, scope, year, nullptr, facts.coverageByYear[year]);
            !ok)
            return ok;
    auto next = readMovements(workspace, scope, facts.toYear + 1, facts.toYear + 5);
    auto proposals = readProposalsUp(workspace, scope, titles);
    auto models = readPeriodModels(workspace, scope, titles, facts.fromYear, facts.toYear);
    if (!next || !proposals || !models)
        return std::unexpected(!next        ? next.error()
                               : !proposals ? proposals.error()
                                            : models.error());
    // What the conference launches runs through the next period, not one year of it.
    std::erase_if(*next, [](const MovementFacts& movement) { return !movement.spansYears; });
    facts.nextMovements = std::move(*next);
    facts.proposalsUp = std::move(*proposals);
    facts.periodModels = std::move(*models);
    return {};
}

} // namespace

Result<ConferenceFacts> readConferenceFacts(services::Workspace& workspace,
                                            const ReportRequest& request,
                                            const ReadProgress& progress) {
    auto scope = readReportScope(workspace, request);
    if (!scope)
        return std::unexpected(scope.error());
    auto stop = [&](qint64 step) -> Status {
        if (progress && !progress(step))
            return fail(ErrorCode::Cancelled, Text::tr("The report was cancelled."));
        return {};
    };
    ConferenceFacts facts;
    facts.request = request;
    facts.request.year = scope->year;
    facts.key = {request.kind, request.scope, scope->uuid, scope->year};
    facts.scopeName = scope->name;
    facts.organiser = scope->organiser;
    facts.header = scope->header;
    facts.toYear = scope->year;
    facts.fromYear = request.kind == domain::ReportKind::ModelConference
                         ? domain::modelPeriodStart(scope->year)
                         : scope->year;
    auto titles = TitleNames::read(workspace, scope->year);
    if (!titles)
        return std::unexpected(titles.error());
    if (auto ok =
            readCoverage(workspace, *scope, scope->year, &facts.coverage, facts.totalCoverage);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = stop(1); !ok)
        return std::unexpected(ok.error());
    auto clusters = readClusterFacts(workspace, *scope, request.kind, *titles);
    auto movements = readMovements(workspace, *scope, facts.fromYear, facts.toYear);
    if (!clusters || !movements)
        return std::unexpected(!clusters ? clusters.error() : movements.error());
    facts.clusters = std::move(*clusters);
    facts.movements = std::move(*movements);
    if (auto ok = stop(2); !ok)
        return std::unexpected(ok.error());
    // The chart of awards by level looks five years back, whatever the report.
    auto awards = readAwardCounts(workspace, *scope, *titles, domain::modelPeriodStart(scope->year),
                                  facts.toYear);
    auto honorees = readHonorees(workspace, *scope, request.kind, *titles);
    auto notes = workspace.reports().notes(facts.key);
    if (!awards || !honorees || !notes)
        return std::unexpected(!awards     ? awards.error()
                               : !honorees ? honorees.error()
                                           : notes.error());
    facts.awards = std::move(*awards);
    facts.honorees = std::move(*honorees);
    facts.notes = std::move(*notes);
    if (!request.issue.date.isValid())
        if (const auto day = domain::vn::parseDate(facts.note(domain::sections::Day)))
            facts.header.date = *day;
    if (auto ok = stop(3); !ok)
        return std::unexpected(ok.error());
    if (request.kind == domain::ReportKind::ModelConference)
        if (auto ok = readModelConference(workspace, *scope, *titles, facts); !ok)
            return std::unexpected(ok.error());
    return facts;
}

} // namespace thidua::reports
