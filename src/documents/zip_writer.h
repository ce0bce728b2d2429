#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A zip package written with minizip (the same libminizip that libxlsxwriter
// zips with; not QuaZip, whose copy of minizip clashes with it, see
// src/interchange/xlsx_package.h). The package is built in a private folder
// and copied over the target only by commit(), so a failed or abandoned write
// leaves the target as it was.
namespace thidua::documents {

class ZipWriter {
public:
    // Starts a package that commit() will write to `filePath`.
    static Result<ZipWriter> create(const QString& filePath);

    ZipWriter(ZipWriter&& other) noexcept;
    ZipWriter& operator=(ZipWriter&&) = delete;
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;
    ~ZipWriter();

    // Adds one deflated entry; `name` is the path inside the package
    // ("word/document.xml").
    Status add(const QString& name, const QByteArray& bytes);

    // Finishes the package and replaces the target with it, all or nothing.
    Status commit();

private:
    ZipWriter(QString filePath, std::unique_ptr<QTemporaryDir> folder, void* zip);

    QString m_filePath;
    std::unique_ptr<QTemporaryDir> m_folder; // Removed, with the package, on destruction.
    void* m_zip = nullptr;                   // minizip's zipFile, open until commit().
};

} // namespace thidua::documents
