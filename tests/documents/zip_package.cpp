#include "zip_package.h"

#include <QFile>

#include <array>
#include <memory>
#include <minizip/unzip.h>

namespace thidua::documents::testing {

namespace {

struct Closer {
    void operator()(void* zip) const { unzClose(zip); }
};
using Zip = std::unique_ptr<void, Closer>;

Zip openZip(const QString& zipPath, QString* error) {
    Zip zip(unzOpen64(QFile::encodeName(zipPath).constData()));
    if (!zip) {
        *error = QStringLiteral("not a zip: ") + zipPath;
    }
    return zip;
}

} // namespace

QStringList zipEntries(const QString& zipPath, QString* error) {
    const Zip zip = openZip(zipPath, error);
    if (!zip) {
        return {};
    }
    QStringList names;
    for (int at = unzGoToFirstFile(zip.get()); at == UNZ_OK; at = unzGoToNextFile(zip.get())) {
        std::array<char, 512> name{};
        unzGetCurrentFileInfo64(zip.get(), nullptr, name.data(), name.size(), nullptr, 0, nullptr,
                                0);
        names.append(QString::fromUtf8(name.data()));
    }
    return names;
}

QByteArray zipEntry(const QString& zipPath, const QString& entry, QString* error) {
    const Zip zip = openZip(zipPath, error);
    if (!zip) {
        return {};
    }
    if (unzLocateFile(zip.get(), entry.toUtf8().constData(), 1) != UNZ_OK ||
        unzOpenCurrentFile(zip.get()) != UNZ_OK) {
        *error = QStringLiteral("no entry ") + entry;
        return {};
    }
    QByteArray bytes;
    std::array<char, 65536> buffer{};
    int read = 0;
    while ((read = unzReadCurrentFile(zip.get(), buffer.data(), unsigned(buffer.size()))) > 0) {
        bytes.append(buffer.data(), read);
    }
    // Closing checks the CRC of what was read.
    if (unzCloseCurrentFile(zip.get()) != UNZ_OK || read < 0) {
        *error = QStringLiteral("corrupt entry ") + entry;
        return {};
    }
    return bytes;
}

} // namespace thidua::documents::testing
