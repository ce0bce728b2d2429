#pragma once

#include "qt_printers.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <utility>
#include <vector>

// Files for the interchange tests, made in a temporary folder by each test.
namespace thidua::test {

inline QString u8(const char* text) {
    return QString::fromUtf8(text);
}

using ZipParts = std::vector<std::pair<QString, QByteArray>>;

class TempFiles {
public:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Writes `bytes` to a new file and returns its path.
    QString write(const QString& name, const QByteArray& bytes) const;

    // Writes a zip package with these parts (deflated) and returns its path.
    QString writeZip(const QString& name, const ZipParts& parts) const;

private:
    QTemporaryDir m_dir;
};

// The parts of a minimal XLSX package: one worksheet "Sheet1" with
// `sheetData` (the XML inside <sheetData>), plus any extra parts given. The
// workbook relationships name the worksheet, and sharedStrings.xml / styles.xml
// when `extra` holds them.
ZipParts minimalXlsx(const QByteArray& sheetData, const ZipParts& extra = {},
                     const QByteArray& workbookPr = {});

// A shared string table with these UTF-8 strings.
QByteArray sharedStringsXml(const std::vector<QByteArray>& strings);

} // namespace thidua::test
