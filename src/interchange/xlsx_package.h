#pragma once

#include "result.h"

#include <QString>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

// An XLSX file is a zip package of XML parts. This opens it with minizip (the
// zlib contrib library, through a QFile so that any file name works) and
// streams one part at a time through QXmlStreamReader, so a large worksheet is
// never held in memory as bytes. Every failure (not a zip, a part missing, a
// part cut short, malformed or failing its CRC) is an error value naming the
// file.
//
// Not QuaZip: QuaZip exports its own modified copy of minizip under the same
// symbol names (zipOpen, unzOpen2_64, ...), so in a process that also loads
// libminizip, as libxlsxwriter does, one library's calls land in the other's
// functions and crash. Using libminizip itself lets this reader live in one
// program with the XLSX writer of the documents layer.
namespace thidua::interchange::detail {

struct ZipArchive;

class XlsxPackage {
public:
    static Result<XlsxPackage> open(const QString& path);

    XlsxPackage(XlsxPackage&& other) noexcept;
    XlsxPackage& operator=(XlsxPackage&& other) noexcept;
    ~XlsxPackage();

    const QString& path() const { return m_path; }

    // Part names are compared without regard to case, as Office does.
    bool contains(const QString& part) const;

    // Runs `parse` over the part. The result is `parse`'s own error, or an error
    // when the part is missing, cannot be inflated or is not well-formed XML.
    Status readXml(const QString& part,
                   const std::function<Status(QXmlStreamReader&)>& parse) const;

    // "Không đọc được tệp X: <reason>." with ErrorCode::InvalidInput.
    std::unexpected<Error> invalid(const QString& reason) const;

private:
    XlsxPackage(QString path, std::unique_ptr<ZipArchive> archive);

    QString m_path;
    std::unique_ptr<ZipArchive> m_archive;
};

} // namespace thidua::interchange::detail
