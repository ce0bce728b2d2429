#include "fixtures.h"

#include <QFile>

#include <minizip/zip.h>
#include <stdexcept>

namespace thidua::test {

QString TempFiles::write(const QString& name, const QByteArray& bytes) const {
    const QString file = path(name);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write a test file");
    return file;
}

QString TempFiles::writeZip(const QString& name, const ZipParts& parts) const {
    const QString file = path(name);
    zipFile zip = zipOpen64(QFile::encodeName(file).constData(), APPEND_STATUS_CREATE);
    if (zip == nullptr)
        throw std::runtime_error("cannot create a test zip");
    for (const auto& [part, bytes] : parts) {
        const zip_fileinfo info{};
        if (zipOpenNewFileInZip64(zip, part.toUtf8().constData(), &info, nullptr, 0, nullptr, 0,
                                  nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) != ZIP_OK ||
            zipWriteInFileInZip(zip, bytes.constData(), static_cast<unsigned>(bytes.size())) !=
                ZIP_OK ||
            zipCloseFileInZip(zip) != ZIP_OK)
            throw std::runtime_error("cannot write a test zip entry");
    }
    if (zipClose(zip, nullptr) != ZIP_OK)
        throw std::runtime_error("cannot close a test zip");
    return file;
}

ZipParts minimalXlsx(const QByteArray& sheetData, const ZipParts& extra,
                     const QByteArray& workbookPr) {
    const QByteArray relationshipsNs =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QByteArray workbookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" +
        relationshipsNs + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    for (const auto& [part, bytes] : extra) {
        if (part == u"xl/sharedStrings.xml")
            workbookRels += "<Relationship Id=\"rId2\" Type=\"" + relationshipsNs +
                            "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        if (part == u"xl/styles.xml")
            workbookRels += "<Relationship Id=\"rId3\" Type=\"" + relationshipsNs +
                            "/styles\" Target=\"styles.xml\"/>";
    }
    workbookRels += "</Relationships>";

    ZipParts parts = {
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             relationshipsNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"" +
             relationshipsNs + "\">" + workbookPr +
             "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<sheetData>" +
             sheetData + "</sheetData></worksheet>"},
    };
    parts.insert(parts.end(), extra.begin(), extra.end());
    return parts;
}

QByteArray sharedStringsXml(const std::vector<QByteArray>& strings) {
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                     "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QByteArray& text : strings)
        xml += "<si><t xml:space=\"preserve\">" + text + "</t></si>";
    return xml + "</sst>";
}

} // namespace thidua::test
