#include "command.h"
#include "commands.h"
#include "eligibility_service.h"
#include "listing_service.h"
#include "table_output.h"
#include "vietnamese_format.h"
#include "workspace.h"
#include "workspace_opener.h"

#include <QJsonArray>
#include <QJsonObject>

#include <variant>

namespace thidua::cli {

namespace {

// Everything that can be checked without the database, so that a wrong
// command line is told apart (status 2) from a missing file (status 1).
struct EligibilityRequest {
    services::EligibilityQuery query;
    QString person;
    QString unit;
    ListFormat format = ListFormat::Text;
};

std::variant<EligibilityRequest, int> readRequest(const QCommandLineParser& parser) {
    EligibilityRequest request;
    const auto parsedYear = requiredYearOption(parser);
    if (!parsedYear)
        return WrongUsage;
    request.query.year = *parsedYear;
    const int subjects = (parser.isSet(QStringLiteral("person")) ? 1 : 0) +
                         (parser.isSet(QStringLiteral("unit")) ? 1 : 0) +
                         (parser.isSet(QStringLiteral("all")) ? 1 : 0);
    if (subjects != 1)
        return wrongUsage(Text::tr("Say whom to judge: --person, --unit or --all (one of them)."));
    request.person = parser.value(QStringLiteral("person"));
    request.unit = parser.value(QStringLiteral("unit"));
    request.query.everyone = parser.isSet(QStringLiteral("all"));
    request.query.awardCode = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("day"))) {
        const auto day = domain::vn::parseDate(parser.value(QStringLiteral("day")));
        if (!day)
            return wrongUsage(Text::tr("--day must be a day such as 31/12/2025, not \"%1\".")
                                  .arg(parser.value(QStringLiteral("day"))));
        request.query.day = *day;
    }
    const auto format = listFormatOption(parser);
    if (!format)
        return WrongUsage;
    request.format = *format;
    return request;
}

int explain(const Error& error) {
    err() << error.message << Qt::endl;
    return error.code == ErrorCode::Storage || error.code == ErrorCode::Io ? Failure : WrongUsage;
}

// "Thiếu … (Điều 22 Luật TĐKT 2022; chưa kiểm chứng)" for people; an array
// of {text, citation, verified} for programs.
Cell reasonsCell(const std::vector<domain::Reason>& reasons) {
    QStringList lines;
    QJsonArray json;
    for (const domain::Reason& reason : reasons) {
        lines << QStringLiteral("%1 (%2%3)")
                     .arg(reason.text, reason.citation,
                          reason.verified ? QString() : Text::tr("; unverified"));
        json.append(QJsonObject{{QStringLiteral("text"), reason.text},
                                {QStringLiteral("citation"), reason.citation},
                                {QStringLiteral("verified"), reason.verified}});
    }
    return {lines.join(QStringLiteral("; ")), json};
}

void writeAnswers(const services::EligibilityRun& run, const QHash<domain::RowId, QString>& people,
                  const QHash<domain::RowId, QString>& units, TableOutput& output) {
    auto cellsOf = [&](const services::EligibilityRun::Row& row) {
        const bool person = row.personId != domain::NoId;
        const domain::Verdict verdict = row.judgement.verdict;
        return std::vector<Cell>{
            numberCell(person ? row.personId : row.unitId),
            codeCell(person ? Text::tr("person") : Text::tr("unit"),
                     person ? QStringLiteral("person") : QStringLiteral("unit")),
            textCell(person ? people.value(row.personId) : units.value(row.unitId)),
            codeCell(run.names.value(row.awardCode(), row.awardCode()), row.awardCode()),
            codeCell(domain::verdictName(verdict), domain::verdictCode(verdict)),
            reasonsCell(run.reasonsOf(row)),
            textCell(row.setCode())};
    };
    if (output.measuresFirst())
        for (const auto& row : run.rows)
            output.measure(cellsOf(row));
    output.begin();
    for (const auto& row : run.rows)
        output.row(cellsOf(row));
    output.end();
}

void writeRules(const domain::EligibilityRuleData& data, TableOutput& output) {
    auto cellsOf = [&](const domain::EligibilityRule& rule) {
        const auto set =
            std::ranges::find(data.sets, rule.setCode, &domain::EligibilityRuleSet::code);
        const bool verified = rule.verified && (set == data.sets.end() || set->verified);
        return std::vector<Cell>{
            textCell(rule.key()),
            dateCell(set != data.sets.end() ? set->effectiveFrom : QDate()),
            dateCell(set != data.sets.end() ? set->effectiveTo : QDate()),
            textCell(domain::conditionKindCode(rule.kind)),
            numberCell(rule.years),
            numberCell(rule.count),
            textCell(rule.code),
            textCell(rule.citation),
            Cell{verified ? Text::tr("yes") : Text::tr("no (unverified)"), QJsonValue(verified)}};
    };
    if (output.measuresFirst())
        for (const auto& rule : data.rules)
            output.measure(cellsOf(rule));
    output.begin();
    for (const auto& rule : data.rules)
        output.row(cellsOf(rule));
    output.end();
}

