#pragma once

#include "scoring_round.h"
#include "table_output.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace thidua::cli {

// Gives the CLI's messages one translation context that lupdate can find.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)
};

// Exit statuses every command keeps to.
enum ExitStatus : int { Success = 0, Failure = 1, WrongUsage = 2, BadRows = 3 };

// A positional argument a command takes after its name: `thidua import KIND FILE`.
struct Positional {
    QString name;
    QString description;
};

// One sub-command: `thidua NAME [options]`.
struct Command {
    const char* name;
    const char* summary; // translated in context "thidua::cli"
    int (*run)(const QStringList& arguments);
};

QTextStream& out();
QTextStream& err();

// Adds the options every command shares (--help, --verbose) and parses
// `thidua COMMAND [options]`: arguments[1] is the command's own name.
// Returns an exit status when the command must stop here (help shown, or the
// usage was wrong and has been explained on stderr).
// positionals: exactly these must follow the command's name.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    const QString& description,
                                    const QList<Positional>& positionals = {});

// The value of a required option, or an explanation on stderr and nullopt.
std::optional<QString> requiredOption(const QCommandLineParser& parser, const QString& name);

// Explains a wrong command line on stderr; returns WrongUsage.
int wrongUsage(const QString& message);

// The emulation year given as --year: a number from 1945 to 2200, or nullopt
// after explaining on stderr.
std::optional<int> yearOption(const QString& text);

// --year, which must be given, as yearOption() reads it.
std::optional<int> requiredYearOption(const QCommandLineParser& parser);

// --format text|csv|json: how a list is written.
void addListFormatOption(QCommandLineParser& parser);
// The format --format names, text without it; nullopt after explaining a
// wrong value on stderr.
std::optional<ListFormat> listFormatOption(const QCommandLineParser& parser);

// --round so-ket|tong-ket: the scoring round a command works on.
void addRoundOption(QCommandLineParser& parser);
// The round --round names, year end without it; nullopt after explaining a
// wrong value on stderr.
std::optional<domain::RoundKind> roundOption(const QCommandLineParser& parser);

} // namespace thidua::cli
