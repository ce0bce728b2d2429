#include "award_service.h"
#include "cluster_fixture.h"
#include "cluster_service.h"
#include "conduct_service.h"
#include "eligibility_service.h"
#include "reorganisation_service.h"
#include "vote_data.h"
#include "voting_service.h"

#include <gtest/gtest.h>

using namespace thidua;
using domain::Grade;
using domain::Verdict;

namespace {

// The seeded rule sets (schemas 10 and 12) over records kept through the services.
class EligibilityServiceTest : public test::ClusterFixture {
protected:
    void SetUp() override {
        ClusterFixture::SetUp();
        lan = addPerson(QStringLiteral("Nguyễn Thị Lan"), institute);
        events.clear();
    }

    services::EligibilityService& eligibility() { return workspace->eligibility(); }

    void grade(domain::RowId personId, int year, Grade value) {
        auto set = workspace->conduct().setGrade(services::ConductSubject::person(personId), year,
                                                 value, {});
        ASSERT_TRUE(set) << set.error().message.toStdString();
    }

    domain::RowId award(const QString& code, int year) {
        domain::Award award;
        award.awardCode = code;
        award.personId = lan;
        award.firstYear = award.year = year;
        award.decisionNumber = QStringLiteral("%1/QĐ-VKHPL").arg(year - 2000);
        award.decisionDate = QDate(year, 12, 25);
        award.issuer = QStringLiteral("Viện trưởng Viện Khoa học pháp lý");
        auto recorded = workspace->awards().record(award);
        EXPECT_TRUE(recorded) << recorded.error().message.toStdString();
        return award.id;
    }

    domain::RowId initiative(int year, domain::InitiativeLevel level) {
        domain::Initiative initiative;
        initiative.title = QStringLiteral("Số hóa hồ sơ %1").arg(year);
        initiative.level = level;
        initiative.year = year;
        initiative.authorIds = {lan};
        auto recorded = workspace->awards().recordInitiative(initiative);
        EXPECT_TRUE(recorded) << recorded.error().message.toStdString();
        return initiative.id;
    }

    // The one answer for Lan.
    services::EligibilityRun judgeLan(const QString& code, int year = 2025, QDate day = {}) {
        services::EligibilityQuery query;
        query.year = year;
        query.day = day;
        query.personId = lan;
        query.awardCode = code;
        auto run = eligibility().check(query);
        EXPECT_TRUE(run) << run.error().message.toStdString();
        EXPECT_EQ(run ? run->rows.size() : 0u, 1u);
        return run ? std::move(*run) : services::EligibilityRun{};
    }

    // Everyone's answers, or one unit's, for 2025.
    auto judge2025(const QString& code, domain::RowId unitId = domain::NoId) {
        services::EligibilityQuery query;
        query.year = 2025;
        query.everyone = unitId == domain::NoId;
        query.unitId = unitId;
        query.awardCode = code;
        return eligibility().check(query);
    }

    QStringList reasonTexts(const services::EligibilityRun& run) {
        QStringList texts;
        for (const domain::Reason& reason : run.reasonsOf(run.rows.front()))
            texts << reason.text + QStringLiteral(" — ") + reason.citation;
        return texts;
    }

    domain::RowId lan = domain::NoId;
};

} // namespace

TEST_F(EligibilityServiceTest, MissingCstdcsOfAYearIsSaidWithItsArticle) {
    for (int year = 2022; year <= 2024; ++year)
        grade(lan, year, Grade::Excellent);
    award(QStringLiteral("CSTDCS"), 2023);
    initiative(2024, domain::InitiativeLevel::Ministry);
    const services::EligibilityRun run = judgeLan(QStringLiteral("CSTDBO"), 2024);
    ASSERT_FALSE(run.rows.empty());
    EXPECT_EQ(run.rows.front().judgement.verdict, Verdict::NotEligible);
    EXPECT_EQ(run.rows.front().setCode(), QStringLiteral("ND98"));
    EXPECT_EQ(reasonTexts(run),
              QStringList{QStringLiteral("Thiếu danh hiệu Chiến sĩ thi đua cơ sở năm 2022 (cần 3 "
                                         "lần liên tục) — Điều 22 Luật TĐKT 2022")});
    award(QStringLiteral("CSTDCS"), 2022);
    EXPECT_EQ(judgeLan(QStringLiteral("CSTDBO"), 2024).rows.front().judgement.verdict,
              Verdict::Eligible);
}

