#include "xlsx_renderer.h"

#include "output_file.h"
#include "page_layout.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace thidua::documents {

namespace {

// Excel measures columns in widths of the digit "0" of the default font, about
// 1.9 mm; a sheet as wide as the printed text area prints one page wide.
constexpr double kMillimetresPerCharacter = 1.9;
constexpr double kLineHeightPoints = 16.5; // One line of 12 pt text.
constexpr double kFontPointSize = 12.0;
constexpr double kTitlePointSize = 14.0;
constexpr double kMillimetresPerInch = 25.4;
constexpr uint8_t kA4 = 9;
constexpr int kMaxSheetName = 31; // Excel's limit.

const char* const kFontName = "Times New Roman";

// Whole numbers without a leading zero (a leading zero is part of a code).
bool isWholeNumber(const QString& text) {
    static const QRegularExpression number(QStringLiteral("^(0|-?[1-9][0-9]{0,14})$"));
    return number.match(text).hasMatch();
}

// Excel refuses []:*?/\ in a sheet name and more than 31 characters. A long
// title loses words from its end, but a closing number (the year) stays:
// "Danh sách đăng ký thi đua 2025".
QString sheetName(const Document& document) {
    QString name = document.documentType;
    static const QRegularExpression refused(QStringLiteral("[\\[\\]:*?/\\\\]"));
    name.replace(refused, QStringLiteral(" "));
    QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool keepLast = words.size() > 1 && isWholeNumber(words.constLast());
    while (words.size() > 1 && words.join(QLatin1Char(' ')).size() > kMaxSheetName) {
        words.removeAt(keepLast ? words.size() - 2 : words.size() - 1);
    }
    name = words.join(QLatin1Char(' ')).left(kMaxSheetName);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

int columnCount(const Document& document) {
    int columns = 1;
    for (const Block& block : document.blocks) {
        if (const auto* table = std::get_if<Table>(&block)) {
            columns = std::max(columns, int(table->columns.size()));
        }
    }
    return columns;
}

class SheetWriter {
public:
    SheetWriter(lxw_workbook* workbook, const Document& document, const RenderProgress& progress)
        : m_workbook(workbook)
        , m_document(document)
        , m_progress(progress)
        , m_columns(columnCount(document))
        , m_textWidth(PageGeometry::nd30(document.orientation).textArea().width() /
                      kMillimetresPerCharacter)
        , m_totalRows(tableRowCount(document)) {
        m_sheet = workbook_add_worksheet(workbook, sheetName(document).toUtf8().constData());
        m_plain = format({});
        m_bold = format({.bold = true});
        m_title = format({.bold = true, .centred = true, .size = kTitlePointSize});
        m_note = format({.italic = true, .centred = true});
        m_header =
            format({.bold = true, .centred = true, .wrap = true, .border = true, .shaded = true});
        m_group = format({.bold = true, .wrap = true, .border = true});
        m_cells = {format({.wrap = true, .border = true}),
                   format({.centred = true, .wrap = true, .border = true}),
                   format({.wrap = true, .border = true, .right = true})};
    }

    // False when the caller asked to stop.
    bool write();
    lxw_error error() const { return m_error; }

private:
    struct Style {
        bool bold = false;
        bool italic = false;
        bool centred = false;
        double size = kFontPointSize;
        bool wrap = false;
        bool border = false;
        bool right = false;
        bool shaded = false;
    };

    lxw_format* format(const Style& style) {
        lxw_format* made = workbook_add_format(m_workbook);
        format_set_font_name(made, kFontName);
        format_set_font_size(made, style.size);
        if (style.bold) {
            format_set_bold(made);
        }
        if (style.italic) {
            format_set_italic(made);
        }
        if (style.centred) {
            format_set_align(made, LXW_ALIGN_CENTER);
        } else if (style.right) {
            format_set_align(made, LXW_ALIGN_RIGHT);
        }
        format_set_align(made, LXW_ALIGN_VERTICAL_TOP);
        if (style.wrap) {
            format_set_text_wrap(made);
        }
        if (style.border) {
            format_set_border(made, LXW_BORDER_THIN);
        }
        if (style.shaded) {
            format_set_bg_color(made, 0xE7E6E6);
        }
        return made;
    }

    void check(lxw_error error) {
        if (m_error == LXW_NO_ERROR) {
            m_error = error;
        }
    }

    // One text across the first `span` columns of the current row.
    void spanned(const QString& text, lxw_format* style, int span) {
        const QByteArray utf8 = text.toUtf8();
        if (span > 1) {
            check(worksheet_merge_range(m_sheet, m_row, 0, m_row, lxw_col_t(span - 1),
                                        utf8.constData(), style));
        } else {
            check(worksheet_write_string(m_sheet, m_row, 0, utf8.constData(), style));
        }
    }

    // A line of text over the whole width; taller when it wraps, because
    // spreadsheets do not fit a merged row's height to its text.
    void line(const QString& text, lxw_format* style) {
        if (text.isEmpty()) {
            return;
        }
        const double lines = std::max(1.0, std::ceil(double(text.size()) / m_textWidth));
        if (lines > 1) {
            check(worksheet_set_row(m_sheet, m_row, lines * kLineHeightPoints, nullptr));
        }
        spanned(text, style, m_columns);
        ++m_row;
    }

    void agencyLines(const OfficialHeader& header) {
        // The left column of the printed header: about half the sheet.
        const int span = std::max(1, m_columns / 2);
        for (const auto& [text, style] :
             {std::pair{header.parentAgency, m_plain}, std::pair{header.issuingAgency, m_bold}}) {
            if (!text.isEmpty()) {
                spanned(text.toUpper(), style, span);
                ++m_row;
            }
        }
        ++m_row;
    }

    lxw_format* cellFormat(Alignment alignment) const {
        switch (alignment) {
        case Alignment::Center:
        case Alignment::CenteredBlock:
            return m_cells[1];
        case Alignment::Right:
            return m_cells[2];
        case Alignment::Left:
        case Alignment::Justify:
            break;
        }
        return m_cells[0];
    }

    bool table(const Table& table);
    void setColumnWidths(const Table& table);

    lxw_workbook* m_workbook;
    const Document& m_document;
    const RenderProgress& m_progress;
    lxw_worksheet* m_sheet = nullptr;
    int m_columns;
    double m_textWidth; // In characters.
    lxw_row_t m_row = 0;
    lxw_error m_error = LXW_NO_ERROR;
    bool m_frozen = false;
    qint64 m_doneRows = 0;
    qint64 m_totalRows;
    lxw_format* m_plain = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_title = nullptr;
    lxw_format* m_note = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_group = nullptr;
    std::array<lxw_format*, 3> m_cells{}; // Left, centred, right.
};

void SheetWriter::setColumnWidths(const Table& table) {
    double total = 0;
    for (const TableColumn& column : table.columns) {
        total += column.relativeWidth;
    }
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        check(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c),
                                   m_textWidth * table.columns.at(c).relativeWidth / total,
                                   nullptr));
    }
}

