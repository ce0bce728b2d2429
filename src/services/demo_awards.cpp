#include "demo_awards.h"

#include "award_repository.h"
#include "ballot_session_repository.h"
#include "cluster_repository.h"
#include "cluster_year_repository.h"
#include "demo_conduct.h"
#include "demo_random.h"
#include "demo_writer.h"
#include "evaluation_repository.h"
#include "initiative_repository.h"
#include "nomination_basis.h"
#include "nomination_repository.h"
#include "person_repository.h"
#include "unit_repository.h"

#include <array>
#include <map>
#include <set>
#include <tuple>

namespace thidua::services::demo {

namespace {

constexpr int CstdcsPercentOfExcellentYears = 60;
constexpr int MinisterCommendationPercent = 30;
constexpr int ExcellentUnitTitlePercent = 60;

const QString kMinister = QStringLiteral("Bộ trưởng Bộ Tư pháp");
const QString kPrimeMinister = QStringLiteral("Thủ tướng Chính phủ");

constexpr std::array<const char16_t*, 6> initiativeTopics{u"Số hóa hồ sơ",
                                                          u"Chuẩn hóa quy trình tiếp nhận",
                                                          u"Ứng dụng phần mềm quản lý",
                                                          u"Rút ngắn thời gian giải quyết",
                                                          u"Nâng cao chất lượng tham mưu",
                                                          u"Đổi mới cách thức tập huấn"};

// Who is where, and the grades and discipline of every year, read back.
struct Record {
    std::map<domain::RowId, domain::RowId> unitOf;                 // person → unit
    std::map<domain::RowId, domain::Unit> units;                   // by id
    std::map<std::pair<domain::RowId, int>, domain::Grade> grades; // (person or unit, year)
    std::map<std::pair<domain::RowId, int>, domain::Grade> unitGrades;
    std::set<std::pair<domain::RowId, int>> disciplined; // (person, year) a record overlaps
};

Result<Record> readRecord(DemoWriter& writer) {
    Record record;
    storage::Database& db = writer.db();
    for (domain::RowId unitId : writer.units()) {
        auto unit = storage::UnitRepository(db).find(unitId);
        auto people = storage::PersonRepository(db).inUnit(unitId);
        if (!unit || !people)
            return std::unexpected(!unit ? unit.error() : people.error());
        record.units.emplace(unitId, *unit);
        for (const domain::Person& person : *people)
            record.unitOf.emplace(person.id, unitId);
    }
    storage::EvaluationRepository evaluations(db);
    for (int year = FirstGradedYear; year <= LastGradedYear; ++year) {
        auto graded = evaluations.inYear(year);
        if (!graded)
            return std::unexpected(graded.error());
        for (const domain::Evaluation& evaluation : *graded)
            (evaluation.personId != domain::NoId ? record.grades : record.unitGrades)
                .emplace(std::pair(evaluation.personId != domain::NoId ? evaluation.personId
                                                                       : evaluation.unitId,
                                   year),
                         evaluation.grade);
    }
    auto discipline = evaluations.allDiscipline();
    if (!discipline)
        return std::unexpected(discipline.error());
    for (const domain::Discipline& held : *discipline)
        for (int year = FirstGradedYear; year <= LastGradedYear; ++year)
            if (held.overlaps(QDate(year, 1, 1), QDate(year, 12, 31)))
                record.disciplined.emplace(held.personId, year);
    return record;
}

// Writes awards with their cash from the rule data, looked up once a code,
// subject and year.
class AwardWriter {
public:
    AwardWriter(DemoWriter& writer, DemoRandom& random)
        : writer_(writer)
        , random_(random)
        , awards_(writer.db()) {}

    Result<domain::Award> add(const QString& code, domain::RowId personId, domain::RowId unitId,
                              int year, const QString& decision, QDate decided,
                              const QString& issuer, int goldenBook) {
        domain::Award award;
        award.uuid = random_.uuid();
        award.awardCode = code;
        award.personId = personId;
        award.unitId = unitId;
        award.firstYear = award.year = year;
        award.decisionNumber = decision;
        award.decisionDate = decided;
        award.issuer = issuer;
        award.goldenBookNumber = QString::number(goldenBook);
        auto amount = amountOf(code, award.subject(), decided);
        if (!amount)
            return std::unexpected(amount.error());
        award.amount = *amount;
        if (auto ok = awards_.insert(award); !ok)
            return std::unexpected(ok.error());
        ++writer_.summary().awards;
        if (!writer_.reportProgress())
            return fail(ErrorCode::Cancelled, {});
        return award;
    }

private:
    Result<qint64> amountOf(const QString& code, domain::TitleSubject subject, QDate decided) {
        const auto key = std::tuple(code, subject, decided);
        if (const auto known = amounts_.find(key); known != amounts_.end())
            return known->second;
        auto coefficient = awards_.coefficient(code, subject, decided);
        auto salary = awards_.baseSalary(decided);
        if (!coefficient || !salary)
            return std::unexpected(!coefficient ? coefficient.error() : salary.error());
        const qint64 amount =
            *coefficient && *salary ? domain::rewardAmount(**coefficient, **salary) : 0;
        amounts_.emplace(key, amount);
        return amount;
    }

