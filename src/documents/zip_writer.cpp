#include "zip_writer.h"

#include "output_file.h"

#include <QDateTime>
#include <QFile>

#include <limits>
#include <minizip/zip.h>
#include <utility>

namespace thidua::documents {

namespace {

const QString kPackageName = QStringLiteral("package.zip");

} // namespace

Result<ZipWriter> ZipWriter::create(const QString& filePath) {
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid()) {
        return cannotWrite(filePath, folder->errorString());
    }
    const QByteArray built = QFile::encodeName(folder->filePath(kPackageName));
    zipFile zip = zipOpen64(built.constData(), APPEND_STATUS_CREATE);
    if (zip == nullptr) {
        return cannotWrite(filePath, QStringLiteral("không tạo được gói nén"));
    }
    return ZipWriter(filePath, std::move(folder), zip);
}

ZipWriter::ZipWriter(QString filePath, std::unique_ptr<QTemporaryDir> folder, void* zip)
    : m_filePath(std::move(filePath))
    , m_folder(std::move(folder))
    , m_zip(zip) {}

ZipWriter::ZipWriter(ZipWriter&& other) noexcept
    : m_filePath(std::move(other.m_filePath))
    , m_folder(std::move(other.m_folder))
    , m_zip(std::exchange(other.m_zip, nullptr)) {}

ZipWriter::~ZipWriter() {
    if (m_zip != nullptr) {
        zipClose(m_zip, nullptr);
    }
}

Status ZipWriter::add(const QString& name, const QByteArray& bytes) {
    if (m_zip == nullptr) {
        return cannotWrite(m_filePath, QStringLiteral("gói nén đã đóng"));
    }
    // Entries carry the local time of writing, as zip tools expect.
    const QDateTime now = QDateTime::currentDateTime();
    zip_fileinfo info{};
    info.tmz_date.tm_sec = uInt(now.time().second());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_year = uInt(now.date().year());
    // One call writes an entry of at most 4 GiB, far beyond any document.
    if (bytes.size() > qsizetype(std::numeric_limits<unsigned>::max())) {
        return cannotWrite(m_filePath, QStringLiteral("\"%1\" quá lớn").arg(name));
    }
    const QByteArray entry = name.toUtf8();
    if (zipOpenNewFileInZip(m_zip, entry.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                            Z_DEFLATED, Z_DEFAULT_COMPRESSION) != ZIP_OK) {
        return cannotWrite(m_filePath, QStringLiteral("không thêm được \"%1\"").arg(name));
    }
    if (zipWriteInFileInZip(m_zip, bytes.constData(), unsigned(bytes.size())) != ZIP_OK) {
        zipCloseFileInZip(m_zip);
        return cannotWrite(m_filePath, QStringLiteral("không ghi được \"%1\"").arg(name));
    }
    if (zipCloseFileInZip(m_zip) != ZIP_OK) {
        return cannotWrite(m_filePath, QStringLiteral("không ghi được \"%1\"").arg(name));
    }
    return {};
}

Status ZipWriter::commit() {
    if (m_zip == nullptr) {
        return cannotWrite(m_filePath, QStringLiteral("gói nén đã đóng"));
    }
    const int closed = zipClose(std::exchange(m_zip, nullptr), nullptr);
    if (closed != ZIP_OK) {
        return cannotWrite(m_filePath, QStringLiteral("không hoàn tất được gói nén"));
    }
    return replaceWith(m_filePath, m_folder->filePath(kPackageName));
}

} // namespace thidua::documents
