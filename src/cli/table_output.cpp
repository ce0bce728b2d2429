#include "table_output.h"

#include "csv_renderer.h"
#include "text_table.h"
#include "vietnamese_format.h"

#include <algorithm>
#include <cmath>

namespace thidua::cli {

std::optional<ListFormat> listFormatNamed(const QString& text) {
    if (text.isEmpty() || text == QStringLiteral("text"))
        return ListFormat::Text;
    if (text == QStringLiteral("csv"))
        return ListFormat::Csv;
    if (text == QStringLiteral("json"))
        return ListFormat::Json;
    return std::nullopt;
}

Cell textCell(const QString& text) {
    return {text, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text)};
}

Cell dateCell(QDate date) {
    if (!date.isValid())
        return {{}, QJsonValue(QJsonValue::Null)};
    return {domain::vn::formatDate(date), date.toString(Qt::ISODate)};
}

Cell numberCell(qint64 value) {
    return {QString::number(value), QJsonValue(value)};
}

Cell decimalCell(double value) {
    return {domain::vn::formatDecimal(value), QJsonValue(value)};
}

Cell codeCell(const QString& label, const QString& code) {
    return {label, code};
}

namespace {

// RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a
// comma, a quote or a line break, its quotes doubled.
class CsvOutput : public TableOutput {
public:
    CsvOutput(std::vector<Column> columns, QTextStream& stream, bool byteOrderMark)
        : columns_(std::move(columns))
        , stream_(stream)
        , byteOrderMark_(byteOrderMark) {}

    void begin() override {
        if (byteOrderMark_)
            stream_ << QChar(0xFEFF);
        QStringList headers;
        for (const Column& column : columns_)
            if (column.inTable)
                headers << column.header;
        writeLine(headers);
    }

    void row(const std::vector<Cell>& cells) override {
        QStringList fields;
        for (std::size_t i = 0; i < columns_.size(); ++i)
            if (columns_[i].inTable)
                fields << cells[i].text;
        writeLine(fields);
    }

    void end() override { stream_.flush(); }

private:
    void writeLine(const QStringList& fields) { documents::writeCsvRecord(stream_, fields); }

    std::vector<Column> columns_;
    QTextStream& stream_;
    bool byteOrderMark_;
};

// A JSON array of objects, one object a line, keys in column order.
class JsonOutput : public TableOutput {
public:
    JsonOutput(std::vector<Column> columns, QTextStream& stream)
        : columns_(std::move(columns))
        , stream_(stream) {}

    void begin() override { stream_ << QLatin1Char('['); }

    void row(const std::vector<Cell>& cells) override {
        stream_ << (first_ ? QLatin1String("\n{") : QLatin1String(",\n{"));
        first_ = false;
        bool firstField = true;
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            if (!columns_[i].inJson)
                continue;
            if (!firstField)
                stream_ << QLatin1Char(',');
            firstField = false;
            writeString(columns_[i].key);
            stream_ << QLatin1Char(':');
            writeValue(cells[i].json);
        }
        stream_ << QLatin1Char('}');
    }

    void end() override {
        stream_ << (first_ ? QLatin1String("]\n") : QLatin1String("\n]\n"));
        stream_.flush();
    }

private:
    void writeValue(const QJsonValue& value) {
        switch (value.type()) {
        case QJsonValue::String:
            writeString(value.toString());
            break;
        case QJsonValue::Double: {
            // Whole numbers without a fraction ("12", not "12.0"); points keep theirs ("92.5").
            const double number = value.toDouble();
            stream_ << (std::trunc(number) == number && std::abs(number) < 9e15
                            ? QString::number(static_cast<qint64>(number))
                            : QString::number(number, 'g', 15));
            break;
        }
        case QJsonValue::Bool:
            stream_ << (value.toBool() ? QLatin1String("true") : QLatin1String("false"));
            break;
        default:
            stream_ << QLatin1String("null");
        }
    }

    // RFC 8259: quotes, backslashes and control characters escaped; every
    // other character, Vietnamese letters included, written as UTF-8.
    void writeString(const QString& text) {
        const auto plain = [](QChar c) {
            return c.unicode() >= 0x20 && c != QLatin1Char('"') && c != QLatin1Char('\\');
        };
        stream_ << QLatin1Char('"');
        if (std::all_of(text.cbegin(), text.cend(), plain)) {
            stream_ << text; // nearly every value: no copy, one write
        } else {
            QString escaped;
            for (const QChar c : text) {
                if (plain(c))
                    escaped += c;
                else if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                    escaped.append(QLatin1Char('\\')).append(c);
                else
                    escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            }
            stream_ << escaped;
        }
        stream_ << QLatin1Char('"');
    }

    std::vector<Column> columns_;
    QTextStream& stream_;
    bool first_ = true;
};

} // namespace

std::unique_ptr<TableOutput> makeTableOutput(ListFormat format, std::vector<Column> columns,
                                             QTextStream& stream, const OutputOptions& options) {
    switch (format) {
    case ListFormat::Csv:
        return std::make_unique<CsvOutput>(std::move(columns), stream, options.csvByteOrderMark);
    case ListFormat::Json:
        return std::make_unique<JsonOutput>(std::move(columns), stream);
    case ListFormat::Text:
        break;
    }
    return std::make_unique<TextTable>(std::move(columns), stream);
}

} // namespace thidua::cli
