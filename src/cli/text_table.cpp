#include "text_table.h"

#include <algorithm>
#include <array>
#include <utility>

namespace thidua::cli {

namespace {

// The East Asian Wide and Fullwidth blocks (UAX #11), enough for the names an
// office list may hold.
constexpr std::array<std::pair<char32_t, char32_t>, 14> wideRanges{{
    {0x1100, 0x115F},
    {0x2E80, 0x303E},
    {0x3041, 0x33FF},
    {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE30, 0xFE4F},
    {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x1F300, 0x1F64F},
    {0x1F900, 0x1F9FF},
    {0x20000, 0x3FFFD},
}};

int codePointWidth(char32_t c) {
    if (c < 0x20)
        return 0;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    for (const auto& [first, last] : wideRanges)
        if (c >= first && c <= last)
            return 2;
    return 1;
}

constexpr int Gap = 2;
constexpr int IndentWidth = 2;

} // namespace

int displayWidth(QStringView text) {
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        width += codePointWidth(c);
    }
    return width;
}

TextTable::TextTable(std::vector<Column> columns, QTextStream& stream)
    : columns_(std::move(columns))
    , widths_(columns_.size(), 0)
    , stream_(stream) {
    for (std::size_t i = 0; i < columns_.size(); ++i)
        widths_[i] = displayWidth(columns_[i].header);
}

QString TextTable::shown(const Cell& cell) {
    return cell.indent > 0 ? QString(cell.indent * IndentWidth, QLatin1Char(' ')) + cell.text
                           : cell.text;
}

void TextTable::measure(const std::vector<Cell>& cells) {
    for (std::size_t i = 0; i < columns_.size(); ++i)
        if (columns_[i].inTable)
            widths_[i] = std::max(widths_[i], displayWidth(shown(cells[i])));
}

void TextTable::begin() {
    std::vector<QString> headers, rules;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        headers.push_back(columns_[i].header);
        rules.push_back(QString(widths_[i], QLatin1Char('-')));
    }
    writeLine(headers);
    writeLine(rules);
}

void TextTable::row(const std::vector<Cell>& cells) {
    std::vector<QString> texts;
    texts.reserve(cells.size());
    for (const Cell& cell : cells)
        texts.push_back(shown(cell));
    writeLine(texts);
}

void TextTable::end() {
    stream_.flush();
}

void TextTable::writeLine(const std::vector<QString>& texts) {
    QString line;
    bool first = true;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (!columns_[i].inTable)
            continue;
        if (!first)
            line += QString(Gap, QLatin1Char(' '));
        first = false;
        const QString padding(std::max(0, widths_[i] - displayWidth(texts[i])), QLatin1Char(' '));
        if (columns_[i].alignRight)
            line += padding + texts[i];
        else
            line += texts[i] + padding;
    }
    // Empty cells at the end of a row would leave padding behind.
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    stream_ << line << QLatin1Char('\n');
}

} // namespace thidua::cli