// --add-rule NAME with --kind, its numbers, --code, --text, --citation and
// --unverified: the rule, or a status for a wrong command line.
std::variant<domain::EligibilityRule, int> readNewRule(const QCommandLineParser& parser) {
    auto rule = domain::EligibilityRule::fromKey(parser.value(QStringLiteral("add-rule")));
    if (!rule)
        return wrongUsage(Text::tr("--add-rule needs a rule's name, such as ND152:LDTT.months or "
                                   "ND152:TTLDTT/tt.members, not \"%1\".")
                              .arg(parser.value(QStringLiteral("add-rule"))));
    const auto kind = domain::conditionKindFromCode(parser.value(QStringLiteral("kind")).trimmed());
    if (!kind)
        return wrongUsage(Text::tr("--kind must be a condition as --rules lists them (grade, "
                                   "worked_months, review …), not \"%1\".")
                              .arg(parser.value(QStringLiteral("kind"))));
    rule->kind = *kind;
    for (const auto& [option, field] : {std::pair(QStringLiteral("years"), &rule->years),
                                        std::pair(QStringLiteral("count"), &rule->count)}) {
        bool number = true;
        if (parser.isSet(option))
            *field = parser.value(option).trimmed().toInt(&number);
        if (!number)
            return wrongUsage(Text::tr("--%1 must be a whole number, not \"%2\".")
                                  .arg(option, parser.value(option)));
    }
    rule->code = parser.value(QStringLiteral("code")).trimmed();
    rule->text = parser.value(QStringLiteral("text")).trimmed();
    rule->citation = parser.value(QStringLiteral("citation")).trimmed();
    rule->verified = !parser.isSet(QStringLiteral("unverified"));
    return *rule;
}

// --rules, with --set-rule NAME=VALUE or --add-rule NAME … before it.
int runRulesListing(const QCommandLineParser& parser, services::EligibilityService& service,
                    ListFormat format) {
    if (parser.isSet(QStringLiteral("add-rule"))) {
        auto rule = readNewRule(parser);
        if (const int* status = std::get_if<int>(&rule))
            return *status;
        if (auto added = service.addRule(std::get<domain::EligibilityRule>(rule)); !added)
            return explain(added.error());
    }
    if (parser.isSet(QStringLiteral("set-rule"))) {
        const QString assignment = parser.value(QStringLiteral("set-rule"));
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        bool number = false;
        const int value = assignment.mid(equals + 1).trimmed().toInt(&number);
        if (equals < 0 || !number)
            return wrongUsage(
                Text::tr("--set-rule needs NAME=NUMBER, such as ND152:TTLDTT.ldtt.count=75, not "
                         "\"%1\".")
                    .arg(assignment));
        if (auto set = service.setRule(assignment.left(equals), value); !set)
            return explain(set.error());
    }
    auto data = service.rules();
    if (!data)
        return explain(data.error());
    auto output = makeTableOutput(format,
                                  {{QStringLiteral("rule"), Text::tr("Rule")},
                                   {QStringLiteral("from"), Text::tr("From")},
                                   {QStringLiteral("to"), Text::tr("To")},
                                   {QStringLiteral("kind"), Text::tr("Condition")},
                                   {QStringLiteral("years"), Text::tr("Years"), true},
                                   {QStringLiteral("count"), Text::tr("Count"), true},
                                   {QStringLiteral("code"), Text::tr("Code")},
                                   {QStringLiteral("citation"), Text::tr("Citation")},
                                   {QStringLiteral("verified"), Text::tr("Verified")}},
                                  out(), OutputOptions{});
    writeRules(*data, *output);
    return Success;
}

} // namespace

