#pragma once

#include "report_kind.h"
#include "result.h"

#include <QString>

#include <map>

namespace thidua::storage {

class Database;

// The sections of a conference report that people write, by section name.
// Writes run inside the caller's transaction.
class ReportNoteRepository {
public:
    explicit ReportNoteRepository(Database& db)
        : db_(db) {}

    Result<std::map<QString, QString>> notes(const domain::ReportKey& key);
    // Empty text removes the section's note.
    Status put(const domain::ReportKey& key, const QString& section, const QString& text);

private:
    Database& db_;
};

} // namespace thidua::storage
