#include "import_job.h"

#include <QCoreApplication>

namespace thidua::ui {

namespace {

// The translation context of this file's words.
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::ImportJob)
};

} // namespace

services::ImportOptions ImportJob::options(bool dryRun) const {
    services::ImportOptions result(dryRun, skipBadRows);
    result.mapping = mapping;
    result.year = year;
    result.sheet = sheet;
    return result;
}

QString columnLetters(int column) {
    QString letters;
    for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26)
        letters.prepend(QChar(u'A' + (rest - 1) % 26));
    return letters;
}

QString columnTitle(const services::ImportPreview& preview, int column) {
    const QString header = preview.headers.value(column);
    return header.isEmpty() ? ImportText::tr("Column %1").arg(columnLetters(column))
                            : QStringLiteral("%1 — %2").arg(columnLetters(column), header);
}

} // namespace thidua::ui
