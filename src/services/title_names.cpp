#include "title_names.h"

#include "title_repository.h"

#include <QHash>

#include <memory>

namespace thidua::services {

Result<domain::TitleNames> titleNames(storage::Database& db) {
    auto titles = storage::TitleRepository(db).all();
    if (!titles)
        return std::unexpected(titles.error());
    auto names = std::make_shared<QHash<QString, QString>>();
    for (const domain::Title& title : *titles)
        names->insert(title.code, title.name);
    return [names](const QString& code) {
        return names->value(code);
    };
}

} // namespace thidua::services
