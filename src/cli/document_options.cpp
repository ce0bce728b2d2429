#include "document_options.h"

#include "command.h"
#include "vietnamese_format.h"

namespace thidua::cli {

namespace {

// "pdf, docx or html", or with a dot before each: ".pdf, .docx or .html".
QString formatNames(const QList<documents::FileFormat>& formats, const QString& prefix) {
    QStringList names;
    for (documents::FileFormat format : formats)
        names << prefix + documents::fileSuffix(format);
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return Text::tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace

void addIssueOptions(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("place"),
                      Text::tr("The place before the date (\"Vĩnh Phúc\"); by default read "
                               "from the unit's name."),
                      Text::tr("TEXT")});
    parser.addOption({QStringLiteral("date"),
                      Text::tr("The date of the document, dd/MM/yyyy; today by default."),
                      Text::tr("DATE")});
}

std::optional<DocumentOutput> documentOutputOptions(const QCommandLineParser& parser,
                                                    const QList<documents::FileFormat>& allowed) {
    const auto out = requiredOption(parser, QStringLiteral("out"));
    if (!out)
        return std::nullopt;
    DocumentOutput output;
    output.out = *out;
    // The file's suffix says the format unless --format does.
    const QString formatText = parser.value(QStringLiteral("format"));
    const auto format = formatText.isEmpty() ? documents::fileFormatOf(output.out)
                                             : documents::fileFormatNamed(formatText);
    if (!format || !allowed.contains(*format)) {
        wrongUsage(formatText.isEmpty() ? Text::tr("Add --format %1, or end the file name in %2.")
                                              .arg(formatNames(allowed, {}),
                                                   formatNames(allowed, QStringLiteral(".")))
                                        : Text::tr("--format must be %1, not \"%2\".")
                                              .arg(formatNames(allowed, {}), formatText));
        return std::nullopt;
    }
    output.format = *format;
    if (parser.isSet(QStringLiteral("date"))) {
        const QString text = parser.value(QStringLiteral("date"));
        const auto date = domain::vn::parseDate(text);
        if (!date) {
            wrongUsage(Text::tr("--date must be a day such as 05/02/2026, not \"%1\".").arg(text));
            return std::nullopt;
        }
        output.issue.date = *date;
    }
    output.issue.place = parser.value(QStringLiteral("place")).trimmed();
    return output;
}

} // namespace thidua::cli
