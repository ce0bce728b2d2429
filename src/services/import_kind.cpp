#include "import_kind.h"

namespace thidua::services {

QString importKindCode(ImportKind kind) {
    switch (kind) {
    case ImportKind::Units:
        return QStringLiteral("units");
    case ImportKind::People:
        return QStringLiteral("people");
    case ImportKind::Registrations:
        return QStringLiteral("registrations");
    case ImportKind::Evaluations:
        return QStringLiteral("evaluations");
    case ImportKind::Discipline:
        return QStringLiteral("discipline");
    case ImportKind::Awards:
        return QStringLiteral("awards");
    case ImportKind::Initiatives:
        return QStringLiteral("initiatives");
    }
    return {};
}

std::optional<ImportKind> importKindFromCode(const QString& code) {
    for (ImportKind kind : importKinds)
        if (importKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

} // namespace thidua::services
