#include "score_sheet_document.h"

#include <array>
#include <utility>

namespace thidua::ui {

documents::Document scoreSheetDocument(const services::ScoreSheetFile& file) {
    documents::Document document;
    document.orientation = documents::Orientation::Landscape;
    document.documentType = file.title;
    document.summary = file.summary;
    documents::Table table;
    // Widths and alignments of Đơn vị, Mã tiêu chí, Tiêu chí, Điểm tối đa,
    // Điểm and Ghi chú.
    const std::array<std::pair<double, documents::Alignment>, 6> shapes{{
        {3, documents::Alignment::Left},
        {1, documents::Alignment::Center},
        {5, documents::Alignment::Left},
        {1, documents::Alignment::Right},
        {1, documents::Alignment::Right},
        {4, documents::Alignment::Left},
    }};
    for (qsizetype column = 0; column < file.headers.size(); ++column) {
        const auto& [width, alignment] = shapes.at(static_cast<std::size_t>(column));
        table.columns.append({file.headers.at(column), width, alignment});
    }
    for (const QStringList& row : file.rows)
        table.rows.append(documents::TableRow::data(row));
    document.add(std::move(table));
    return document;
}

} // namespace thidua::ui