TEST_F(EligibilityServiceTest, AnInitiativeUsedByAnAwardDoesNotCountAgain) {
    grade(lan, 2025, Grade::Good);
    const domain::RowId used = initiative(2025, domain::InitiativeLevel::Grassroots);
    EXPECT_EQ(judgeLan(QStringLiteral("CSTDCS")).rows.front().judgement.verdict, Verdict::Eligible);
    ASSERT_TRUE(workspace->awards().useInitiative(used, award(QStringLiteral("GK"), 2025)));
    EXPECT_EQ(judgeLan(QStringLiteral("CSTDCS")).rows.front().judgement.verdict,
              Verdict::NotEligible);
}

TEST_F(EligibilityServiceTest, ADisciplineHoldsTheAwardWithTheDecreeOfTheJudgingDay) {
    grade(lan, 2025, Grade::Excellent);
    domain::Discipline discipline;
    discipline.personId = lan;
    discipline.form = domain::DisciplineForm::Reprimand;
    discipline.decision = QStringLiteral("Quyết định số 7/QĐ-VKHPL");
    discipline.start = QDate(2025, 2, 1);
    discipline.end = QDate(2026, 1, 31);
    ASSERT_TRUE(workspace->conduct().addDiscipline(discipline));
    services::EligibilityRun before = judgeLan(QStringLiteral("LDTT"), 2025, QDate(2025, 6, 30));
    EXPECT_EQ(before.rows.front().judgement.verdict, Verdict::NotEligible);
    EXPECT_EQ(before.rows.front().setCode(), QStringLiteral("ND98"));
    EXPECT_TRUE(reasonTexts(before).front().endsWith(QStringLiteral("Điều 5 Luật TĐKT 2022")));
    services::EligibilityRun after = judgeLan(QStringLiteral("LDTT"), 2025, QDate(2025, 7, 1));
    EXPECT_EQ(after.rows.front().setCode(), QStringLiteral("ND152"));
    EXPECT_TRUE(
        reasonTexts(after).front().endsWith(QStringLiteral("Điều 4 Nghị định 152/2025/NĐ-CP")));
}

TEST_F(EligibilityServiceTest, ADisciplineBegunAfterTheYearHoldsItOnALaterJudgingDay) {
    grade(lan, 2025, Grade::Good);
    domain::Discipline discipline;
    discipline.personId = lan;
    discipline.form = domain::DisciplineForm::Reprimand;
    discipline.start = QDate(2026, 2, 1);
    ASSERT_TRUE(workspace->conduct().addDiscipline(discipline));
    EXPECT_EQ(judgeLan(QStringLiteral("LDTT"), 2025).rows.front().judgement.verdict,
              Verdict::Eligible);
    const services::EligibilityRun later =
        judgeLan(QStringLiteral("LDTT"), 2025, QDate(2026, 3, 15));
    EXPECT_EQ(later.rows.front().judgement.verdict, Verdict::NotEligible);
    EXPECT_TRUE(reasonTexts(later).front().contains(QStringLiteral("tạm hoãn")));
}

TEST_F(EligibilityServiceTest, AYearBeforeTheLawOf2022HasNoRuleSet) {
    services::EligibilityQuery query;
    query.year = 2023;
    query.personId = lan;
    auto run = eligibility().check(query);
    ASSERT_FALSE(run);
    EXPECT_EQ(run.error().code, ErrorCode::NotFound);
}

TEST_F(EligibilityServiceTest, TheSectorFlagFollowsTheClustersVote) {
    auto cluster = workspace->clusters().create(clusterTwo(2025));
    ASSERT_TRUE(cluster) << cluster.error().message.toStdString();
    domain::BallotSession session = test::twelveMemberVote(cluster->cluster.id, institute, academy);
    session.heldOn = QDate(2025, 12, 20);
    ASSERT_TRUE(workspace->voting().create(session));
    auto run = judge2025(QStringLiteral("CTDBO"));
    ASSERT_TRUE(run) << run.error().message.toStdString();
    int reviewed = 0;
    for (const auto& row : run->rows) {
        EXPECT_EQ(row.setCode(), QStringLiteral("TT11BTP"));
        if (row.unitId == institute) {
            // Voted for; whether it exceeded its targets a person says.
            EXPECT_EQ(row.judgement.verdict, Verdict::NeedsReview);
            ++reviewed;
        } else {
            EXPECT_EQ(row.judgement.verdict, Verdict::NotEligible);
        }
    }
    EXPECT_EQ(reviewed, 1);
}

