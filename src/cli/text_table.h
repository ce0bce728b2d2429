#pragma once

#include "table_output.h"

#include <QStringView>

namespace thidua::cli {

// Columns a terminal shows: a combining mark (text pasted as NFD) takes no
// column, a CJK character two, everything else one. Counting QChars instead
// would push the columns after "Nguyễn" out of line whenever the name
// arrived decomposed.
int displayWidth(QStringView text);

// Columns aligned by display width under a header and a rule; numbers to the
// right; lines end without blanks.
class TextTable : public TableOutput {
public:
    TextTable(std::vector<Column> columns, QTextStream& stream);

    bool measuresFirst() const override { return true; }
    void measure(const std::vector<Cell>& cells) override;
    void begin() override;
    void row(const std::vector<Cell>& cells) override;
    void end() override;

private:
    static QString shown(const Cell& cell);
    void writeLine(const std::vector<QString>& texts);

    std::vector<Column> columns_;
    std::vector<int> widths_;
    QTextStream& stream_;
};

} // namespace thidua::cli
