#pragma once

#include "import_report.h"

#include <QStringList>

#include <array>
#include <optional>
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
    const char* key;   // stable, for mappings and saved templates: "full_name"
    const char* label; // the usual Vietnamese header, for messages
    std::array<std::string_view, 6> aliases;
    // Fields with the same group number replace one another, and a file needs
    // a column for one field of each group; 0 for an optional field.
    int requiredGroup = 0;
};

// Column index per field, -1 when the file has no such column.
class ColumnMap {
public:
    // Matches the headers, unless the caller chose the columns (a mapping from
    // field key to column index), which then replaces the headers' meaning.
    ColumnMap(const QStringList& headers, std::span<const FieldSpec> fields,
              const std::optional<ImportMapping>& chosen = std::nullopt);

    bool has(int field) const { return columns_[static_cast<std::size_t>(field)] >= 0; }
    int column(int field) const { return columns_[static_cast<std::size_t>(field)]; }
    // The header as the file writes it, for messages; the field's label when
    // the column has no header.
    QString header(int field) const;
    // Every field key with its column or -1.
    ImportMapping mapping() const;
    // Problems of the header line or of the chosen columns: a column given
    // twice, a column or field that does not exist.
    const std::vector<ImportProblem>& problems() const { return problems_; }
    // A file-level problem for each required group without a column.
    void requireFields();

private:
    void matchHeaders();
    void takeChoice(const ImportMapping& chosen);
    QString label(std::size_t field) const;

    QStringList headers_;
    std::span<const FieldSpec> fields_;
    std::vector<int> columns_;
    std::vector<ImportProblem> problems_;
    bool chosen_ = false;
};

// The search key a header is matched by: "Ngày sinh (dd/mm/yyyy)*" -> "ngay sinh".
QString headerKey(const QString& header);

} // namespace thidua::services::importing
