#include "command.h"

#include <cstdio>

namespace thidua::cli {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    const QString& description,
                                    const QList<Positional>& positionals) {
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this help."));
    parser.addOption(help);
    parser.addOption({QStringLiteral("verbose"), Text::tr("Log at debug level.")});
    const QString commandName = arguments.value(1);
    parser.addPositionalArgument(commandName, Text::tr("The command to run."), commandName);
    for (const Positional& positional : positionals)
        parser.addPositionalArgument(positional.name, positional.description);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl
              << Text::tr("Run \"%1 --help\" to see the options.")
                     .arg(arguments.mid(0, 2).join(QLatin1Char(' ')))
              << Qt::endl;
        return WrongUsage;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return Success;
    }
    const QStringList given = parser.positionalArguments().mid(1);
    if (given.size() > positionals.size()) {
        err() << Text::tr("Unexpected argument: %1")
                     .arg(given.mid(positionals.size()).join(QLatin1Char(' ')))
              << Qt::endl;
        return WrongUsage;
    }
    if (given.size() < positionals.size()) {
        err() << Text::tr("Missing argument: %1").arg(positionals.at(given.size()).name)
              << Qt::endl;
        return WrongUsage;
    }
    return std::nullopt;
}

std::optional<QString> requiredOption(const QCommandLineParser& parser, const QString& name) {
    const QString value = parser.value(name);
    if (value.isEmpty()) {
        err() << Text::tr("The option --%1 is required.").arg(name) << Qt::endl;
        return std::nullopt;
    }
    return value;
}

int wrongUsage(const QString& message) {
    err() << message << Qt::endl;
    return WrongUsage;
}

std::optional<int> yearOption(const QString& text) {
    bool isNumber = false;
    const int year = text.toInt(&isNumber);
    if (isNumber && year >= 1945 && year <= 2200)
        return year;
    wrongUsage(Text::tr("--year must be a year such as 2025, not \"%1\".").arg(text));
    return std::nullopt;
}

std::optional<int> requiredYearOption(const QCommandLineParser& parser) {
    const auto year = requiredOption(parser, QStringLiteral("year"));
    return year ? yearOption(*year) : std::nullopt;
}

void addListFormatOption(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("format"),
                      Text::tr("text (aligned columns, the default), csv or json."),
                      QStringLiteral("text|csv|json")});
}

std::optional<ListFormat> listFormatOption(const QCommandLineParser& parser) {
    const QString text = parser.value(QStringLiteral("format"));
    const auto format = listFormatNamed(text);
    if (!format)
        wrongUsage(Text::tr("--format must be text, csv or json, not \"%1\".").arg(text));
    return format;
}

void addRoundOption(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("round"),
                      Text::tr("so-ket (the 6-month review) or tong-ket (year end, the "
                               "default)."),
                      QStringLiteral("so-ket|tong-ket")});
}

std::optional<domain::RoundKind> roundOption(const QCommandLineParser& parser) {
    const QString round = parser.value(QStringLiteral("round"));
    if (round == QStringLiteral("so-ket"))
        return domain::RoundKind::MidYear;
    if (round.isEmpty() || round == QStringLiteral("tong-ket"))
        return domain::RoundKind::YearEnd;
    wrongUsage(Text::tr("--round must be so-ket or tong-ket, not \"%1\".").arg(round));
    return std::nullopt;
}

} // namespace thidua::cli
