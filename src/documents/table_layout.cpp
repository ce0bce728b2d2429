#include "layout_parts.h"
#include "table_check.h"

#include <algorithm>
#include <cmath>
#include <optional>

// Grid tables: wrapped cells, the header row repeated on every page, rows split
// between pages when they are taller than the space left.
namespace thidua::documents::detail {

namespace {

constexpr double kTolerance = 0.01;
constexpr int kMinimumSplitLines = 3; // Lines of a split row on each page.
// A table no taller than this share of a page is read whole: it moves to the
// next page rather than split (a batch of ten names, a cluster's ranking).
constexpr double kShortTableShare = 0.45;

struct PreparedRow {
    bool group = false;
    QList<QList<WrappedLine>> cells; // One entry for a group row.
    int lineCount = 1;
};

// Vertical grid lines drawn as long segments: a segment opens at the first row
// that needs it and closes at a group row (inner lines only), at a page break
// and at the end of the table.
class VerticalRules {
public:
    VerticalRules(QList<double> xs, double thickness)
        : m_xs(std::move(xs))
        , m_open(m_xs.size())
        , m_thickness(thickness) {}

    void openAll(double y) {
        for (auto& from : m_open) {
            if (!from) {
                from = y;
            }
        }
    }
    void closeInner(PageComposer& pages, double y) {
        for (qsizetype i = 1; i + 1 < m_xs.size(); ++i) {
            close(pages, i, y);
        }
    }
    void closeAll(PageComposer& pages, double y) {
        for (qsizetype i = 0; i < m_xs.size(); ++i) {
            close(pages, i, y);
        }
    }
    void openOuter(double y) {
        if (!m_open.front()) {
            m_open.front() = y;
        }
        if (!m_open.back()) {
            m_open.back() = y;
        }
    }

private:
    void close(PageComposer& pages, qsizetype i, double y) {
        if (m_open[i]) {
            pages.addRule(QPointF(m_xs[i], *m_open[i]), QPointF(m_xs[i], y), m_thickness);
            m_open[i].reset();
        }
    }

    QList<double> m_xs;
    QList<std::optional<double>> m_open;
    double m_thickness;
};

// The x of every column edge, from the table's left to its right.
QList<double> columnEdges(const Table& table, const QRectF& area) {
    double total = 0;
    for (const TableColumn& column : table.columns) {
        total += column.relativeWidth;
    }
    QList<double> edges{area.left()};
    double x = area.left();
    for (const TableColumn& column : table.columns) {
        x += area.width() * column.relativeWidth / total;
        edges.append(x);
    }
    return edges;
}

class TableLayout {
public:
    TableLayout(LayoutContext& context, const Table& table)
        : m_context(context)
        , m_table(table)
        , m_pages(context.pages)
        , m_font{table.fontPointSize, false, false}
        , m_bold{table.fontPointSize, true, false}
        , m_padX(context.type.cellPaddingXMm)
        , m_padY(context.type.cellPaddingYMm)
        , m_edges(columnEdges(table, context.pages.textArea()))
        , m_grid(m_edges, context.type.gridThicknessMm) {
        m_lineHeight = context.measure.lineHeight(m_font);
        m_ascent = context.measure.ascent(m_font);
    }

    Status run(double keepWithEnd);
    // The room the table needs where it starts: its header, the group titles
    // before its first data row and the beginning of that row.
    double startHeight();
    // A table no taller than this stays whole on one page.
    double shortTableLimit() const;

private:
    void prepareHeader();
    double cellWidth(qsizetype column) const {
        return m_edges[column + 1] - m_edges[column] - 2 * m_padX;
    }
    double left() const { return m_edges.front(); }
    double right() const { return m_edges.back(); }
    double partHeight(int lines) const { return lines * m_lineHeight + 2 * m_padY; }

    PreparedRow prepare(const TableRow& row);
    void placeHeader();
    void placePart(const PreparedRow& row, int from, int to, bool header = false);
    void closePage();
    void breakPage();

