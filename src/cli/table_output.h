#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

// Lists written as aligned text for people, CSV for spreadsheets and JSON for
// scripts, row by row as they are read, so a long list is never held whole.
namespace thidua::cli {

enum class ListFormat { Text, Csv, Json };

// --format text|csv|json; text when empty, nullopt for anything else.
std::optional<ListFormat> listFormatNamed(const QString& text);

struct Column {
    QString key;    // the JSON key: stable English, never translated
    QString header; // translated, for text and CSV
    bool alignRight = false;
    // Where the column appears: row numbers (STT) are for people reading,
    // uuids and codes for scripts.
    bool inTable = true; // text and CSV
    bool inJson = true;
};

// One value as each format writes it: text and CSV show what a clerk reads
// ("14/03/1985", "Nữ"), JSON keeps what a program reads ("1985-03-14", "female").
struct Cell {
    QString text;
    QJsonValue json;
    int indent = 0; // text only: the depth of a unit in the tree
};

// The same words everywhere; null in JSON when empty.
Cell textCell(const QString& text);
// dd/MM/yyyy in text and CSV, ISO in JSON; empty and null when invalid.
Cell dateCell(QDate date);
Cell numberCell(qint64 value);
// "97,5" in text and CSV, as Vietnamese writes points; 97.5 in JSON.
Cell decimalCell(double value);
// A label for people and a code for programs.
Cell codeCell(const QString& label, const QString& code);

class TableOutput {
public:
    virtual ~TableOutput() = default;

    // Aligned text must measure every row before it prints the first; the
    // caller then reads the list twice instead of keeping it.
    virtual bool measuresFirst() const { return false; }
    virtual void measure(const std::vector<Cell>& cells) { Q_UNUSED(cells); }
    virtual void begin() = 0;
    virtual void row(const std::vector<Cell>& cells) = 0;
    virtual void end() = 0;
};

struct OutputOptions {
    // Excel reads a CSV file as the machine's legacy code page unless it
    // starts with a UTF-8 byte order mark, and then garbles every Vietnamese
    // letter; scripts that do not want it say --no-bom.
    bool csvByteOrderMark = true;
};

std::unique_ptr<TableOutput> makeTableOutput(ListFormat format, std::vector<Column> columns,
                                             QTextStream& stream, const OutputOptions& options);

} // namespace thidua::cli
