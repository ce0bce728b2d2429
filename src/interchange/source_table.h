#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// The neutral table every import reads first, whatever the file was: a header
// row and data rows of trimmed NFC text. Mapping headers to fields and
// validating values is the services' job.
namespace thidua::interchange {

struct SourceRow {
    // 1-based row number as the user sees it: the Excel row, or for text files
    // the line in a text editor where the record starts (a quoted cell with line
    // breaks makes a record span several lines).
    int line = 0;
    // Padded with empty cells to the header's width; a row may be longer when
    // it has values beyond the last header.
    QStringList cells;
};

// How the characters of a text file were decoded.
enum class SourceEncoding {
    Utf8,
    Utf16,
    // Not valid UTF-8 and no byte order mark: each byte became its Windows-1252
    // character (Latin-1, and 1252's punctuation for 0x80-0x9F), so legacy
    // TCVN3, VNI or Windows-1258 text survives byte for byte for the
    // component that converts it. Cells were trimmed of ASCII white space
    // only and not normalised.
    LegacyBytes,
    Xlsx, // XLSX stores Unicode; no decoding decision was made.
};

struct SourceTable {
    QStringList headers; // trailing empty header cells dropped
    // The rows above the header ("DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2025"), each
    // its filled cells joined by a space: an import may take its year from them.
    QStringList titles;
    std::vector<SourceRow> rows;
    QString sheetName; // the worksheet read from an XLSX file; empty for text files
    // The workbook's other worksheets with a filled cell, which were not read:
    // a clerk's "Tập thể" and "Cá nhân" tabs must not lose one silently.
    QStringList otherSheets;
    SourceEncoding encoding = SourceEncoding::Utf8;
};

} // namespace thidua::interchange