TEST_F(EligibilityServiceTest, EveryoneIsJudgedForEveryTitleOfTheirSubject) {
    const domain::RowId binh = addPerson(QStringLiteral("Trần Văn Bình"), institute);
    grade(lan, 2025, Grade::Good);
    grade(binh, 2025, Grade::Completed);
    auto run = judge2025({});
    ASSERT_TRUE(run) << run.error().message.toStdString();
    int ldtt = 0;
    for (const auto& row : run->rows)
        if (row.awardCode() == QStringLiteral("LDTT"))
            ldtt += row.judgement.verdict == Verdict::Eligible ? 1 : 0;
    EXPECT_EQ(ldtt, 1);
    // 7 individual titles and forms for 2 people, 5 collective ones (the
    // Bằng khen of the minister with schema 12) for 6 units.
    EXPECT_EQ(run->rows.size(), 2u * 7u + 6u * 5u);
    EXPECT_EQ(run->rows.front().awardCode(), QStringLiteral("LDTT"));
}

TEST_F(EligibilityServiceTest, AUnitCountsThePeopleOfItsSubUnitsWithoutLegalPersonality) {
    domain::Unit section;
    section.name = QStringLiteral("Phòng Nghiên cứu lý luận");
    section.parentId = institute;
    const domain::RowId phong = addUnit(section);
    domain::Unit centre;
    centre.name = QStringLiteral("Trung tâm Thông tin khoa học");
    centre.parentId = institute;
    centre.hasLegalPersonality = true;
    const domain::RowId trungTam = addUnit(centre);
    const domain::RowId binh = addPerson(QStringLiteral("Trần Văn Bình"), phong);
    const domain::RowId chi = addPerson(QStringLiteral("Lê Thị Chi"), trungTam);
    ASSERT_TRUE(workspace->conduct().setGrade(services::ConductSubject::unit(institute), 2025,
                                              Grade::Good, {}));
    grade(lan, 2025, Grade::Good);
    grade(binh, 2025, Grade::Completed);
    grade(chi, 2025, Grade::Completed);

    auto ttldtt = [&](domain::RowId unitId, bool everyone) {
        auto run = judge2025(QStringLiteral("TTLDTT"), everyone ? domain::NoId : unitId);
        EXPECT_TRUE(run) << run.error().message.toStdString();
        for (const auto& row : run ? run->rows : std::vector<services::EligibilityRun::Row>{})
            if (row.unitId == unitId)
                return std::pair(row.judgement.verdict, run->reasonsOf(row));
        ADD_FAILURE() << "no answer for the unit";
        return std::pair(Verdict::NeedsReview, std::vector<domain::Reason>{});
    };
    // Bình of the phòng counts: 1 of 2 LĐTT is below 70 %, by the unit's
    // query and by everyone's. Chi of the centre, a collective of its own, not.
    for (bool everyone : {false, true}) {
        const auto [verdict, reasons] = ttldtt(institute, everyone);
        EXPECT_EQ(verdict, Verdict::NotEligible);
        ASSERT_FALSE(reasons.empty());
        EXPECT_TRUE(reasons.front().text.startsWith(QStringLiteral("1/2 thành viên")))
            << reasons.front().text.toStdString();
    }
    grade(binh, 2025, Grade::Good);
    EXPECT_EQ(ttldtt(institute, false).first, Verdict::Eligible);
    EXPECT_EQ(ttldtt(institute, true).first, Verdict::Eligible);
}

TEST_F(EligibilityServiceTest, LdttNeedsTenMonthsOfWorkFromJoining) {
    // Newcomers join by a first posting with its day; Lan's first posting,
    // from before her transfer, has none: she joined earlier.
    auto joining = [&](const QString& name, QDate on) {
        const domain::RowId id = addPerson(name, domain::NoId);
        EXPECT_TRUE(workspace->reorganisation().transferPerson(id, institute, {}, {on, {}}));
        grade(id, 2025, Grade::Good);
        return id;
    };
    const domain::RowId march1 = joining(QStringLiteral("Trần Văn Bình"), QDate(2025, 3, 1));
    const domain::RowId march2 = joining(QStringLiteral("Lê Thị Chi"), QDate(2025, 3, 2));
    grade(lan, 2025, Grade::Good);
    ASSERT_TRUE(
        workspace->reorganisation().transferPerson(lan, academy, {}, {QDate(2025, 10, 1), {}}));
    auto run = judge2025(QStringLiteral("LDTT"));
    ASSERT_TRUE(run) << run.error().message.toStdString();
    for (const auto& row : run->rows) {
        if (row.personId == march2) {
            EXPECT_EQ(row.judgement.verdict, Verdict::NotEligible);
            const auto reasons = run->reasonsOf(row);
            ASSERT_EQ(reasons.size(), 1u);
            EXPECT_EQ(reasons.front().text,
                      QStringLiteral("Năm 2025 công tác 9 tháng kể từ khi nhận công tác; cần 10 "
                                     "tháng trở lên"));
            EXPECT_FALSE(reasons.front().verified);
        } else {
            EXPECT_EQ(row.judgement.verdict, Verdict::Eligible) << row.personId << " " << march1;
        }
    }
}

