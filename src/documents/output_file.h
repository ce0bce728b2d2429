#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// What the renderers share about the file they write.
namespace thidua::documents {

// "Không ghi được tệp "…": reason", naming the file as the system shows it.
std::unexpected<Error> cannotWrite(const QString& filePath, const QString& reason);

// Replaces filePath with `bytes`, all or nothing (QSaveFile), for writers that
// build the whole file in memory.
Status replaceWithBytes(const QString& filePath, const QByteArray& bytes);

// Replaces filePath with the file at builtPath, all or nothing (QSaveFile), for
// writers that can only write to a path of their own.
Status replaceWith(const QString& filePath, const QString& builtPath);

} // namespace thidua::documents
