#include "poppler.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace thidua::documents::testing {

ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs) {
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        return {false, program + QStringLiteral(" not found on PATH")};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return {false, program + QStringLiteral(" failed: ") +
                           QString::fromUtf8(process.readAllStandardError())};
    }
    return {true, QString::fromUtf8(process.readAllStandardOutput())};
}

ToolRun pdfText(const QString& pdfPath, int page) {
    QStringList arguments{QStringLiteral("-layout"), QStringLiteral("-enc"),
                          QStringLiteral("UTF-8")};
    if (page > 0) {
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    }
    arguments << pdfPath << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments);
}

ToolRun pdfInfo(const QString& pdfPath) {
    return runTool(QStringLiteral("pdfinfo"), {pdfPath});
}

QList<PdfWord> pdfWords(const QString& pdfPath, int page, QString* error) {
    const ToolRun run =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                 QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                 QString::number(page), pdfPath, QStringLiteral("-")});
    if (!run.ok) {
        *error = run.output;
        return {};
    }
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QList<PdfWord> words;
    for (auto it = word.globalMatch(run.output); it.hasNext();) {
        const auto match = it.next();
        const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
        const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
        words.append(PdfWord{match.captured(5), QRectF(topLeft, bottomRight)});
    }
    return words;
}

} // namespace thidua::documents::testing
