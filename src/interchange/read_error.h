#pragma once

#include "result.h"

#include <QDir>
#include <QString>

// Every reader error names the file the way the user chose it and says why in
// one Vietnamese sentence: "Không đọc được tệp D:\ds.csv: <reason>."
namespace thidua::interchange::detail {

inline std::unexpected<Error> readFailure(ErrorCode code, const QString& path,
                                          const QString& reason) {
    return fail(
        code,
        QStringLiteral("Không đọc được tệp %1: %2.").arg(QDir::toNativeSeparators(path), reason));
}

} // namespace thidua::interchange::detail