    LayoutContext& m_context;
    const Table& m_table;
    PageComposer& m_pages;
    FontSpec m_font;
    FontSpec m_bold;
    double m_padX;
    double m_padY;
    QList<double> m_edges;
    VerticalRules m_grid;
    double m_lineHeight = 0;
    double m_ascent = 0;
    PreparedRow m_header;
};

PreparedRow TableLayout::prepare(const TableRow& row) {
    PreparedRow prepared;
    prepared.group = row.kind == TableRow::Kind::Group;
    if (prepared.group) {
        prepared.cells.append(
            m_context.measure.wrap(row.groupTitle, m_bold, right() - left() - 2 * m_padX));
    } else {
        for (qsizetype c = 0; c < m_table.columns.size(); ++c) {
            prepared.cells.append(m_context.measure.wrap(row.cells.value(c), m_font, cellWidth(c)));
        }
    }
    for (const auto& cell : prepared.cells) {
        prepared.lineCount = std::max(prepared.lineCount, int(cell.size()));
    }
    return prepared;
}

void TableLayout::placePart(const PreparedRow& row, int from, int to, bool header) {
    const double top = m_pages.y();
    m_pages.addRule(QPointF(left(), top), QPointF(right(), top), m_context.type.gridThicknessMm);
    if (row.group) {
        m_grid.closeInner(m_pages, top);
        m_grid.openOuter(top);
    } else {
        m_grid.openAll(top);
    }
    for (qsizetype c = 0; c < row.cells.size(); ++c) {
        const QList<WrappedLine>& lines = row.cells.at(c);
        const double x = row.group ? left() + m_padX : m_edges[c] + m_padX;
        const double width = row.group ? right() - left() - 2 * m_padX : cellWidth(c);
        const Alignment alignment =
            row.group ? Alignment::Left
                      : (header ? Alignment::Center : m_table.columns.at(c).alignment);
        // Header cells are centred vertically; data cells start at the top.
        const double offset = header ? (row.lineCount - lines.size()) * m_lineHeight / 2 : 0;
        for (int i = from; i < std::min<int>(to, int(lines.size())); ++i) {
            const double baseline = top + m_padY + offset + (i - from) * m_lineHeight + m_ascent;
            m_pages.addText(alignedRun(lines.at(i), (row.group || header) ? m_bold : m_font, x,
                                       width, alignment, baseline));
        }
    }
    m_pages.advance(partHeight(to - from));
}

void TableLayout::placeHeader() {
    placePart(m_header, 0, m_header.lineCount, true);
}

void TableLayout::closePage() {
    const double bottom = m_pages.y();
    m_grid.closeAll(m_pages, bottom);
    m_pages.addRule(QPointF(left(), bottom), QPointF(right(), bottom),
                    m_context.type.gridThicknessMm);
}

void TableLayout::breakPage() {
    closePage();
    m_pages.newPage();
    placeHeader();
}

void TableLayout::prepareHeader() {
    m_header = {};
    for (qsizetype c = 0; c < m_table.columns.size(); ++c) {
        m_header.cells.append(
            m_context.measure.wrap(m_table.columns.at(c).header, m_bold, cellWidth(c)));
        m_header.lineCount = std::max(m_header.lineCount, int(m_header.cells.back().size()));
    }
}

double TableLayout::shortTableLimit() const {
    return m_pages.pageHeight() * kShortTableShare;
}

double TableLayout::startHeight() {
    prepareHeader();
    double lead = partHeight(m_header.lineCount);
    double whole = lead;
    bool leadDone = false;
    for (const TableRow& row : m_table.rows) {
        const int lines = prepare(row).lineCount;
        whole += partHeight(lines);
        if (!leadDone)
            lead += partHeight(
                row.kind == TableRow::Kind::Group ? lines : std::min(lines, kMinimumSplitLines));
        leadDone = leadDone || row.kind == TableRow::Kind::Data;
        if (leadDone && whole > shortTableLimit())
            return lead;
    }
    return whole;
}

Status TableLayout::run(double keepWithEnd) {
    prepareHeader();
    const double headerHeight = partHeight(m_header.lineCount);
    const int freshCapacity = int(
        std::floor((m_pages.pageHeight() - headerHeight - 2 * m_padY + kTolerance) / m_lineHeight));
    if (freshCapacity < 1) {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("Dòng tiêu đề của bảng cao hơn một trang giấy."));
    }

    QList<PreparedRow> rows;
    rows.reserve(m_table.rows.size());
    for (const TableRow& row : m_table.rows) {
        rows.append(prepare(row));
    }

    // The height a row needs on the page where it starts: all of it when it
    // is too short to split, else its first few lines.
    auto leadHeight = [&](qsizetype r) {
        if (r >= rows.size()) {
            return 0.0;
        }
        const int lines = rows.at(r).lineCount;
        const int lead = lines < 2 * kMinimumSplitLines ? lines : kMinimumSplitLines;
        return partHeight(std::min(lead, freshCapacity));
    };
    // What must follow row r on its page: a group title stays with the start
    // of its first row, and with the next title when groups nest ("I. Tập
    // thể" over "1. Cờ thi đua").
    // The last row also keeps with it what must follow the table.
    const double endRoom = keepWithEnd > 0 ? m_context.type.afterTableMm + keepWithEnd : 0;
    auto followerHeight = [&](qsizetype r) {
        double height = 0;
        while (r < rows.size() && rows.at(r).group) {
            height += leadHeight(++r);
        }
        return r + 1 == rows.size() ? height + endRoom : height;
    };
    // A short table stays whole on one page; a longer one starts where the
    // header and the beginning of its first row fit.
    double whole = headerHeight;
    for (const PreparedRow& row : rows)
        whole += partHeight(row.lineCount);
    m_pages.ensureSpace(whole <= shortTableLimit()
                            ? whole + endRoom
                            : headerHeight + leadHeight(0) + followerHeight(0));
    placeHeader();

    for (qsizetype r = 0; r < rows.size(); ++r) {
        const PreparedRow& row = rows.at(r);
        double keepWithNext = followerHeight(r);
        int from = 0;
        while (from < row.lineCount) {
            const int rest = row.lineCount - from;
            if (m_pages.fits(partHeight(rest) + keepWithNext)) {
                placePart(row, from, row.lineCount);
                break;
            }
            const int capacity =
                int(std::floor((m_pages.remaining() - 2 * m_padY + kTolerance) / m_lineHeight));
            // Short rows move to the next page whole; a tall row splits when each
            // part keeps a few lines, and always when it is taller than a page.
            int take = 0;
            if (rest > freshCapacity) {
                take = capacity >= std::min(kMinimumSplitLines, freshCapacity) ? capacity : 0;
            } else if (!row.group) {
                take = std::min(capacity, rest - kMinimumSplitLines);
                take = take >= kMinimumSplitLines ? take : 0;
            }
            if (take > 0) {
                placePart(row, from, from + take);
                from += take;
            }
            breakPage();
            keepWithNext = 0;
        }
    }
    closePage();
    m_pages.addSpacing(m_context.type.afterTableMm);
    return {};
}

} // namespace

double tableStartHeight(LayoutContext& context, const Table& table) {
    return TableLayout(context, table).startHeight();
}

Status layoutTable(LayoutContext& context, const Table& table, double keepWithEnd) {
    if (auto valid = checkTable(table); !valid) {
        return valid;
    }
    return TableLayout(context, table).run(keepWithEnd);
}

} // namespace thidua::documents::detail
