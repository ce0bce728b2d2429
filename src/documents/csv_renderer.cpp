#include "csv_renderer.h"

#include "output_file.h"

#include <QSaveFile>
#include <QStringList>
#include <QTextStream>

namespace thidua::documents {

namespace {

QString csvField(const QString& text) {
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : text) {
        needsQuotes = needsQuotes || special.contains(c);
    }
    if (!needsQuotes) {
        return text;
    }
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Every row as wide as the table, so that a spreadsheet sees one shape.
void writeLine(QTextStream& stream, QStringList fields, qsizetype width) {
    while (fields.size() < width) {
        fields.append(QString());
    }
    writeCsvRecord(stream, fields.mid(0, width));
}

// False when the caller asked to stop.
bool writeTables(QTextStream& stream, const Document& document, const RenderProgress& progress) {
    const qint64 total = tableRowCount(document);
    qint64 done = 0;
    bool first = true;
    for (const Block& block : document.blocks) {
        const auto* table = std::get_if<Table>(&block);
        if (table == nullptr) {
            continue;
        }
        if (!first) {
            stream << QLatin1String("\r\n");
        }
        first = false;
        const qsizetype width = table->columns.size();
        QStringList headers;
        for (const TableColumn& column : table->columns) {
            headers << column.header;
        }
        writeLine(stream, headers, width);
        for (const TableRow& row : table->rows) {
            if (!keepGoing(progress, done++, total)) {
                return false;
            }
            writeLine(stream,
                      row.kind == TableRow::Kind::Group ? QStringList{row.groupTitle} : row.cells,
                      width);
        }
    }
    return true;
}

} // namespace

void writeCsvRecord(QTextStream& stream, const QStringList& fields) {
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            stream << QLatin1Char(',');
        }
        stream << csvField(fields.at(i));
    }
    stream << QLatin1String("\r\n");
}

Status writeCsv(const Document& document, const QString& filePath, const RenderProgress& progress) {
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite(filePath, file.errorString());
    }
    QTextStream stream(&file);
    stream << QChar(0xFEFF);
    if (!writeTables(stream, document, progress)) {
        file.cancelWriting();
        return renderCancelled();
    }
    stream.flush();
    if (stream.status() != QTextStream::Ok || !file.commit()) {
        return cannotWrite(filePath, file.errorString());
    }
    return {};
}

} // namespace thidua::documents
