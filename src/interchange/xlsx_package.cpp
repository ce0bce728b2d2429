#include "xlsx_package.h"

#include "read_error.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <algorithm>
#include <minizip/unzip.h>

namespace thidua::interchange::detail {

// The open file and minizip's handle on it; the handle reads through the file.
struct ZipArchive {
    QFile file;
    unzFile zip = nullptr;

    ~ZipArchive() {
        if (zip != nullptr)
            unzClose(zip);
    }
};

namespace {

// minizip's file functions over a QFile that is already open: `path` is the
// QFile itself, so Unicode file names work on every platform.
voidpf openFile(voidpf /*opaque*/, const void* path, int /*mode*/) {
    return const_cast<void*>(path);
}

uLong readFile(voidpf /*opaque*/, voidpf stream, void* buffer, uLong size) {
    const qint64 read = static_cast<QFile*>(stream)->read(static_cast<char*>(buffer), size);
    return read < 0 ? 0 : static_cast<uLong>(read);
}

uLong writeFile(voidpf /*opaque*/, voidpf /*stream*/, const void* /*buffer*/, uLong /*size*/) {
    return 0;
}

ZPOS64_T tellFile(voidpf /*opaque*/, voidpf stream) {
    return static_cast<ZPOS64_T>(static_cast<QFile*>(stream)->pos());
}

long seekFile(voidpf /*opaque*/, voidpf stream, ZPOS64_T offset, int origin) {
    auto* file = static_cast<QFile*>(stream);
    qint64 target = static_cast<qint64>(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        target += file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        target += file->size();
    return target >= 0 && file->seek(target) ? 0 : -1;
}

int closeFile(voidpf /*opaque*/, voidpf /*stream*/) {
    return 0; // the QFile belongs to ZipArchive
}

int fileError(voidpf /*opaque*/, voidpf stream) {
    return static_cast<QFile*>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

// The part minizip has open, as a sequential device for QXmlStreamReader.
class ZipEntryDevice final : public QIODevice {
public:
    explicit ZipEntryDevice(unzFile zip)
        : m_zip(zip) {}

    bool isSequential() const override { return true; }
    bool failed() const { return m_failed; }

    // Reads what the parser left (white space after the root element) so that
    // minizip checks the part's CRC when it is closed.
    void drain() {
        char buffer[4096];
        while (!m_failed && readData(buffer, sizeof buffer) > 0) {
        }
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const auto chunk = static_cast<unsigned>(std::min<qint64>(maxSize, 1 << 20));
        const int read = unzReadCurrentFile(m_zip, data, chunk);
        if (read < 0) {
            m_failed = true;
            return -1;
        }
        return read;
    }

    qint64 writeData(const char* /*data*/, qint64 /*size*/) override { return -1; }

private:
    unzFile m_zip;
    bool m_failed = false;
};

// Compound-document files (OLE) start with these bytes: an Excel 97–2003 .xls
// renamed to .xlsx, or an .xlsx saved with a password, which Excel encrypts
// into such a container.
bool isOleFile(QFile& file) {
    file.seek(0);
    return file.read(8) == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

} // namespace

XlsxPackage::XlsxPackage(QString path, std::unique_ptr<ZipArchive> archive)
    : m_path(std::move(path))
    , m_archive(std::move(archive)) {}

XlsxPackage::XlsxPackage(XlsxPackage&& other) noexcept = default;
XlsxPackage& XlsxPackage::operator=(XlsxPackage&& other) noexcept = default;
XlsxPackage::~XlsxPackage() = default;

Result<XlsxPackage> XlsxPackage::open(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return readFailure(ErrorCode::Io, path, QStringLiteral("tệp không tồn tại"));

    auto archive = std::make_unique<ZipArchive>();
    archive->file.setFileName(path);
    if (!info.isFile() || !archive->file.open(QIODevice::ReadOnly)) {
        return readFailure(ErrorCode::Io, path,
                           QStringLiteral("không mở được (%1)").arg(archive->file.errorString()));
    }

    zlib_filefunc64_def functions{};
    functions.zopen64_file = openFile;
    functions.zread_file = readFile;
    functions.zwrite_file = writeFile;
    functions.ztell64_file = tellFile;
    functions.zseek64_file = seekFile;
    functions.zclose_file = closeFile;
    functions.zerror_file = fileError;
    archive->zip = unzOpen2_64(&archive->file, &functions);
    if (archive->zip == nullptr) {
        if (isOleFile(archive->file)) {
            return readFailure(ErrorCode::InvalidInput, path,
                               QStringLiteral("tệp có mật khẩu hoặc là bảng tính Excel 97–2003, "
                                              "hãy mở bằng Excel, bỏ mật khẩu và lưu lại thành "
                                              ".xlsx"));
        }
        return readFailure(ErrorCode::InvalidInput, path,
                           QStringLiteral("tệp không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã "
                                          "bị hỏng"));
    }
    return XlsxPackage(path, std::move(archive));
}

bool XlsxPackage::contains(const QString& part) const {
    return unzLocateFile(m_archive->zip, part.toUtf8().constData(), 2) == UNZ_OK;
}

Status XlsxPackage::readXml(const QString& part,
                            const std::function<Status(QXmlStreamReader&)>& parse) const {
    unzFile zip = m_archive->zip;
    if (unzLocateFile(zip, part.toUtf8().constData(), 2) != UNZ_OK)
        return invalid(QStringLiteral("bảng tính thiếu phần %1").arg(part));
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return invalid(QStringLiteral("không giải nén được phần %1, tệp đã bị hỏng").arg(part));

    ZipEntryDevice entry(zip);
    entry.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&entry);
    const Status parsed = parse(xml);
    const bool xmlBroken = xml.hasError();
    if (parsed && !xmlBroken)
        entry.drain();
    const bool crcOk = unzCloseCurrentFile(zip) == UNZ_OK;
    if (!parsed)
        return parsed;
    if (xmlBroken || entry.failed() || !crcOk)
        return invalid(QStringLiteral("phần %1 bị hỏng").arg(part));
    return {};
}

std::unexpected<Error> XlsxPackage::invalid(const QString& reason) const {
    return readFailure(ErrorCode::InvalidInput, m_path, reason);
}

} // namespace thidua::interchange::detail
