#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The small rules of SpreadsheetML cells: references, number formats that mean
// dates, Excel's day serials and how numbers are written back as text.
namespace thidua::interchange::detail {

constexpr int kMaxColumns = 16384; // A .. XFD
constexpr int kMaxRows = 1048576;

struct CellPosition {
    int row = 0;    // 1-based, as Excel shows it
    int column = 0; // 0-based: A is 0
};

// "A" → 0, "Z" → 25, "AA" → 26, "XFD" → 16383; std::nullopt when not letters or
// beyond XFD.
std::optional<int> columnIndex(QStringView letters);

// "B3" → {3, 1}; std::nullopt when malformed or outside A1:XFD1048576.
std::optional<CellPosition> parseCellReference(QStringView reference);

// Whether cells with this number format show dates: the built-in ids 14–22 and
// 45–47 (and 27–36, 50–58, the East Asian built-in dates), or a custom format
// whose code has d or y, or m without h or s (then m means minutes), outside
// quoted text, [brackets] and escaped characters. "dd/mm/yyyy" is a date,
// "#,##0" and "h:mm" are not.
bool isDateFormat(int numFmtId, QStringView formatCode = {});

// An Excel day serial as "yyyy-MM-dd", the time of day dropped. In the 1900
// system serial 1 is 1900-01-01 and serial 60 is 29 February 1900, a day that
// never existed (Excel copied Lotus 1-2-3's leap-year bug): it gives
// "1900-02-29" as Excel shows it, which date validation then refuses; from 61
// on the serials are shifted back by that phantom day. In the 1904 system
// (workbookPr date1904, old Mac files) serial 0 is 1904-01-01. Serials below
// one day (times of day alone) and beyond 9999-12-31 give std::nullopt.
std::optional<QString> serialToIsoDate(double serial, bool date1904);

// A number as the neutral text of a table: integers without ".0" (42, not
// 42.0), others with up to 15 significant digits as Excel keeps them (0.1 + 0.2
// gives "0.3"), always with '.' as the decimal point.
QString formatNumber(double value);

// SpreadsheetML escapes characters XML cannot carry as _xHHHH_: "_x000D_" is a
// carriage return and "_x005F_" a literal underscore.
QString unescapeOoxml(QStringView text);

} // namespace thidua::interchange::detail
