#include "import_template.h"

#include "vietnamese_text.h"

namespace thidua::ui {

namespace {

// The column whose header reads like header, or -1.
int findHeader(const QStringList& headers, const QString& header) {
    const QString key = domain::vn::searchKey(header);
    for (int column = 0; column < headers.size(); ++column)
        if (!headers.at(column).isEmpty() && domain::vn::searchKey(headers.at(column)) == key)
            return column;
    return -1;
}

} // namespace

ImportTemplate makeImportTemplate(const QString& name, services::ImportKind kind,
                                  const services::ImportMapping& mapping,
                                  const QStringList& headers) {
    ImportTemplate result{name, kind, {}};
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        if (const QString header = headers.value(it.value()); !header.isEmpty())
            result.columns.emplace_back(header, it.key());
    return result;
}

int matchingHeaders(const ImportTemplate& importTemplate, const QStringList& headers) {
    int found = 0;
    for (const auto& column : importTemplate.columns)
        found += findHeader(headers, column.first) >= 0 ? 1 : 0;
    return found;
}

services::ImportMapping applyImportTemplate(const ImportTemplate& importTemplate,
                                            const QStringList& fieldKeys,
                                            const QStringList& headers) {
    services::ImportMapping mapping;
    for (const QString& key : fieldKeys)
        mapping.insert(key, -1);
    for (const auto& [header, key] : importTemplate.columns)
        if (mapping.contains(key))
            mapping.insert(key, findHeader(headers, header));
    return mapping;
}

} // namespace thidua::ui
