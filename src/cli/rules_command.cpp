#include "command.h"
#include "commands.h"
#include "table_output.h"
#include "vietnamese_format.h"
#include "vote_rule_service.h"
#include "workspace.h"
#include "workspace_opener.h"

#include <variant>

namespace thidua::cli {

namespace {

QString percentText(domain::Share share) {
    return domain::vn::formatDecimal(100.0 * share.numerator / share.denominator) +
           QStringLiteral(" %");
}

// The rows as a table: a title's code (empty for the quorum), from when, the
// share of all members, the legal basis.
void writeRules(const std::vector<domain::VoteRule>& rules, TableOutput& output) {
    auto cellsOf = [](const domain::VoteRule& rule) {
        return std::vector<Cell>{
            rule.isQuorum()
                ? codeCell(Text::tr("Quorum (meeting on awards)"), QStringLiteral("quorum"))
                : codeCell(rule.titleCode, rule.titleCode),
            dateCell(rule.validFrom),
            Cell{percentText(rule.share),
                 QJsonValue(100.0 * rule.share.numerator / rule.share.denominator)},
            textCell(rule.legalBasis)};
    };
    if (output.measuresFirst())
        for (const domain::VoteRule& rule : rules)
            output.measure(cellsOf(rule));
    output.begin();
    for (const domain::VoteRule& rule : rules)
        output.row(cellsOf(rule));
    output.end();
}

// The row --title or --quorum, --share, --from and --basis describe, or the
// exit status after explaining on stderr.
std::variant<domain::VoteRule, int> ruleFrom(const QCommandLineParser& parser) {
    domain::VoteRule rule;
    const bool title = parser.isSet(QStringLiteral("title"));
    if (title == parser.isSet(QStringLiteral("quorum")))
        return wrongUsage(Text::tr("Say which rule to set: --title CODE for a title's "
                                   "threshold, or --quorum for the quorum of a meeting on "
                                   "awards."));
    rule.titleCode = parser.value(QStringLiteral("title"));
    const auto share = requiredOption(parser, QStringLiteral("share"));
    const auto from = requiredOption(parser, QStringLiteral("from"));
    const auto basis = requiredOption(parser, QStringLiteral("basis"));
    if (!share || !from || !basis)
        return WrongUsage;
    const auto parsedShare = domain::shareFromText(*share);
    if (!parsedShare)
        return wrongUsage(
            Text::tr("--share must be a percentage such as 80 or a fraction such as 2/3, not "
                     "\"%1\".")
                .arg(*share));
    const auto day = domain::vn::parseDate(*from);
    if (!day)
        return wrongUsage(
            Text::tr("--from must be a day such as 01/07/2025, not \"%1\".").arg(*from));
    rule.share = *parsedShare;
    rule.validFrom = *day;
    rule.legalBasis = *basis;
    return rule;
}

} // namespace

int runRules(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Database file."), Text::tr("FILE")});
    parser.addOption({QStringLiteral("title"),
                      Text::tr("Set the yes votes this title needs (CTDBO, CTDCP, CSTDCS …)."),
                      Text::tr("CODE")});
    parser.addOption(
        {QStringLiteral("quorum"), Text::tr("Set the members a meeting on awards needs present.")});
    parser.addOption({QStringLiteral("share"),
                      Text::tr("Of all members, present or not: a percentage (80) or a "
                               "fraction (2/3)."),
                      Text::tr("SHARE")});
    parser.addOption({QStringLiteral("from"),
                      Text::tr("The day the rule takes effect (dd/MM/yyyy or ISO)."),
                      Text::tr("DATE")});
    parser.addOption({QStringLiteral("basis"),
                      Text::tr("The legal basis: the document and its article."),
                      Text::tr("TEXT")});
    addListFormatOption(parser);
    if (auto stop = parseCommandLine(
            parser, arguments,
            Text::tr("List the vote rule data (each title's threshold and the quorum of a "
                     "meeting on awards, with the day each takes effect), or set one row.")))
        return *stop;
    const bool setting = parser.isSet(QStringLiteral("title")) ||
                         parser.isSet(QStringLiteral("quorum")) ||
                         parser.isSet(QStringLiteral("share"));
    std::optional<domain::VoteRule> rule;
    if (setting) {
        auto read = ruleFrom(parser);
        if (const int* status = std::get_if<int>(&read))
            return *status;
        rule = std::get<domain::VoteRule>(read);
    }
    const auto format = listFormatOption(parser);
    if (!format)
        return WrongUsage;
    auto opened = openDbOption(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    services::VoteRuleService& service =
        std::get<std::unique_ptr<services::Workspace>>(opened)->voteRules();
    if (rule) {
        if (auto set = service.set(*rule); !set) {
            err() << set.error().message << Qt::endl;
            return set.error().code == ErrorCode::Storage ? Failure : WrongUsage;
        }
    }
    auto rules = service.rules();
    if (!rules) {
        err() << rules.error().message << Qt::endl;
        return Failure;
    }
    auto output = makeTableOutput(*format,
                                  {{QStringLiteral("rule"), Text::tr("Rule")},
                                   {QStringLiteral("from"), Text::tr("From")},
                                   {QStringLiteral("share"), Text::tr("Of all members"), true},
                                   {QStringLiteral("basis"), Text::tr("Legal basis")}},
                                  out(), OutputOptions{});
    writeRules(*rules, *output);
    return Success;
}

} // namespace thidua::cli
