#include "csv_reader.h"

#include "read_error.h"
#include "table_shape.h"
#include "text_decoding.h"

#include <QFile>
#include <QFileDevice>
#include <QStringView>

#include <array>
#include <optional>

namespace thidua::interchange {

namespace {

using detail::CellText;

// In the order that wins a tie: a tab is the least likely inside a value.
constexpr std::array<char16_t, 3> kDelimiters = {u'\t', u';', u','};

bool isLineBreak(QChar c) {
    return c == u'\n' || c == u'\r';
}

// The index after the line break at `at`: CR LF, LF or a lone CR.
qsizetype afterLineBreak(QStringView text, qsizetype at) {
    if (text[at] == u'\r' && at + 1 < text.size() && text[at + 1] == u'\n')
        return at + 2;
    return at + 1;
}

// The delimiter of the header line: the first record in which some candidate,
// counted outside quotes, splits the line into at least two filled cells (a
// title line such as "DANH SÁCH CÁN BỘ" has none), taking the candidate that
// occurs most often there. Without such a line, the first candidate found
// anywhere; a file without any is a one-column list.
QChar detectDelimiter(QStringView text) {
    std::optional<QChar> firstFound;
    qsizetype i = 0;
    while (i < text.size()) {
        std::array<int, 3> count{};
        std::array<int, 3> filled{};
        std::array<bool, 3> pieceHasText{};
        bool inQuotes = false;
        for (; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u'"')
                inQuotes = !inQuotes;
            else if (!inQuotes && isLineBreak(c))
                break;
            for (std::size_t k = 0; k < kDelimiters.size(); ++k) {
                if (!inQuotes && c == kDelimiters[k]) {
                    ++count[k];
                    filled[k] += pieceHasText[k] ? 1 : 0;
                    pieceHasText[k] = false;
                } else if (c != u'"' && !c.isSpace()) {
                    pieceHasText[k] = true;
                }
            }
        }
        if (i < text.size())
            i = afterLineBreak(text, i);

        std::size_t best = 0;
        for (std::size_t k = 0; k < kDelimiters.size(); ++k) {
            filled[k] += pieceHasText[k] ? 1 : 0;
            if (count[k] > count[best])
                best = k;
        }
        if (count[best] == 0)
            continue;
        if (filled[best] >= 2)
            return kDelimiters[best];
        if (!firstFound)
            firstFound = kDelimiters[best];
    }
    return firstFound.value_or(QChar(u','));
}

// Splits the text into records of cleaned cells, each with the line where it
// starts. Line breaks inside quoted cells become "\n".
Result<std::vector<SourceRow>> splitRecords(QStringView text, QChar delimiter, CellText kind,
                                            const QString& path) {
    std::vector<SourceRow> rows;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    qsizetype width = 0; // the previous record's cells: the next one likely has as many
    while (i < n) {
        SourceRow row{line, {}};
        row.cells.reserve(width);
        while (true) {
            QString cell; // a quoted cell's text; an unquoted one is cleaned from the view
            // A quoted cell may follow spaces typed after the delimiter: `a, "b, c"`.
            qsizetype quote = i;
            while (quote < n && text[quote] != delimiter &&
                   (text[quote] == u' ' || text[quote] == u'\t'))
                ++quote;
            if (quote < n && text[quote] == u'"') {
                const int openedOn = line;
                bool closed = false;
                i = quote + 1;
                while (i < n && !closed) {
                    const QChar c = text[i];
                    if (c == u'"' && i + 1 < n && text[i + 1] == u'"') {
                        cell += c;
                        i += 2;
                    } else if (c == u'"') {
                        closed = true;
                        ++i;
                    } else if (isLineBreak(c)) {
                        cell += u'\n';
                        i = afterLineBreak(text, i);
                        ++line;
                    } else {
                        const qsizetype run = i; // up to the next quote or line break
                        while (i < n && text[i] != u'"' && !isLineBreak(text[i]))
                            ++i;
                        cell += text.sliced(run, i - run);
                    }
                }
                if (!closed) {
                    return detail::readFailure(
                        ErrorCode::InvalidInput, path,
                        QStringLiteral("dấu ngoặc kép mở ở dòng %1 không được đóng").arg(openedOn));
                }
            }
            const qsizetype start = i;
            while (i < n && text[i] != delimiter && !isLineBreak(text[i]))
                ++i;
            if (cell.isEmpty()) {
                row.cells.append(detail::cleanCell(text.sliced(start, i - start), kind));
            } else {
                cell += text.sliced(start, i - start);
                row.cells.append(detail::cleanCell(cell, kind));
            }
            if (i < n && text[i] == delimiter) {
                ++i;
                continue;
            }
            break;
        }
        width = row.cells.size();
        rows.push_back(std::move(row));
        if (i < n) {
            i = afterLineBreak(text, i);
            ++line;
        }
    }
    return rows;
}

QString deviceName(const QIODevice& device) {
    if (const auto* file = qobject_cast<const QFileDevice*>(&device))
        return file->fileName();
    return QStringLiteral("(không tên)");
}

} // namespace

Result<SourceTable> readCsv(QIODevice& device) {
    const QString path = deviceName(device);
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly))
        return detail::readFailure(ErrorCode::Io, path,
                                   QStringLiteral("không mở được (%1)").arg(device.errorString()));
    if (!device.isReadable())
        return detail::readFailure(ErrorCode::Io, path, QStringLiteral("không mở để đọc"));

    const QByteArray bytes = device.readAll();
    if (const auto* file = qobject_cast<const QFileDevice*>(&device);
        file != nullptr && file->error() != QFileDevice::NoError)
        return detail::readFailure(ErrorCode::Io, path,
                                   QStringLiteral("lỗi khi đọc (%1)").arg(file->errorString()));

    const detail::DecodedText decoded = detail::decodeText(bytes);
    const CellText kind =
        decoded.encoding == SourceEncoding::LegacyBytes ? CellText::LegacyBytes : CellText::Unicode;
    auto records = splitRecords(decoded.text, detectDelimiter(decoded.text), kind, path);
    if (!records)
        return std::unexpected(records.error());
    auto table = detail::shapeTable(std::move(*records), path);
    if (table)
        table->encoding = decoded.encoding;
    return table;
}

Result<SourceTable> readCsv(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return detail::readFailure(ErrorCode::Io, path, QStringLiteral("tệp không tồn tại"));
    if (!file.open(QIODevice::ReadOnly))
        return detail::readFailure(ErrorCode::Io, path,
                                   QStringLiteral("không mở được (%1)").arg(file.errorString()));
    return readCsv(file);
}

} // namespace thidua::interchange
