#include "xlsx_reader.h"

#include "read_error.h"
#include "table_shape.h"
#include "vietnamese_format.h"
#include "xlsx_cells.h"
#include "xlsx_package.h"
#include "xlsx_workbook.h"

#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>
#include <utility>
#include <vector>

namespace thidua::interchange {

using namespace Qt::Literals::StringLiterals;

namespace {

using detail::XlsxPackage;

// What the cells of a worksheet refer to.
struct SheetContext {
    const XlsxPackage& package;
    QStringList sharedStrings;
    std::vector<bool> dateStyles;
    bool date1904 = false;
};

QString columnLetters(int column) {
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(static_cast<char16_t>(u'A' + (n - 1) % 26)));
    return letters;
}

QString cellName(detail::CellPosition position) {
    return columnLetters(position.column) + QString::number(position.row);
}

QString numberText(const QString& value, bool dateStyle, bool date1904) {
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    if (dateStyle) {
        if (auto date = detail::serialToIsoDate(number, date1904))
            return *date;
    }
    return detail::formatNumber(number);
}

// The text of one <c>, the reader on its start; leaves it on the cell's end.
Result<QString> readCell(QXmlStreamReader& xml, detail::CellPosition position,
                         const SheetContext& sheet) {
    const QXmlStreamAttributes attributes = xml.attributes();
    const QString type = attributes.value("t"_L1).toString();
    const qsizetype style = attributes.value("s"_L1).toLongLong();

    QString value;
    QString inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v")
            value = xml.readElementText();
        else if (xml.name() == u"is")
            inlineText = detail::readRichText(xml);
        else
            xml.skipCurrentElement(); // <f>: the formula; its result is in <v>
    }

    if (type == u"inlineStr")
        return inlineText;
    if (value.isEmpty())
        return QString();
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= sheet.sharedStrings.size()) {
            return sheet.package.invalid(
                QStringLiteral("ô %1 trỏ tới một chuỗi không có trong bảng tính, tệp đã bị hỏng")
                    .arg(cellName(position)));
        }
        return sheet.sharedStrings.at(index);
    }
    if (type == u"str")
        return detail::unescapeOoxml(value); // a formula's text result
    if (type == u"b")
        return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"e")
        return value; // "#N/A", "#DIV/0!" as Excel shows them
    if (type == u"d")
        return value.left(10); // ISO 8601 already: "2024-05-01T00:00:00"
    const bool dateStyle =
        style >= 0 && std::cmp_less(style, sheet.dateStyles.size()) && sheet.dateStyles[style];
    return numberText(value, dateStyle, sheet.date1904);
}

// The filled rows of <sheetData>, each cell in the column its reference names,
// or only the first `limit` of them (0: all). Writers may leave out r on rows
// and cells; they then follow the previous one.
Result<std::vector<SourceRow>> readSheet(const QString& part, const SheetContext& sheet,
                                         std::size_t limit = 0) {
    std::vector<SourceRow> rows;
    const Status read = sheet.package.readXml(part, [&](QXmlStreamReader& xml) -> Status {
        if (!xml.readNextStartElement())
            return {};
        int previousRow = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"sheetData") {
                xml.skipCurrentElement();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() != u"row") {
                    xml.skipCurrentElement();
                    continue;
                }
                const int number = xml.attributes().value("r"_L1).toInt();
                SourceRow row{number > 0 && number <= detail::kMaxRows ? number : previousRow + 1,
                              {}};
                previousRow = row.line;
                int previousColumn = -1;
                while (xml.readNextStartElement()) {
                    if (xml.name() != u"c") {
                        xml.skipCurrentElement();
                        continue;
                    }
                    const QXmlStreamAttributes attributes = xml.attributes();
                    const QStringView reference = attributes.value("r"_L1);
                    detail::CellPosition position{row.line, previousColumn + 1};
                    if (!reference.isEmpty()) {
                        const auto parsed = detail::parseCellReference(reference);
                        if (!parsed) {
                            return sheet.package.invalid(
                                QStringLiteral("ô có tham chiếu không hợp lệ \"%1\"")
                                    .arg(reference));
                        }
                        position = *parsed;
                    }
                    if (position.column >= detail::kMaxColumns) {
                        return sheet.package.invalid(
                            QStringLiteral("dòng %1 có quá nhiều cột").arg(row.line));
                    }
                    previousColumn = position.column;
                    auto text = readCell(xml, position, sheet);
                    if (!text)
                        return std::unexpected(text.error());
                    const QString cell = detail::cleanCell(*text);
                    if (cell.isEmpty())
                        continue;
                    while (row.cells.size() <= position.column)
                        row.cells.append(QString());
                    row.cells[position.column] = cell;
                }
                if (!row.cells.isEmpty())
                    rows.push_back(std::move(row));
                if (limit > 0 && rows.size() >= limit)
                    return {};
            }
        }
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

