#pragma once

#include "result.h"
#include "xlsx_package.h"

#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <vector>

// The parts of an XLSX package around the worksheet: relationships, the
// workbook (which sheet comes first), shared strings and the cell styles that
// show dates.
namespace thidua::interchange::detail {

struct Relationship {
    QString id;
    QString type;   // e.g. ".../relationships/worksheet"
    QString target; // resolved to a part name inside the package: "xl/worksheets/sheet1.xml"
};

// A relationship target as a part name: absolute targets ("/xl/x.xml") lose
// their slash, relative ones are taken from the folder of `sourcePart`.
QString resolveTarget(const QString& sourcePart, const QString& target);

// The relationships of `sourcePart` (an empty name for the package itself);
// none when the package has no .rels part for it.
Result<std::vector<Relationship>> readRelationships(const XlsxPackage& package,
                                                    const QString& sourcePart);

struct Worksheet {
    QString name; // as on the sheet's tab
    QString part;
};

struct WorkbookInfo {
    std::vector<Worksheet> sheets; // in tab order, chart sheets skipped; never empty
    QString sharedStringsPart;     // empty when the workbook has no shared strings
    QString stylesPart;            // empty when the workbook has no styles
    bool date1904 = false;         // serials count from 1904-01-01 (old Mac workbooks)
};

Result<WorkbookInfo> readWorkbook(const XlsxPackage& package);

// The text of an <si> or <is> element, the reader positioned on its start: its
// own <t> or the <t> of each rich-text run <r>, without phonetic guides <rPh>,
// with _xHHHH_ escapes resolved. Leaves the reader on the element's end.
QString readRichText(QXmlStreamReader& xml);

Result<QStringList> readSharedStrings(const XlsxPackage& package, const QString& part);

// For each cell format (the cell's s attribute indexes cellXfs): whether it
// shows a date (see isDateFormat()).
Result<std::vector<bool>> readDateStyles(const XlsxPackage& package, const QString& part);

} // namespace thidua::interchange::detail
