#include "command.h"
#include "commands.h"
#include "demo_service.h"
#include "vietnamese_format.h"
#include "workspace_opener.h"

namespace thidua::cli {

namespace {

std::optional<services::DemoScale> parseScale(const QString& text) {
    if (text == QStringLiteral("small"))
        return services::DemoScale::Small;
    if (text == QStringLiteral("large"))
        return services::DemoScale::Large;
    return std::nullopt;
}

// Progress on stderr in steps of ten per cent, so a log stays readable.
services::ProgressCallback percentPrinter() {
    return [last = -1](qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (percent / 10 != last / 10) {
            err() << Text::tr("Generating demo data: %1%").arg(percent) << Qt::endl;
            last = percent;
        }
        return true;
    };
}

} // namespace

int runDemo(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Database file (created when missing)."),
                      Text::tr("FILE")});
    parser.addOption({QStringLiteral("scale"),
                      Text::tr("small: the justice-sector history 2018–2025; large: at least "
                               "100,000 people and 1,000,000 registrations."),
                      QStringLiteral("small|large"), QStringLiteral("small")});
    parser.addOption({QStringLiteral("seed"), Text::tr("The same seed gives the same data."),
                      QStringLiteral("N"), QStringLiteral("1")});
    if (auto stop = parseCommandLine(parser, arguments,
                                     Text::tr("Fill an empty database with demonstration data.")))
        return *stop;
    const auto db = requiredOption(parser, QStringLiteral("db"));
    if (!db)
        return WrongUsage;
    const auto scale = parseScale(parser.value(QStringLiteral("scale")));
    if (!scale) {
        err() << Text::tr("--scale must be small or large, not \"%1\".")
                     .arg(parser.value(QStringLiteral("scale")))
              << Qt::endl;
        return WrongUsage;
    }
    bool seedOk = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        err() << Text::tr("--seed must be a whole number, not \"%1\".")
                     .arg(parser.value(QStringLiteral("seed")))
              << Qt::endl;
        return WrongUsage;
    }

    auto workspace = openWorkspace(*db, MustExist::No);
    if (!workspace)
        return Failure;
    auto summary = workspace->demo().generate({*scale, seed}, percentPrinter());
    if (!summary) {
        err() << summary.error().message << Qt::endl;
        return Failure;
    }
    out() << Text::tr("Demo data written to %1: %2 units, %3 people, %4 clusters, %5 "
                      "registrations.")
                 .arg(*db, domain::vn::formatInteger(summary->units),
                      domain::vn::formatInteger(summary->people),
                      domain::vn::formatInteger(summary->clusters),
                      domain::vn::formatInteger(summary->registrations))
          << Qt::endl;
    return Success;
}

} // namespace thidua::cli
