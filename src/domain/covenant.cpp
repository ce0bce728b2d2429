#include "covenant.h"

#include "vietnamese_text.h"

namespace thidua::domain {

QStringList tidyTargets(const QStringList& targets) {
    QStringList tidy;
    for (const QString& target : targets) {
        QString text = vn::normalized(target);
        if (!text.isEmpty())
            tidy.append(std::move(text));
    }
    return tidy;
}

} // namespace thidua::domain