bool SheetWriter::table(const Table& table) {
    if (!m_frozen) {
        // The first table sets the columns, stays in view under its header
        // row and repeats that row on every printed page.
        setColumnWidths(table);
        worksheet_freeze_panes(m_sheet, m_row + 1, 0);
        check(worksheet_repeat_rows(m_sheet, m_row, m_row));
        m_frozen = true;
    }
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        check(worksheet_write_string(m_sheet, m_row, lxw_col_t(c),
                                     table.columns.at(c).header.toUtf8().constData(), m_header));
    }
    ++m_row;
    for (const TableRow& row : table.rows) {
        if (!keepGoing(m_progress, m_doneRows++, m_totalRows)) {
            return false;
        }
        if (row.kind == TableRow::Kind::Group) {
            spanned(row.groupTitle, m_group, int(table.columns.size()));
            ++m_row;
            continue;
        }
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QString text = row.cells.value(c);
            lxw_format* style = cellFormat(table.columns.at(c).alignment);
            if (isWholeNumber(text)) {
                check(worksheet_write_number(m_sheet, m_row, lxw_col_t(c), text.toDouble(), style));
            } else {
                check(worksheet_write_string(m_sheet, m_row, lxw_col_t(c),
                                             text.toUtf8().constData(), style));
            }
        }
        ++m_row;
    }
    ++m_row;
    return true;
}

bool SheetWriter::write() {
    worksheet_set_paper(m_sheet, kA4);
    if (m_document.orientation == Orientation::Landscape) {
        worksheet_set_landscape(m_sheet);
    }
    const QMarginsF margins = PageGeometry::nd30(m_document.orientation).margins;
    worksheet_set_margins(
        m_sheet, margins.left() / kMillimetresPerInch, margins.right() / kMillimetresPerInch,
        margins.top() / kMillimetresPerInch, margins.bottom() / kMillimetresPerInch);
    worksheet_fit_to_pages(m_sheet, 1, 0);

    if (m_document.header) {
        agencyLines(*m_document.header);
    }
    line(m_document.documentType.toUpper(), m_title);
    line(m_document.summary, m_title);
    line(m_document.titleNote, m_note);
    ++m_row;
    for (const Block& block : m_document.blocks) {
        if (const auto* table = std::get_if<Table>(&block)) {
            if (!this->table(*table)) {
                return false;
            }
        } else if (const auto* heading = std::get_if<Heading>(&block)) {
            line(heading->level == Heading::Level::Part ? heading->text.toUpper() : heading->text,
                 m_bold);
        } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            line(paragraph->text, paragraph->bold ? m_bold : m_plain);
        }
        // Page breaks, signatures and charts belong to the printed copy.
    }
    return true;
}

} // namespace

Status writeXlsx(const Document& document, const QString& filePath,
                 const RenderProgress& progress) {
    // libxlsxwriter writes to a path of its own: a private folder, copied
    // into place once complete.
    QTemporaryDir folder;
    if (!folder.isValid()) {
        return cannotWrite(filePath, folder.errorString());
    }
    const QString built = folder.filePath(QStringLiteral("workbook.xlsx"));
    const QByteArray builtName = QFile::encodeName(built);
    QByteArray temporaryFolder = QFile::encodeName(folder.path());
    lxw_workbook_options options{};
    options.tmpdir = temporaryFolder.data();
    lxw_workbook* workbook = workbook_new_opt(builtName.constData(), &options);
    if (workbook == nullptr) {
        return cannotWrite(filePath, QStringLiteral("không tạo được bảng tính"));
    }
    SheetWriter sheet(workbook, document, progress);
    const bool complete = sheet.write();
    const lxw_error closed = workbook_close(workbook); // Also frees the workbook.
    if (!complete) {
        return renderCancelled();
    }
    for (const lxw_error error : {sheet.error(), closed}) {
        if (error != LXW_NO_ERROR) {
            return cannotWrite(filePath, QString::fromUtf8(lxw_strerror(error)));
        }
    }
    return replaceWith(filePath, built);
}

} // namespace thidua::documents