TEST_F(EligibilityServiceTest, TheCapOnHtxsnvIsTheSameForOnePersonAndForEveryone) {
    grade(lan, 2025, Grade::Excellent);
    grade(addPerson(QStringLiteral("Trần Văn Bình"), institute), 2025, Grade::Good);
    grade(addPerson(QStringLiteral("Lê Thị Chi"), academy), 2025, Grade::Good);
    auto verdicts = [&] {
        auto all = judge2025(QStringLiteral("CSTDCS"));
        EXPECT_TRUE(all) << all.error().message.toStdString();
        Verdict ofLan = Verdict::NotEligible;
        for (const auto& row : all ? all->rows : std::vector<services::EligibilityRun::Row>{})
            ofLan = row.personId == lan ? row.judgement.verdict : ofLan;
        return std::pair(judgeLan(QStringLiteral("CSTDCS")).rows.front().judgement.verdict, ofLan);
    };
    // Lan's 1 of 2 in the institute is over 20 % (Chi of the academy is not counted).
    EXPECT_EQ(verdicts(), std::pair(Verdict::NeedsReview, Verdict::NeedsReview));
    for (int i = 0; i < 4; ++i)
        grade(addPerson(QStringLiteral("Phạm Văn An %1").arg(i), institute), 2025, Grade::Good);
    EXPECT_EQ(verdicts(), std::pair(Verdict::Eligible, Verdict::Eligible));
}

TEST_F(EligibilityServiceTest, ACollectivesBangKhenNeedsTwoExcellentYearsOrTtldxs) {
    auto gradeUnit = [&](int year, Grade value) {
        ASSERT_TRUE(workspace->conduct().setGrade(services::ConductSubject::unit(institute), year,
                                                  value, {}));
    };
    auto bangKhen = [&] {
        auto run = judge2025(QStringLiteral("BKBO"), institute);
        EXPECT_TRUE(run) << run.error().message.toStdString();
        EXPECT_EQ(run ? run->rows.size() : 0u, 1u);
        return run ? std::move(*run) : services::EligibilityRun{};
    };
    gradeUnit(2024, Grade::Good);
    gradeUnit(2025, Grade::Excellent);
    services::EligibilityRun oneYear = bangKhen();
    EXPECT_EQ(oneYear.rows.front().judgement.verdict, Verdict::NotEligible);
    EXPECT_EQ(oneYear.reasonsOf(oneYear.rows.front()).front().text,
              QStringLiteral("Có 1/2 năm hoàn thành xuất sắc nhiệm vụ hoặc đạt Tập thể lao động "
                             "xuất sắc trong 2 năm gần nhất"));
    // TTLĐXS of 2024 counts for that year; the qualities are a person's to check.
    domain::Award ttldxs;
    ttldxs.awardCode = QStringLiteral("TTLDXS");
    ttldxs.unitId = institute;
    ttldxs.firstYear = ttldxs.year = 2024;
    ttldxs.decisionNumber = QStringLiteral("24/QĐ-BTP");
    ttldxs.decisionDate = QDate(2024, 12, 25);
    ttldxs.issuer = QStringLiteral("Bộ trưởng Bộ Tư pháp");
    ASSERT_TRUE(workspace->awards().record(ttldxs));
    EXPECT_EQ(bangKhen().rows.front().judgement.verdict, Verdict::NeedsReview);
    // So does HTXSNV in both years, without the title.
    ASSERT_TRUE(workspace->awards().revoke(ttldxs.id, QStringLiteral("1/QĐ-BTP"), QDate(2025, 3, 1),
                                           QStringLiteral("nhầm")));
    EXPECT_EQ(bangKhen().rows.front().judgement.verdict, Verdict::NotEligible);
    gradeUnit(2024, Grade::Excellent);
    EXPECT_EQ(bangKhen().rows.front().judgement.verdict, Verdict::NeedsReview);
}

