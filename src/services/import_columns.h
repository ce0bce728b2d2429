#pragma once

#include "import_report.h"

#include <QStringList>

#include <array>
#include <span>
#include <string_view>
#include <vector>

// Which column of an import file holds which field. Internal to the services.
namespace thidua::services::importing {

// A field an import reads. Headers are matched by their search key (no
// diacritics, lower case) after dropping notes in brackets and the "*" that
// marks required columns, so "Họ và tên (*)", "HỌ VÀ TÊN" and "Ho va ten" all
// match "ho va ten".
struct FieldSpec {
    const char* label; // the usual Vietnamese header, for messages
    std::array<std::string_view, 6> aliases;
};

// Column index per field, -1 when the file has no such column.
class ColumnMap {
public:
    ColumnMap(const QStringList& headers, std::span<const FieldSpec> fields);

    bool has(int field) const { return columns_[static_cast<std::size_t>(field)] >= 0; }
    int column(int field) const { return columns_[static_cast<std::size_t>(field)]; }
    // The header as the file writes it, for messages.
    QString header(int field) const;
    // Problems of the header line itself: a column given twice.
    const std::vector<ImportProblem>& problems() const { return problems_; }
    // A file-level problem unless at least one of the fields has a column.
    void requireOneOf(std::initializer_list<int> fields);

private:
    QStringList headers_;
    std::span<const FieldSpec> fields_;
    std::vector<int> columns_;
    std::vector<ImportProblem> problems_;
};

// The search key a header is matched by: "Ngày sinh (dd/mm/yyyy)*" -> "ngay sinh".
QString headerKey(const QString& header);

} // namespace thidua::services::importing