int runEligibility(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Database file."), Text::tr("FILE")});
    parser.addOption({QStringLiteral("year"), Text::tr("The year judged."), Text::tr("YEAR")});
    parser.addOption({QStringLiteral("person"), Text::tr("The person: a number or the full name."),
                      Text::tr("ID-OR-NAME")});
    parser.addOption({QStringLiteral("unit"),
                      Text::tr("The unit (collective titles): a number or its name."),
                      Text::tr("ID-OR-NAME")});
    parser.addOption({QStringLiteral("all"), Text::tr("Every person and every unit.")});
    parser.addOption({QStringLiteral("title"),
                      Text::tr("Only this title or form (LDTT, CSTDCS, BKBO …)."),
                      Text::tr("CODE")});
    parser.addOption({QStringLiteral("day"),
                      Text::tr("The judging day, which chooses the rule set (31/12 of the year "
                               "by default)."),
                      Text::tr("DATE")});
    parser.addOption({QStringLiteral("rules"),
                      Text::tr("List the eligibility rules with their numbers and citations.")});
    parser.addOption({QStringLiteral("set-rule"),
                      Text::tr("Set a number of a rule, then list the rules: "
                               "ND152:TTLDTT.ldtt.count=75."),
                      Text::tr("NAME=VALUE")});
    parser.addOption({QStringLiteral("add-rule"),
                      Text::tr("Add a condition to a title or form of a rule set, then list the "
                               "rules: ND152:LDTT.months with --kind, its numbers and --citation."),
                      Text::tr("NAME")});
    parser.addOption({QStringLiteral("kind"),
                      Text::tr("With --add-rule: the condition (grade, worked_months, review …)."),
                      Text::tr("KIND")});
    parser.addOption(
        {QStringLiteral("years"), Text::tr("With --add-rule: its years."), Text::tr("NUMBER")});
    parser.addOption(
        {QStringLiteral("count"), Text::tr("With --add-rule: its count."), Text::tr("NUMBER")});
    parser.addOption({QStringLiteral("code"),
                      Text::tr("With --add-rule: the title, grade, initiative level or "
                               "discipline form it names."),
                      Text::tr("CODE")});
    parser.addOption({QStringLiteral("text"),
                      Text::tr("With --add-rule: what a person checks, for a review rule."),
                      Text::tr("TEXT")});
    parser.addOption({QStringLiteral("citation"),
                      Text::tr("With --add-rule: the article it rests on."), Text::tr("TEXT")});
    parser.addOption({QStringLiteral("unverified"),
                      Text::tr("With --add-rule: its legal basis is not yet checked.")});
    addListFormatOption(parser);
    if (auto stop = parseCommandLine(
            parser, arguments,
            Text::tr("Say whether a person or a unit may be proposed for a title or form in a "
                     "year, with every reason and the article it rests on.")))
        return *stop;
    if (parser.isSet(QStringLiteral("rules")) || parser.isSet(QStringLiteral("set-rule")) ||
        parser.isSet(QStringLiteral("add-rule"))) {
        const auto format = listFormatOption(parser);
        if (!format)
            return WrongUsage;
        auto opened = openDbOption(parser);
        if (const int* status = std::get_if<int>(&opened))
            return *status;
        return runRulesListing(
            parser, std::get<std::unique_ptr<services::Workspace>>(opened)->eligibility(), *format);
    }
    auto read = readRequest(parser);
    if (const int* status = std::get_if<int>(&read))
        return *status;
    EligibilityRequest request = std::get<EligibilityRequest>(read);
    auto opened = openDbOption(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    services::Workspace& workspace = *std::get<std::unique_ptr<services::Workspace>>(opened);
    services::EligibilityService& service = workspace.eligibility();
    if (!request.person.isEmpty()) {
        auto person = service.findPerson(request.person);
        if (!person)
            return explain(person.error());
        request.query.personId = *person;
    }
    if (!request.unit.isEmpty()) {
        bool number = false;
        request.query.unitId = request.unit.toLongLong(&number);
        if (!number) {
            auto unit = workspace.listing().findUnit(request.unit);
            if (!unit)
                return explain(unit.error());
            request.query.unitId = *unit;
        }
    }
    auto run = service.check(request.query);
    if (!run)
        return explain(run.error());
    auto people = service.personNames(request.query);
    auto units = service.unitNames();
    if (!people || !units)
        return explain(!people ? people.error() : units.error());
    auto output = makeTableOutput(request.format,
                                  {{QStringLiteral("id"), Text::tr("No."), true},
                                   {QStringLiteral("subject"), Text::tr("Subject")},
                                   {QStringLiteral("name"), Text::tr("Name")},
                                   {QStringLiteral("title"), Text::tr("Title or form")},
                                   {QStringLiteral("verdict"), Text::tr("Verdict")},
                                   {QStringLiteral("reasons"), Text::tr("Reasons")},
                                   {QStringLiteral("rule_set"), Text::tr("Rule set")}},
                                  out(), OutputOptions{});
    writeAnswers(*run, *people, *units, *output);
    return Success;
}

} // namespace thidua::cli