TEST_F(EligibilityServiceTest, ARuleNumberIsEditedAuditedAndAnnounced) {
    auto refused = eligibility().setRule(QStringLiteral("ND152:TTLDTT/tt.ldtt.count"), 120);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    ASSERT_TRUE(eligibility().setRule(QStringLiteral("ND152:TTLDTT/tt.ldtt.count"), 75));
    auto rules = eligibility().rules();
    ASSERT_TRUE(rules);
    const auto edited = std::ranges::find(rules->rules, QStringLiteral("ND152:TTLDTT/tt.ldtt"),
                                          &domain::EligibilityRule::key);
    ASSERT_NE(edited, rules->rules.end());
    EXPECT_EQ(edited->count, 75);
    const auto audit =
        auditOf(QStringLiteral("eligibility_rule"), QStringLiteral("ND152:TTLDTT/tt.ldtt"));
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit.front().before.value(QStringLiteral("count")).toInt(), 70);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<services::EligibilityRulesChanged>(events.front()));
    EXPECT_FALSE(eligibility().setRule(QStringLiteral("ND152:NOPE.x.count"), 1));
}

TEST_F(EligibilityServiceTest, ARuleIsAddedAfterTheTitlesOthersAuditedAndApplied) {
    grade(lan, 2025, Grade::Good);
    auto rule = domain::EligibilityRule::fromKey(QStringLiteral("ND152:LDTT.unity"));
    ASSERT_TRUE(rule);
    rule->kind = domain::ConditionKind::Review;
    rule->citation = QStringLiteral("Điều 24 khoản 1 Luật TĐKT 2022");
    // A review rule must say what a person checks.
    auto refused = eligibility().addRule(*rule);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    rule->text = QStringLiteral("Đoàn kết, tích cực tham gia phong trào thi đua");
    ASSERT_TRUE(eligibility().addRule(*rule));
    EXPECT_FALSE(events.empty());

    const services::EligibilityRun run = judgeLan(QStringLiteral("LDTT"));
    EXPECT_EQ(run.rows.front().judgement.verdict, Verdict::NeedsReview);
    EXPECT_EQ(reasonTexts(run),
              QStringList{QStringLiteral("Cần xem xét: Đoàn kết, tích cực tham gia phong trào thi "
                                         "đua — Điều 24 khoản 1 Luật TĐKT 2022")});
    auto rules = eligibility().rules();
    ASSERT_TRUE(rules);
    const auto added = std::ranges::find(rules->rules, QStringLiteral("ND152:LDTT.unity"),
                                         &domain::EligibilityRule::key);
    ASSERT_NE(added, rules->rules.end());
    EXPECT_EQ(added->position, 4); // after grade, discipline and months
    const auto audit =
        auditOf(QStringLiteral("eligibility_rule"), QStringLiteral("ND152:LDTT.unity"));
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit.front().after.value(QStringLiteral("kind")).toString(),
              QStringLiteral("review"));

    // The same name again, a set that does not exist, or no citation.
    auto again = eligibility().addRule(*rule);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::InvalidInput);
    rule->setCode = QStringLiteral("ND999");
    auto noSet = eligibility().addRule(*rule);
    ASSERT_FALSE(noSet);
    EXPECT_EQ(noSet.error().code, ErrorCode::NotFound);
    rule->setCode = QStringLiteral("ND152");
    rule->name = QStringLiteral("other");
    rule->citation.clear();
    EXPECT_FALSE(eligibility().addRule(*rule));
    EXPECT_FALSE(domain::EligibilityRule::fromKey(QStringLiteral("ND152:LDTT")));
    EXPECT_EQ(domain::EligibilityRule::fromKey(QStringLiteral("ND152:TTLDTT/tt.x"))->subject,
              domain::TitleSubject::Collective);
}

TEST_F(EligibilityServiceTest, UnverifiedRulesAreMarked) {
    auto rules = eligibility().rules();
    ASSERT_TRUE(rules);
    const auto hcld3 = std::ranges::find(rules->rules, QStringLiteral("ND152:HCLD3.bkttg"),
                                         &domain::EligibilityRule::key);
    ASSERT_NE(hcld3, rules->rules.end());
    EXPECT_FALSE(hcld3->verified);
}
