#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Reads a zip package (DOCX, XLSX) back with minizip's unzip API, so that the
// tests check the bytes a word processor gets.
namespace thidua::documents::testing {

// The names of every entry, in the package's order; empty with *error set
// when the file is not a zip.
QStringList zipEntries(const QString& zipPath, QString* error);

// One entry's bytes; empty with *error set when it is missing or corrupt.
QByteArray zipEntry(const QString& zipPath, const QString& entry, QString* error);

} // namespace thidua::documents::testing
