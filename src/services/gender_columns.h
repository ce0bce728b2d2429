#pragma once

namespace thidua::interchange {
struct SourceTable;
}

// Vietnamese lists often write the date of birth in one of two columns under
// a merged header, the men's or the women's ("Ngày sinh" over "Nam | Nữ"), so
// that the column says the gender. Every import reads a date column and a
// "Giới tính" column instead; this rewrites the pair into those two, in the
// same places, before the headers are matched. Internal to the imports.
namespace thidua::services::importing {

// Finds the pair in the row under the header (the merged header's second
// row, which is then dropped and whose other cells name their columns more
// precisely: "Chức vụ | Đơn vị" under "Chức vụ, đơn vị") or, failing that, in
// the header itself ("Nam | Nữ" with no header above them, read as dates of
// birth). In each row the first column takes the date, or year, written in
// either, and the second the gender: "Nam", "Nữ", nothing when both are
// empty, both values when both are filled, for the import to report. A
// tick ("x") is no date; when another column holds the date of birth, the
// pair only gives the gender.
void joinGenderColumns(interchange::SourceTable& table);

} // namespace thidua::services::importing
