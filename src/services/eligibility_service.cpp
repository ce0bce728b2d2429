#include "eligibility_service.h"

#include "award_repository.h"
#include "eligibility_facts_repository.h"
#include "eligibility_judge.h"
#include "eligibility_rule_repository.h"
#include "person_repository.h"
#include "service_context.h"
#include "service_text.h"

#include <QJsonObject>

#include <algorithm>

namespace thidua::services {

namespace {

QJsonObject toJson(const domain::EligibilityRule& rule) {
    return {{QStringLiteral("years"), rule.years},
            {QStringLiteral("count"), rule.count},
            {QStringLiteral("verified"), rule.verified}};
}

// An added rule as the audit keeps it: its numbers and what they are of.
QJsonObject addedJson(const domain::EligibilityRule& rule) {
    QJsonObject json = toJson(rule);
    json.insert(QStringLiteral("kind"), domain::conditionKindCode(rule.kind));
    json.insert(QStringLiteral("position"), rule.position);
    json.insert(QStringLiteral("code"), rule.code);
    json.insert(QStringLiteral("text"), rule.text);
    json.insert(QStringLiteral("citation"), rule.citation);
    return json;
}

// The titles and forms asked about, lowest first as a unit votes them, for
// the subject: one code, or every one the book has.
std::vector<const domain::AwardRules*>
awardsAsked(const domain::RuleBook& book, const QString& code, domain::TitleSubject subject) {
    std::vector<const domain::AwardRules*> asked;
    for (const domain::AwardRules& award : book.awards)
        if (award.subject == subject && (code.isEmpty() || award.awardCode == code))
            asked.push_back(&award);
    return asked;
}

// An edit of the rules, given all of them, in one transaction, announced
// (EligibilityRulesChanged) after commit.
template <typename Edit>
Status editRules(ServiceContext& context, Edit&& edit) {
    return inTransaction(
        context,
        [&]() -> Status {
            storage::EligibilityRuleRepository repository(context.db);
            auto data = repository.all();
            if (!data)
                return std::unexpected(data.error());
            return edit(repository, *data);
        },
        [] { return EligibilityRulesChanged{}; });
}

} // namespace

std::vector<domain::Reason> EligibilityRun::reasonsOf(const Row& row) const {
    const domain::Judgement judgement =
        row.personId != domain::NoId ? judge->person(row.judgement.subject, row.judgement.rules)
                                     : judge->unit(row.judgement.subject, row.judgement.rules);
    return domain::reasonsOf(judgement, names);
}

Result<EligibilityRun> EligibilityService::check(const EligibilityQuery& query) {
    if (query.year < 1945 || query.year > 2200)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The year must be from 1945 to 2200, not %1.").arg(query.year));
    EligibilityRun run;
    run.year = query.year;
    run.day = query.day.isValid() ? query.day : domain::defaultJudgingDay(query.year);
    auto data = storage::EligibilityRuleRepository(context_.db).all();
    if (!data)
        return std::unexpected(data.error());
    run.book = domain::ruleBookOn(*data, run.day);
    if (run.book.empty())
        return fail(ErrorCode::NotFound, Text::tr("No eligibility rule set is in force on %1.")
                                             .arg(run.day.toString(QStringLiteral("dd/MM/yyyy"))));
    auto catalogue = storage::AwardRepository(context_.db).catalogue(run.day);
    if (!catalogue)
        return std::unexpected(catalogue.error());
    QHash<QString, int> precedence;
    for (const domain::AwardType& type : *catalogue) {
        run.names.insert(type.code, type.name);
        precedence.insert(type.code, type.precedence);
    }
    // Sorted before any judgement points into the book.
    std::ranges::stable_sort(run.book.awards, std::greater<>(), [&](const auto& award) {
        return precedence.value(award.awardCode, 0);
    });

    const QString code = query.awardCode.trimmed().toUpper();
    const storage::FactsScope scope{query.everyone ? domain::NoId : query.personId,
                                    query.everyone ? domain::NoId : query.unitId};
    const bool people = query.everyone || query.personId != domain::NoId;
    const bool units = query.everyone || query.unitId != domain::NoId;
    const auto individual = people ? awardsAsked(run.book, code, domain::TitleSubject::Individual)
                                   : std::vector<const domain::AwardRules*>{};
    const auto collective = units ? awardsAsked(run.book, code, domain::TitleSubject::Collective)
                                  : std::vector<const domain::AwardRules*>{};
    if (individual.empty() && collective.empty())
        return fail(ErrorCode::NotFound,
                    Text::tr("The rules in force on %1 say nothing of %2 for this subject.")
                        .arg(run.day.toString(QStringLiteral("dd/MM/yyyy")), code));

    auto facts = storage::EligibilityFactsRepository(context_.db).load(run.year, run.day, scope);
    if (!facts)
        return std::unexpected(facts.error());
    if ((query.personId != domain::NoId && facts->people.empty()) ||
        (query.unitId != domain::NoId && facts->units.empty()))
        return fail(ErrorCode::NotFound, Text::tr("No such person or unit."));
    run.facts = std::make_unique<domain::EligibilityFacts>(std::move(*facts));
    run.judge = std::make_unique<domain::EligibilityJudge>(run.book, *run.facts);
    domain::EligibilityJudge& judge = *run.judge;
    auto answer = [](const domain::Judgement& judgement, int subject) {
        return EligibilityRun::Answer{judgement.rules, subject, judgement.verdict};
    };
    if (!query.everyone && query.personId != domain::NoId) {
        for (const domain::AwardRules* award : individual)
            run.rows.push_back({query.personId, domain::NoId, answer(judge.person(0, award), 0)});
        return run;
    }
    const domain::EligibilityFacts& loaded = *run.facts;
    run.rows.reserve(loaded.people.size() * individual.size() +
                     loaded.units.size() * collective.size());
    for (std::size_t i = 0; i < loaded.people.size(); ++i)
        for (const domain::AwardRules* award : individual) {
            const int index = static_cast<int>(i);
            run.rows.push_back(
                {loaded.people[i].id, domain::NoId, answer(judge.person(index, award), index)});
        }
    // A unit's query loads its sub-units for their people: only it is judged.
    for (std::size_t i = 0; i < loaded.units.size(); ++i) {
        if (!query.everyone && loaded.units[i].id != query.unitId)
            continue;
        for (const domain::AwardRules* award : collective) {
            const int index = static_cast<int>(i);
            run.rows.push_back(
                {domain::NoId, loaded.units[i].id, answer(judge.unit(index, award), index)});
        }
    }
    return run;
}

Result<domain::RowId> EligibilityService::findPerson(const QString& idOrName) {
    bool number = false;
    const domain::RowId id = idOrName.trimmed().toLongLong(&number);
    storage::PersonRepository people(context_.db);
    if (number) {
        auto person = people.find(id);
        return person ? Result<domain::RowId>(id) : std::unexpected(person.error());
    }
    auto found = people.findBySearchKey(idOrName);
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, Text::tr("No person is named \"%1\".").arg(idOrName));
    if (found->size() > 1) {
        QStringList ids;
        for (const domain::Person& person : *found)
            ids << QString::number(person.id);
        return fail(ErrorCode::InvalidInput,
                    Text::tr("%1 people are named \"%2\"; give one of their numbers: %3.")
                        .arg(found->size())
                        .arg(idOrName, ids.join(QStringLiteral(", "))));
    }
    return found->front().id;
}

