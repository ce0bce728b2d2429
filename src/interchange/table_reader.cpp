#include "table_reader.h"

#include "read_error.h"

#include <QFileInfo>

namespace thidua::interchange {

namespace {

QString extensionOf(const QString& path) {
    return QFileInfo(path).suffix().toLower();
}

} // namespace

Result<SourceTable> readTable(const QString& path, const QString& sheetName) {
    const QString extension = extensionOf(path);
    if (extension == u"csv" || extension == u"txt")
        return readCsv(path);
    if (extension == u"xlsx")
        return readXlsx(path, sheetName);
    if (extension == u"xls") {
        return detail::readFailure(ErrorCode::InvalidInput, path,
                                   QStringLiteral("bảng tính Excel 97–2003 (.xls) chưa được hỗ "
                                                  "trợ, hãy mở bằng Excel và lưu lại thành .xlsx "
                                                  "hoặc .csv"));
    }
    return detail::readFailure(ErrorCode::InvalidInput, path,
                               QStringLiteral("chỉ đọc được tệp .csv, .txt hoặc .xlsx"));
}

Result<QStringList> readSheetNames(const QString& path) {
    if (extensionOf(path) != u"xlsx")
        return QStringList();
    return readXlsxSheetNames(path);
}

} // namespace thidua::interchange