    DemoWriter& writer_;
    DemoRandom& random_;
    storage::AwardRepository awards_;
    std::map<std::tuple<QString, domain::TitleSubject, QDate>, qint64> amounts_;
};

QString issuerOf(const Record& record, domain::RowId unitId) {
    return QStringLiteral("Thủ trưởng %1").arg(record.units.at(unitId).name);
}

QString unitDecision(DemoRandom& random) {
    return QStringLiteral("%1/QĐ-TĐKT").arg(random.between(5, 250));
}

QString ministryDecision(DemoRandom& random, const char* symbol) {
    return QStringLiteral("%1/QĐ-%2").arg(random.between(100, 3500)).arg(QLatin1String(symbol));
}

} // namespace

namespace {

struct PeopleAwards {
    std::map<domain::RowId, std::set<int>> cstdcs; // person → the years of CSTĐ cơ sở
};

Status addInitiative(DemoWriter& writer, DemoRandom& random, const domain::Award& award,
                     const QString& unitName) {
    domain::Initiative initiative;
    initiative.uuid = random.uuid();
    initiative.title = QStringLiteral("%1 tại %2")
                           .arg(QString::fromUtf16(random.pick(initiativeTopics)), unitName);
    initiative.year = award.year;
    initiative.decisionNumber = QStringLiteral("%1/QĐ-HĐSK").arg(random.between(1, 60));
    initiative.decisionDate = QDate(award.year, 11, random.between(1, 28));
    initiative.issuer = QStringLiteral("Hội đồng sáng kiến cơ sở");
    initiative.authorIds = {award.personId};
    initiative.usedByAwardId = award.id;
    if (auto ok = storage::InitiativeRepository(writer.db()).insert(initiative); !ok)
        return ok;
    ++writer.summary().initiatives;
    return {};
}

// One unit's people and the unit itself for the year.
Status awardUnitYear(DemoWriter& writer, DemoRandom& random, AwardWriter& awards,
                     const Record& record, PeopleAwards& people, domain::RowId unitId,
                     const std::vector<domain::RowId>& staff, int year) {
    const QString decision = unitDecision(random);
    const QDate decided(year + 1, 1, random.between(5, 25));
    const QString issuer = issuerOf(record, unitId);
    const QString& unitName = record.units.at(unitId).name;
    int goldenBook = 0;
    for (domain::RowId personId : staff) {
        const auto grade = record.grades.find({personId, year});
        if (grade == record.grades.end() || !domain::atLeastGood(grade->second) ||
            record.disciplined.contains({personId, year}))
            continue;
        auto lđtt = awards.add(QStringLiteral("LDTT"), personId, domain::NoId, year, decision,
                               decided, issuer, ++goldenBook);
        if (!lđtt)
            return std::unexpected(lđtt.error());
        if (grade->second != domain::Grade::Excellent ||
            !random.chance(CstdcsPercentOfExcellentYears))
            continue;
        auto cstđ = awards.add(QStringLiteral("CSTDCS"), personId, domain::NoId, year, decision,
                               decided, issuer, ++goldenBook);
        if (!cstđ)
            return std::unexpected(cstđ.error());
        if (auto ok = addInitiative(writer, random, *cstđ, unitName); !ok)
            return ok;
        auto& years = people.cstdcs[personId];
        years.insert(year);
        if (year < LastGradedYear && years.contains(year - 1) &&
            random.chance(MinisterCommendationPercent)) {
            auto commended =
                awards.add(QStringLiteral("BKBO"), personId, domain::NoId, year,
                           ministryDecision(random, "BTP"), QDate(year + 1, 3, 15), kMinister, 1);
            if (!commended)
                return std::unexpected(commended.error());
        }
    }
    const auto unitGrade = record.unitGrades.find({unitId, year});
    if (unitGrade == record.unitGrades.end() || !domain::atLeastGood(unitGrade->second))
        return {};
    const bool excellent =
        unitGrade->second == domain::Grade::Excellent && random.chance(ExcellentUnitTitlePercent);
    const domain::RowId parent = record.units.at(unitId).parentId;
    auto title =
        excellent
            ? awards.add(QStringLiteral("TTLDXS"), domain::NoId, unitId, year,
                         ministryDecision(random, "BTP"), QDate(year + 1, 2, 20), kMinister, 1)
            : awards.add(QStringLiteral("TTLDTT"), domain::NoId, unitId, year, decision, decided,
                         parent != domain::NoId ? issuerOf(record, parent) : issuer, 1);
    return title ? Status{} : std::unexpected(title.error());
}

Status addNomination(DemoWriter& writer, domain::Nomination& nomination) {
    nomination.uuid = writer.random().uuid();
    if (auto ok = storage::NominationRepository(writer.db()).insert(nomination); !ok)
        return ok;
    ++writer.summary().nominations;
    return {};
}

// The flags a cluster-year's vote proposed: decided the next spring for past
// years, still before the ministry for the last one.
Status flagsOfVote(DemoWriter& writer, AwardWriter& awards, domain::RowId clusterId) {
    storage::BallotSessionRepository ballots(writer.db());
    auto session = ballots.forCluster(clusterId);
    auto proposals = ballots.proposals(clusterId);
    auto cluster = storage::ClusterYearRepository(writer.db()).find(clusterId);
    if (!session || !proposals || !cluster)
        return fail(ErrorCode::Storage, QStringLiteral("The demo vote could not be read."));
    if (!*session)
        return {};
    const int year = cluster->cluster.year;
    int goldenBook = 0;
    for (const domain::BallotProposal& proposal : *proposals) {
        const auto ballot = std::ranges::find_if((*session)->ballots, [&](const auto& b) {
            return b.unitId == proposal.ballot.unitId && b.titleCode == proposal.ballot.titleCode &&
                   b.round == proposal.ballot.round;
        });
        const int members = (*session)->members;
        const int yes = ballot != (*session)->ballots.end() ? ballot->yes : 0;
        domain::Nomination nomination;
        nomination.year = year;
        nomination.awardCode = proposal.ballot.titleCode;
        nomination.unitId = proposal.ballot.unitId;
        nomination.proposingUnitId = cluster->head();
        nomination.ballotSessionId = (*session)->id;
        nomination.basis =
            voteBasisText(cluster->cluster, members ? 100.0 * yes / members : 0.0, yes, members);
        nomination.status = domain::NominationStatus::Submitted;
        if (year < LastGradedYear) {
            const bool government = proposal.ballot.titleCode == u"CTDCP";
            auto award =
                awards.add(proposal.ballot.titleCode, domain::NoId, proposal.ballot.unitId, year,
                           ministryDecision(writer.random(), government ? "TTg" : "BTP"),
                           government ? QDate(year + 1, 5, 20) : QDate(year + 1, 2, 10),
                           government ? kPrimeMinister : kMinister, ++goldenBook);
            if (!award)
                return std::unexpected(award.error());
            nomination.status = domain::NominationStatus::Decided;
            nomination.awardId = award->id;
        }
        if (auto ok = addNomination(writer, nomination); !ok)
            return ok;
    }
    return {};
}

// People of the last year a clerk would propose: the minister's Bằng khen
// after two CSTĐ cơ sở in a row (submitted), CSTĐ of the ministry after
// three (still a draft).
Status peopleNominations(DemoWriter& writer, const Record& record, const PeopleAwards& people) {
    storage::AwardRepository awards(writer.db());
    auto catalogue = awards.catalogue(QDate(LastGradedYear, 12, 31));
    if (!catalogue)
        return std::unexpected(catalogue.error());
    for (const auto& [personId, years] : people.cstdcs) {
        if (!years.contains(LastGradedYear) || !years.contains(LastGradedYear - 1))
            continue;
        const bool third = years.contains(LastGradedYear - 2);
        auto held = awards.forPerson(personId);
        if (!held)
            return std::unexpected(held.error());
        domain::Nomination nomination;
        nomination.year = LastGradedYear;
        nomination.awardCode = third ? QStringLiteral("CSTDBO") : QStringLiteral("BKBO");
        nomination.personId = personId;
        nomination.proposingUnitId = record.unitOf.at(personId);
        nomination.basis = basisText(*held, *catalogue, LastGradedYear);
        nomination.status =
            third ? domain::NominationStatus::Draft : domain::NominationStatus::Submitted;
        if (auto ok = addNomination(writer, nomination); !ok)
            return ok;
    }
    return {};
}

} // namespace

Status addAwards(DemoWriter& writer, quint64 seed, const DemoRandom& random) {
    // Another stream of the same seed, away from those of the grades and scores.
    DemoRandom chance(seed ^ 0x5851f42d4c957f2dULL, random);
    auto record = readRecord(writer);
    if (!record)
        return std::unexpected(record.error());
    std::map<domain::RowId, std::vector<domain::RowId>> staffOf;
    for (const auto& [personId, unitId] : record->unitOf)
        staffOf[unitId].push_back(personId);
    AwardWriter awards(writer, chance);
    PeopleAwards people;
    for (int year = FirstGradedYear; year <= LastGradedYear; ++year) {
        for (domain::RowId unitId : writer.units())
            if (auto ok = awardUnitYear(writer, chance, awards, *record, people, unitId,
                                        staffOf[unitId], year);
                !ok)
                return ok;
        auto clusters = storage::ClusterRepository(writer.db()).forYear(year);
        if (!clusters)
            return std::unexpected(clusters.error());
        for (const domain::Cluster& cluster : *clusters)
            if (auto ok = flagsOfVote(writer, awards, cluster.id); !ok)
                return ok;
    }
    return peopleNominations(writer, *record, people);
}

} // namespace thidua::services::demo