Result<QHash<domain::RowId, QString>>
EligibilityService::personNames(const EligibilityQuery& query) {
    return storage::EligibilityFactsRepository(context_.db)
        .personNames({query.everyone ? domain::NoId : query.personId,
                      query.everyone ? domain::NoId : query.unitId});
}

Result<QHash<domain::RowId, QString>> EligibilityService::unitNames() {
    return storage::EligibilityFactsRepository(context_.db).unitNames();
}

Result<domain::EligibilityRuleData> EligibilityService::rules() {
    return storage::EligibilityRuleRepository(context_.db).all();
}

Status EligibilityService::setRule(const QString& name, int value) {
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString key = name.left(dot).trimmed();
    const QString field = name.mid(dot + 1).trimmed().toLower();
    if (dot < 0 || (field != QStringLiteral("years") && field != QStringLiteral("count") &&
                    field != QStringLiteral("verified")))
        return fail(ErrorCode::InvalidInput,
                    Text::tr("Name a rule and one of its numbers, such as "
                             "ND152:CSTDBO.cstdcs.count; the numbers are years, count and "
                             "verified, not \"%1\".")
                        .arg(name));
    if (field == QStringLiteral("verified") && value != 0 && value != 1)
        return fail(ErrorCode::InvalidInput, Text::tr("verified is 0 or 1."));
    return editRules(
        context_,
        [&](storage::EligibilityRuleRepository& repository,
            domain::EligibilityRuleData& data) -> Status {
            auto found = std::ranges::find_if(data.rules, [&](const domain::EligibilityRule& rule) {
                return rule.key().compare(key, Qt::CaseInsensitive) == 0;
            });
            if (found == data.rules.end())
                return fail(ErrorCode::NotFound,
                            Text::tr("No eligibility rule is named %1.").arg(key));
            domain::EligibilityRule rule = *found;
            if (field == QStringLiteral("years"))
                rule.years = value;
            else if (field == QStringLiteral("count"))
                rule.count = value;
            else
                rule.verified = value != 0;
            if (auto refusal = domain::ruleRefusal(rule))
                return fail(ErrorCode::InvalidInput, *refusal);
            if (auto stored = repository.updateNumbers(rule); !stored)
                return stored;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("eligibility_rule"), rule.key(),
                                       storage::AuditAction::Update, toJson(*found), toJson(rule)));
        });
}

Status EligibilityService::addRule(domain::EligibilityRule rule) {
    if (rule.citation.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The rule %1 needs the article it rests on.").arg(rule.key()));
    if (rule.kind == domain::ConditionKind::Review && rule.text.trimmed().isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("The rule %1 asks a person to check something: say what.").arg(rule.key()));
    if (auto refusal = domain::ruleRefusal(rule))
        return fail(ErrorCode::InvalidInput, *refusal);
    return editRules(
        context_,
        [&](storage::EligibilityRuleRepository& repository,
            domain::EligibilityRuleData& data) -> Status {
            if (std::ranges::find(data.sets, rule.setCode, &domain::EligibilityRuleSet::code) ==
                data.sets.end())
                return fail(ErrorCode::NotFound,
                            Text::tr("No eligibility rule set is coded %1.").arg(rule.setCode));
            rule.position = 1;
            for (const domain::EligibilityRule& other : data.rules) {
                if (other.setCode != rule.setCode || other.awardCode != rule.awardCode ||
                    other.subject != rule.subject)
                    continue;
                if (other.name == rule.name)
                    return fail(ErrorCode::InvalidInput,
                                Text::tr("A rule is already named %1.").arg(rule.key()));
                rule.position = std::max(rule.position, other.position + 1);
            }
            if (auto stored = repository.insert(rule); !stored)
                return stored;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("eligibility_rule"), rule.key(),
                                       storage::AuditAction::Create, {}, addedJson(rule)));
        });
}

} // namespace thidua::services
