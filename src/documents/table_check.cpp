#include "table_check.h"

namespace thidua::documents {

Status checkTable(const Table& table) {
    if (table.columns.isEmpty()) {
        return fail(ErrorCode::InvalidInput, QStringLiteral("Bảng không có cột nào."));
    }
    if (!(table.fontPointSize > 0)) {
        return fail(ErrorCode::InvalidInput, QStringLiteral("Cỡ chữ của bảng không hợp lệ."));
    }
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (!(table.columns.at(c).relativeWidth > 0)) {
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("Cột %1 (\"%2\") của bảng có độ rộng không hợp lệ.")
                            .arg(QString::number(c + 1), table.columns.at(c).header));
        }
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const TableRow& row = table.rows.at(r);
        if (row.kind == TableRow::Kind::Data && row.cells.size() > table.columns.size()) {
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("Dòng %1 của bảng có %2 ô, nhiều hơn số cột (%3).")
                            .arg(r + 1)
                            .arg(row.cells.size())
                            .arg(table.columns.size()));
        }
    }

    return {};
}

Status checkTables(const Document& document) {
    for (const Block& block : document.blocks) {
        if (const auto* table = std::get_if<Table>(&block)) {
            if (auto valid = checkTable(*table); !valid) {
                return valid;
            }
        }
    }
    return {};
}

} // namespace thidua::documents
