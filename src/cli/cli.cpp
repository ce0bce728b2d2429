#include "cli.h"

#include "command.h"
#include "commands.h"
#include "gui_entry.h"
#include "logging_setup.h"

#include <QApplication>
#include <QGuiApplication>

#include <array>

namespace thidua::cli {

namespace {

constexpr std::array<Command, 11> commands{{
    {"demo", QT_TRANSLATE_NOOP("thidua::cli", "fill an empty database with demonstration data"),
     &runDemo},
    {"check", QT_TRANSLATE_NOOP("thidua::cli", "check a database's integrity and data rules"),
     &runCheck},
    {"backup", QT_TRANSLATE_NOOP("thidua::cli", "copy a database safely while it is in use"),
     &runBackup},
    {"import",
     QT_TRANSLATE_NOOP("thidua::cli",
                       "import units, people, registrations, evaluations or discipline from a CSV "
                       "or XLSX file"),
     &runImport},
    {"list", QT_TRANSLATE_NOOP("thidua::cli", "list units, people or a year's registrations"),
     &runList},
    {"export",
     QT_TRANSLATE_NOOP("thidua::cli",
                       "write a list or an official document as PDF, DOCX, XLSX or CSV"),
     &runExport},
    {"report",
     QT_TRANSLATE_NOOP("thidua::cli",
                       "draft a conference report (year-end, six-month or five-year) as PDF, "
                       "DOCX or HTML"),
     &runReport},
    {"rank",
     QT_TRANSLATE_NOOP("thidua::cli",
                       "rank a cluster's units by their scores for the 6-month review or the "
                       "year end"),
     &runRank},
    {"rules",
     QT_TRANSLATE_NOOP("thidua::cli",
                       "list or set the vote thresholds and the quorum, each from a day"),
     &runRules},
    {"eligibility",
     QT_TRANSLATE_NOOP("thidua::cli",
                       "say who may be proposed for a title or form in a year, with the reasons "
                       "and their articles"),
     &runEligibility},
    {"screenshots", QT_TRANSLATE_NOOP("thidua::cli", "render every main screen to PNG files"),
     &runScreenshots},
}};

// What a command needs of Qt beyond its core: widgets to draw screens, or
// fonts to lay out documents. Both work without a display (offscreen).
enum class Needs { Core, Gui, Widgets };

Needs needs(const QString& name) {
    if (name == QStringLiteral("screenshots"))
        return Needs::Widgets;
    if (name == QStringLiteral("export") || name == QStringLiteral("report"))
        return Needs::Gui;
    return Needs::Core;
}

const Command* findCommand(const QString& name) {
    for (const Command& command : commands)
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

void printUsage(QTextStream& stream) {
    stream << Text::tr("Usage: thidua [--verbose] [--database FILE]   start the application")
           << Qt::endl
           << Text::tr("       thidua COMMAND [options]              run a command") << Qt::endl
           << Text::tr("       thidua --version                      show the version") << Qt::endl
           << Qt::endl
           << Text::tr("Commands:") << Qt::endl;
    for (const Command& command : commands)
        stream << QStringLiteral("  %1  %2")
                      .arg(QLatin1String(command.name), -12)
                      .arg(Text::tr(command.summary))
               << Qt::endl;
    stream << Qt::endl
           << Text::tr("Run \"thidua COMMAND --help\" for a command's options.") << Qt::endl;
}

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("thidua"));
    QCoreApplication::setApplicationName(QStringLiteral("thidua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THIDUA_VERSION));
}

// --help and --version are answered without a display, so they also work
// over ssh and in scripts.
enum class Information { None, Usage, Version };

Information requestedInformation(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help")
            return Information::Usage;
        if (argument == "-v" || argument == "--version")
            return Information::Version;
    }
    return Information::None;
}

int answerInformation(Information information, int argc, char** argv) {
    QCoreApplication app(argc, argv);
    describeApplication();
    ui::installTranslations(app);
    if (information == Information::Version)
        out() << QStringLiteral("thidua %1").arg(QCoreApplication::applicationVersion())
              << Qt::endl;
    else
        printUsage(out());
    return Success;
}

int runGuiMode(int argc, char** argv) {
    QApplication app(argc, argv);
    describeApplication();
    ui::installTranslations(app);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("verbose"), Text::tr("Log at debug level.")});
    parser.addOption({QStringLiteral("database"),
                      Text::tr("Open this database instead of the default one."),
                      Text::tr("FILE")});
    if (!parser.parse(QApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        err() << (parser.errorText().isEmpty()
                      ? Text::tr("Unknown command: %1").arg(parser.positionalArguments().value(0))
                      : parser.errorText())
              << Qt::endl;
        printUsage(err());
        return WrongUsage;
    }
    setUpLogging({parser.isSet(QStringLiteral("verbose")), false});
    return ui::runGui(parser.value(QStringLiteral("database")));
}

template <typename Application>
int runCommand(const Command& command, int argc, char** argv) {
    Application app(argc, argv);
    describeApplication();
    QStringList arguments = Application::arguments();
    setUpLogging({arguments.contains(QStringLiteral("--verbose")), true});
    ui::installTranslations(app);
    return command.run(arguments);
}

} // namespace

int run(int argc, char** argv) {
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const Command* command = findCommand(first);
    if (!command) {
        if (const Information information = requestedInformation(argc, argv);
            information != Information::None)
            return answerInformation(information, argc, argv);
        return runGuiMode(argc, argv);
    }
    const Needs needed = needs(first);
    if (needed == Needs::Core)
        return runCommand<QCoreApplication>(*command, argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (needed == Needs::Gui)
        return runCommand<QGuiApplication>(*command, argc, argv);
    return runCommand<QApplication>(*command, argc, argv);
}

} // namespace thidua::cli
