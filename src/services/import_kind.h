#pragma once

#include <QString>

#include <array>
#include <optional>

namespace thidua::services {

// What a file to import holds.
enum class ImportKind {
    Units,
    People,
    Registrations,
    Evaluations,
    Discipline,
    Awards,
    Initiatives
};

// Every kind, in the order the wizard and the documentation list them.
inline constexpr std::array<ImportKind, 7> importKinds{
    ImportKind::Units,      ImportKind::People, ImportKind::Registrations, ImportKind::Evaluations,
    ImportKind::Discipline, ImportKind::Awards, ImportKind::Initiatives};

// "units", "people", "registrations", "evaluations", "discipline", "awards", "initiatives": the
// words of the command line and of saved templates, never translated.
QString importKindCode(ImportKind kind);
std::optional<ImportKind> importKindFromCode(const QString& code);

} // namespace thidua::services
