#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <utility>
#include <variant>

// The document model: plain values describing what a document says, not how
// it is drawn. Renderers (PDF, DOCX, XLSX, CSV, HTML) read the same model.
// Layout rules follow Nghị định 30/2020/NĐ-CP, Phụ lục I.
namespace thidua::documents {

enum class Orientation { Portrait, Landscape };

// CenteredBlock: the lines start at one edge, the block of them centred, as
// several recipients after "Kính gửi:" are set; in a table cell, as Center.
enum class Alignment { Left, Center, Right, Justify, CenteredBlock };

// The borderless two-column header of an official document. The left column
// holds the agencies and the number, the right column the national motto and
// the place and date; "Số" and the date share a row so they stay level.
struct OfficialHeader {
    QString parentAgency;  // "UBND THÀNH PHỐ HÀ NỘI"; may be empty; printed in capitals.
    QString issuingAgency; // "SỞ NỘI VỤ"; printed in bold capitals over a short rule.
    QString number;        // "15/BC-CTĐ", printed as "Số: 15/BC-CTĐ".
    QString subject;       // Công văn only: "V/v ...", printed under the number.
    QString place;         // "Hà Nội"
    QDate date;            // An invalid date prints blanks to fill in by hand.
    bool numbered = true;  // false: no "Số:" line (a list sent with its tờ trình).
};

// "I." parts print in bold capitals, "1." sections in bold, "a)" items in
// italics. The text carries its own numbering: "I. KẾT QUẢ THỰC HIỆN".
struct Heading {
    enum class Level { Part, Section, Item };
    Level level = Level::Part;
    QString text;
};

// Body text: justified with a first-line indent by default. '\n' starts a new
// line within the paragraph.
struct Paragraph {
    QString text;
    Alignment alignment = Alignment::Justify;
    bool bold = false;
    bool italic = false;
    bool firstLineIndent = true;
};

struct TableColumn {
    QString header;
    double relativeWidth = 1.0; // Share of the table width, relative to the other columns.
    Alignment alignment = Alignment::Left;
};

// A data row has one cell per column; a group row ("I. Cá nhân") spans all
// columns in bold. Cells wrap; '\n' forces a line break.
struct TableRow {
    enum class Kind { Data, Group };
    Kind kind = Kind::Data;
    QStringList cells;
    QString groupTitle;

    static TableRow data(QStringList cells) { return {Kind::Data, std::move(cells), {}}; }
    static TableRow group(QString title) { return {Kind::Group, {}, std::move(title)}; }
};

// A grid table spanning the text width. The header row repeats on every page;
// a row taller than the space left on a page is split between pages.
struct Table {
    QList<TableColumn> columns;
    QList<TableRow> rows;
    double fontPointSize = 13.0;
};

// Who signs beside the head of the unit on a list or table: "NGƯỜI LẬP BIỂU"
// (printed in bold capitals), room for the signature, then the name, which may
// be empty for the signer to write by hand.
struct Preparer {
    QString caption;
    QString name;
};

// Left: "Nơi nhận:" and its entries, given without the leading "- " and the
// final ";" or "." (the renderer adds them: "- Như trên;" ... "- Lưu: VT, TĐKT.");
// on a list, the preparer's signature instead when there is one.
// Right: the authority prefix line ("TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC"), the
// position ("PHÓ GIÁM ĐỐC"), room for the signature and seal, then the name
// (no academic titles). Prefix and position print in bold capitals.
struct SignatureBlock {
    QStringList recipients;
    QString authority;
    QString position;
    QString signerName;
    // Initialised so that blocks written as {recipients, authority, position,
    // name} stay complete.
    std::optional<Preparer> preparer = std::nullopt;
};

// One of several signatures side by side: the agency or unit (bold capitals),
// the position (bold capitals, may be empty), room for the signature and seal,
// then the name (may be empty: written in by hand).
struct SignatureColumn {
    QString authority; // "SỞ TƯ PHÁP TỈNH VĨNH PHÚC"
    QString position;  // "GIÁM ĐỐC"
    QString signerName;
};

// Signatures in rows of up to `perRow` equal columns, as the units that sign a
// giao ước thi đua sign it: a caption centred above ("ĐẠI DIỆN CÁC ĐƠN VỊ KÝ
// GIAO ƯỚC", may be empty), a short last row centred. Each row stays whole on
// one page.
struct SignatureColumns {
    QString caption;
    QList<SignatureColumn> signatures;
    int perRow = 3;
};

// One named row of values in a chart: a bar per category.
struct ChartSeries {
    QString name;         // the legend entry: "Cấp Nhà nước"; may be empty with one series
    QList<double> values; // one per category
};

// A bar chart where a reader would rather look than read: the ranking of a
// cluster's units (Bars: one horizontal bar per unit, best first, top to
// bottom) or awards by level over the years (Columns: categories along the
// bottom, one column per series in each, side by side). Values print at the
// end of each bar; a legend names the series when there are several; the
// caption prints centred in italics under the chart ("Biểu đồ 1. ...").
struct Chart {
    enum class Kind { Bars, Columns };
    Kind kind = Kind::Bars;
    QString caption;
    QStringList categories;
    QList<ChartSeries> series;
    QString valueLabel;    // the axis' unit: "Điểm", "Số lượt"; may be empty
    int valueDecimals = 0; // digits after the comma when values print (Vietnamese comma: "95,5")
};

struct PageBreak {};

using Block =
    std::variant<Heading, Paragraph, Table, Chart, SignatureBlock, SignatureColumns, PageBreak>;

struct Document {
    Orientation orientation = Orientation::Portrait;
    std::optional<OfficialHeader> header;
    QString documentType; // "BÁO CÁO", "TỜ TRÌNH", "DANH SÁCH ..."; bold capitals, centred.
    QString summary;      // Trích yếu: bold, centred, with a short rule under it.
    QString titleNote;    // Italic line under the title: "(Kèm theo Tờ trình số ...)".
    QList<Block> blocks;

    Document& add(Block block) {
        blocks.append(std::move(block));
        return *this;
    }
};

// Every row of every table, group titles included: what renderers count
// their progress in.
inline qsizetype tableRowCount(const Document& document) {
    qsizetype rows = 0;
    for (const Block& block : document.blocks) {
        if (const auto* table = std::get_if<Table>(&block)) {
            rows += table->rows.size();
        }
    }
    return rows;
}

// The data rows of every table: the lines of a list, without its group titles.
inline qsizetype dataRowCount(const Document& document) {
    qsizetype rows = 0;
    for (const Block& block : document.blocks) {
        if (const auto* table = std::get_if<Table>(&block)) {
            rows += std::ranges::count(table->rows, TableRow::Kind::Data, &TableRow::kind);
        }
    }
    return rows;
}

} // namespace thidua::documents
