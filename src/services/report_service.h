#pragma once

#include "report_counts.h"
#include "report_kind.h"
#include "result.h"

#include <QString>

#include <map>

namespace thidua::services {

struct ServiceContext;

// What the conference reports read beyond the other services: the counts by
// unit that a report adds up for its scope, and the sections people write,
// kept with the report. Each note is audited ("report_note") in its own
// transaction and announced (ReportNotesChanged) after commit.
class ReportService {
public:
    explicit ReportService(ServiceContext& context)
        : context_(context) {}

    Result<std::vector<domain::UnitHeadcount>> unitHeadcounts(int year);
    // Of the collectives among units and of the people working in them.
    Result<std::vector<domain::AwardTally>> awardTallies(int fromYear, int toYear,
                                                         const std::vector<domain::RowId>& units);

    // By section name; sections never written are absent.
    Result<std::map<QString, QString>> notes(const domain::ReportKey& key);
    // Empty (or blank) text removes the note. Writing the text a note already
    // has changes nothing and writes no audit row.
    Status setNote(const domain::ReportKey& key, const QString& section, const QString& text);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