QStringList worksheetNames(const std::vector<detail::Worksheet>& sheets) {
    QStringList names;
    for (const detail::Worksheet& each : sheets)
        names << each.name;
    return names;
}

// Opens the workbook with the shared strings and date styles its cells refer
// to, and gives its worksheets and their context to use(sheets, context).
template <typename Use>
auto withWorkbook(const QString& path, Use&& use)
    -> decltype(use(std::declval<const std::vector<detail::Worksheet>&>(),
                    std::declval<const SheetContext&>())) {
    auto package = XlsxPackage::open(path);
    if (!package)
        return std::unexpected(package.error());
    const auto workbook = detail::readWorkbook(*package);
    if (!workbook)
        return std::unexpected(workbook.error());
    SheetContext sheet{*package, {}, {}, workbook->date1904};
    if (!workbook->sharedStringsPart.isEmpty()) {
        auto strings = detail::readSharedStrings(*package, workbook->sharedStringsPart);
        if (!strings)
            return std::unexpected(strings.error());
        sheet.sharedStrings = std::move(*strings);
    }
    if (!workbook->stylesPart.isEmpty()) {
        auto styles = detail::readDateStyles(*package, workbook->stylesPart);
        if (!styles)
            return std::unexpected(styles.error());
        sheet.dateStyles = std::move(*styles);
    }
    return use(workbook->sheets, sheet);
}

// The worksheets with a filled cell, in tab order, leaving out `except`.
Result<QStringList> sheetsWithData(const std::vector<detail::Worksheet>& sheets,
                                   const SheetContext& sheet,
                                   const detail::Worksheet* except = nullptr) {
    QStringList names;
    for (const detail::Worksheet& each : sheets) {
        if (&each == except)
            continue;
        const auto first = readSheet(each.part, sheet, 1);
        if (!first)
            return std::unexpected(first.error());
        if (!first->empty())
            names << each.name;
    }
    return names;
}

// The worksheet named sheetName, or the first with a filled cell, as a table
// that names the other worksheets with data.
Result<SourceTable> readChosenSheet(const QString& path, const QString& sheetName,
                                    const std::vector<detail::Worksheet>& sheets,
                                    const SheetContext& sheet) {
    const detail::Worksheet* chosen = nullptr;
    std::vector<SourceRow> rows;
    if (!sheetName.isEmpty()) {
        const auto named = std::ranges::find_if(sheets, [&](const detail::Worksheet& each) {
            return each.name.compare(sheetName, Qt::CaseInsensitive) == 0;
        });
        if (named == sheets.end())
            return detail::readFailure(
                ErrorCode::NotFound, path,
                QStringLiteral("bảng tính không có trang tính \"%1\" (các trang tính: %2)")
                    .arg(sheetName, domain::vn::quotedList(worksheetNames(sheets))));
        chosen = &*named;
    }
    // Without a choice, the first worksheet with a filled cell: a workbook
    // whose first tab was left empty still imports.
    for (const detail::Worksheet& each : sheets) {
        if (chosen && &each != chosen)
            continue;
        auto read = readSheet(each.part, sheet);
        if (!read)
            return std::unexpected(read.error());
        rows = std::move(*read);
        if (chosen || !rows.empty()) {
            chosen = &each;
            break;
        }
    }
    if (!chosen)
        chosen = &sheets.front();
    auto others = sheetsWithData(sheets, sheet, chosen);
    if (!others)
        return std::unexpected(others.error());

    auto table = detail::shapeTable(std::move(rows), path);
    if (table) {
        table->sheetName = chosen->name;
        table->otherSheets = *others;
        table->encoding = SourceEncoding::Xlsx;
    }
    return table;
}

} // namespace

Result<QStringList> readXlsxSheetNames(const QString& path) {
    return withWorkbook(path,
                        [](const std::vector<detail::Worksheet>& sheets,
                           const SheetContext& sheet) { return sheetsWithData(sheets, sheet); });
}

Result<SourceTable> readXlsx(const QString& path, const QString& sheetName) {
    return withWorkbook(
        path, [&](const std::vector<detail::Worksheet>& sheets, const SheetContext& sheet) {
            return readChosenSheet(path, sheetName, sheets, sheet);
        });
}

} // namespace thidua::interchange
