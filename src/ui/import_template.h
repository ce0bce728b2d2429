#pragma once

#include "import_report.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace thidua::ui {

// A mapping a clerk saved under a name: which header of their office's files
// holds which field. Headers, not column positions, so that next month's file
// with one more column still fits.
struct ImportTemplate {
    QString name;
    services::ImportKind kind = services::ImportKind::People;
    std::vector<std::pair<QString, QString>> columns; // header as written -> field key

    bool operator==(const ImportTemplate&) const = default;
};

// The template of mapping over a file with these headers; columns without a
// header or without a field are left out.
ImportTemplate makeImportTemplate(const QString& name, services::ImportKind kind,
                                  const services::ImportMapping& mapping,
                                  const QStringList& headers);

// How many of the template's headers this file has, compared without
// diacritics or case, as the import compares headers.
int matchingHeaders(const ImportTemplate& importTemplate, const QStringList& headers);

// The template over these headers: each field takes the column whose header
// the template names for it, or none (-1). fieldKeys: every field of the kind.
services::ImportMapping applyImportTemplate(const ImportTemplate& importTemplate,
                                            const QStringList& fieldKeys,
                                            const QStringList& headers);

} // namespace thidua::ui
