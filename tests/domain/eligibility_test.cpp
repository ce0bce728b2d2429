#include "eligibility_judge.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

namespace {

constexpr int Year = 2025;

// The national conditions as the seed (schema 10) has them, for one set.
std::vector<EligibilityRule> nationalRules(const QString& set, const QString& hold) {
    struct Row {
        const char* award;
        TitleSubject subject;
        const char* name;
        ConditionKind kind;
        int years;
        int count;
        const char* code;
        const char* citation;
    };
    const auto individual = TitleSubject::Individual;
    const auto collective = TitleSubject::Collective;
    const Row rows[] = {
        {"LDTT", individual, "grade", ConditionKind::Grade, 0, 0, "HTTNV", "Điều 24"},
        {"LDTT", individual, "discipline", ConditionKind::NoDiscipline, 0, 0, "", ""},
        {"CSTDCS", individual, "ldtt", ConditionKind::LowerTitle, 0, 0, "LDTT", "Điều 23"},
        {"CSTDCS", individual, "merit", ConditionKind::ExcellentOrInitiative, 0, 1, "grassroots",
         "Điều 23"},
        {"CSTDCS", individual, "cap", ConditionKind::ExcellentCap, 0, 20, "", "Điều 11"},
        {"CSTDBO", individual, "cstdcs", ConditionKind::ConsecutiveTitle, 1, 3, "CSTDCS",
         "Điều 22"},
        {"CSTDBO", individual, "initiative", ConditionKind::Initiative, 3, 1, "ministry",
         "Điều 22"},
        {"CSTDTQ", individual, "cstdbo", ConditionKind::ConsecutiveTitle, 3, 2, "CSTDBO",
         "Điều 21"},
        {"CSTDTQ", individual, "initiative", ConditionKind::Initiative, 6, 1, "national",
         "Điều 21"},
        {"CSTDTQ", individual, "choice", ConditionKind::Review, 0, 0, "", "Điều 21"},
        {"BKBO", individual, "route", ConditionKind::TitleOrInitiatives, 2, 2, "CSTDCS", "Điều 74"},
        {"BKTTG", individual, "bkbo", ConditionKind::PriorAward, 5, 0, "BKBO", "Điều 73"},
        {"BKTTG", individual, "grades", ConditionKind::GoodYears, 5, 0, "", "Điều 73"},
        {"BKTTG", individual, "cstdcs", ConditionKind::TitleCount, 5, 3, "CSTDCS", "Điều 73"},
        {"HCLD3", individual, "bkttg", ConditionKind::PriorAward, 5, 0, "BKTTG", "Điều 44"},
        {"HCLD3", individual, "grades", ConditionKind::GoodYears, 5, 0, "", "Điều 44"},
        {"HCLD3", individual, "htxsnv", ConditionKind::ExcellentYears, 5, 1, "", "Điều 44"},
        {"HCLD3", individual, "cstdcs", ConditionKind::TitleCount, 5, 3, "CSTDCS", "Điều 44"},
        {"TTLDTT", collective, "grade", ConditionKind::Grade, 0, 0, "HTTNV", "Điều 28"},
        {"TTLDTT", collective, "ldtt", ConditionKind::MemberShare, 0, 70, "LDTT", "Điều 28"},
        {"TTLDTT", collective, "discipline", ConditionKind::MemberDiscipline, 0, 0, "warning",
         "Điều 28"},
        {"TTLDXS", collective, "grade", ConditionKind::Grade, 0, 0, "HTXSNV", "Điều 27"},
        {"TTLDXS", collective, "completed", ConditionKind::MembersCompleted, 0, 100, "", "Điều 27"},
        {"TTLDXS", collective, "ldtt", ConditionKind::MemberShare, 0, 70, "LDTT", "Điều 27"},
        {"TTLDXS", collective, "cstdcs", ConditionKind::MemberTitles, 0, 1, "CSTDCS", "Điều 27"},
        {"CTDBO", collective, "vote", ConditionKind::Vote, 0, 0, "CTDBO", "Điều 26"},
        {"CTDCP", collective, "vote", ConditionKind::Vote, 0, 0, "CTDCP", "Điều 25"},
        {"CTDCP", collective, "merit", ConditionKind::Review, 0, 0, "", "Điều 25"},
    };
    std::vector<EligibilityRule> rules;
    int position = 0;
    for (const Row& row : rows) {
        EligibilityRule rule;
        rule.setCode = set;
        rule.awardCode = QString::fromLatin1(row.award);
        rule.subject = row.subject;
        rule.name = QString::fromLatin1(row.name);
        rule.position = ++position;
        rule.kind = row.kind;
        rule.years = row.years;
        rule.count = row.count;
        rule.code = QString::fromLatin1(row.code);
        rule.citation =
            row.kind == ConditionKind::NoDiscipline ? hold : QString::fromUtf8(row.citation);
        rule.text = QStringLiteral("thành tích tiêu biểu xuất sắc");
        rules.push_back(rule);
    }
    return rules;
}

EligibilityRuleData seedLike() {
    EligibilityRuleData data;
    data.sets = {{QStringLiteral("ND98"), QStringLiteral("NĐ 98"), QString(), RuleLayer::National,
                  QDate(2024, 1, 1), QDate(2025, 6, 30), true},
                 {QStringLiteral("ND152"), QStringLiteral("NĐ 152"), QString(), RuleLayer::National,
                  QDate(2025, 7, 1), QDate(), true}};
    for (const auto& [set, hold] :
         {std::pair(QStringLiteral("ND98"), QStringLiteral("Điều 5")),
          std::pair(QStringLiteral("ND152"), QStringLiteral("Điều 4 NĐ 152"))})
        for (EligibilityRule& rule : nationalRules(set, hold))
            data.rules.push_back(rule);
    return data;
}

// A fixture of facts: people and units added by the test, judged for 2025.
class EligibilityTest : public ::testing::Test {
protected:
    EligibilityTest() {
        facts.year = Year;
        facts.day = defaultJudgingDay(Year);
    }

    int addPerson() {
        facts.people.emplace_back().id = static_cast<RowId>(facts.people.size() + 1);
        return static_cast<int>(facts.people.size()) - 1;
    }
    SubjectFacts& person(int index) { return facts.people[static_cast<std::size_t>(index)]; }
    void grade(int index, int year, Grade value) { addGrade(facts, person(index), year, value); }
    void grades(int index, int from, int to, Grade value) {
        for (int year = from; year <= to; ++year)
            grade(index, year, value);
    }
    void award(int index, const char* code, int year) {
        addAward(facts, person(index), awardBit(QString::fromLatin1(code)), year);
    }
    void initiative(int index, int year, InitiativeLevel level, bool used = false) {
        person(index).initiatives.push_back(
            {static_cast<RowId>(person(index).initiatives.size() + 1), year, level, used});
    }

    Judgement judgePerson(int index, const char* code) {
        book = ruleBookOn(data, facts.day);
        facts.index();
        EligibilityJudge judge(book, facts);
        return judge.person(index, book.find(QString::fromLatin1(code), TitleSubject::Individual));
    }
    Judgement judgeUnit(int index, const char* code) {
        book = ruleBookOn(data, facts.day);
        facts.index();
        EligibilityJudge judge(book, facts);
        return judge.unit(index, book.find(QString::fromLatin1(code), TitleSubject::Collective));
    }
    std::vector<Reason> reasons(const Judgement& judgement) {
        return reasonsOf(judgement, {{QStringLiteral("CSTDCS"), QStringLiteral("CSTĐ cơ sở")}});
    }

    EligibilityRuleData data = seedLike();
    RuleBook book;
    EligibilityFacts facts;
};

} // namespace

TEST_F(EligibilityTest, LdttNeedsAGoodGradeInTheYear) {
    const int good = addPerson();
    grade(good, Year, Grade::Good);
    const int completed = addPerson();
    grade(completed, Year, Grade::Completed);
    const int ungraded = addPerson();
    EXPECT_EQ(judgePerson(good, "LDTT").verdict, Verdict::Eligible);
    const Judgement failed = judgePerson(completed, "LDTT");
    EXPECT_EQ(failed.verdict, Verdict::NotEligible);
    ASSERT_EQ(reasons(failed).size(), 1u);
    EXPECT_TRUE(reasons(failed).front().text.contains(QStringLiteral("Hoàn thành nhiệm vụ")));
    EXPECT_EQ(reasons(failed).front().citation, QStringLiteral("Điều 24"));
    // No grade is missing data, not a failure: a person must look.
    EXPECT_EQ(judgePerson(ungraded, "LDTT").verdict, Verdict::NeedsReview);
}

TEST_F(EligibilityTest, ADisciplineHoldsTheYearBackUntilTheJudgingDay) {
    const int held = addPerson();
    grade(held, Year, Grade::Excellent);
    addDiscipline(facts, person(held),
                  {DisciplineForm::Reprimand, QDate(2025, 3, 1), QDate(2026, 2, 28)});
    const Judgement judgement = judgePerson(held, "LDTT");
    EXPECT_EQ(judgement.verdict, Verdict::NotEligible);
    EXPECT_TRUE(reasons(judgement).front().text.contains(QStringLiteral("khiển trách")));
    EXPECT_EQ(reasons(judgement).front().citation, QStringLiteral("Điều 4 NĐ 152"));

    // A discipline ending on 31/12 of the year before does not touch the year.
    const int cleared = addPerson();
    grade(cleared, Year, Grade::Good);
    addDiscipline(facts, person(cleared),
                  {DisciplineForm::Warning, QDate(2024, 1, 1), QDate(2024, 12, 31)});
    EXPECT_EQ(judgePerson(cleared, "LDTT").verdict, Verdict::Eligible);

    // One starting after the judging day does not hold it either.
    facts.day = QDate(2025, 12, 30);
    const int later = addPerson();
    grade(later, Year, Grade::Good);
    addDiscipline(facts, person(later), {DisciplineForm::Reprimand, QDate(2025, 12, 31), QDate()});
    EXPECT_EQ(judgePerson(later, "LDTT").verdict, Verdict::Eligible);
}

TEST_F(EligibilityTest, ADisciplineCoveringPartOfTheYearStillKeepsTheYearFromCounting) {
    auto disciplined = [&](QDate start, QDate end) {
        const int p = addPerson();
        grade(p, Year, Grade::Good);
        addDiscipline(facts, person(p), {DisciplineForm::Reprimand, start, end});
        return judgePerson(p, "LDTT");
    };
    // Starting on 1/1 and ended mid-year: no longer a hold, but the year's
    // achievements count only from its end, so the year is not whole.
    const Judgement firstHalf = disciplined(QDate(2025, 1, 1), QDate(2025, 6, 30));
    EXPECT_EQ(firstHalf.verdict, Verdict::NotEligible);
    EXPECT_EQ(reasons(firstHalf).front().text,
              QStringLiteral("Bị kỷ luật (khiển trách) trong năm 2025, đã hết thời hạn: thành tích "
                             "được tính từ khi hết thời hạn kỷ luật, nên năm 2025 không được tính "
                             "đủ"));
    // Starting mid-year and in force on the judging day: a hold.
    const Judgement secondHalf = disciplined(QDate(2025, 7, 1), QDate(2026, 6, 30));
    EXPECT_EQ(secondHalf.verdict, Verdict::NotEligible);
    EXPECT_TRUE(reasons(secondHalf).front().text.contains(QStringLiteral("tạm hoãn")));
    // Ending on 1/1 of the year judged still touches it; starting on 1/1 of
    // the next, after the judging day, does not.
    EXPECT_EQ(disciplined(QDate(2024, 1, 2), QDate(2025, 1, 1)).verdict, Verdict::NotEligible);
    EXPECT_EQ(disciplined(QDate(2026, 1, 1), QDate()).verdict, Verdict::Eligible);
}

TEST_F(EligibilityTest, ADisciplineInForceOnALaterJudgingDayHoldsTheYearBack) {
    facts.day = QDate(2026, 3, 15);
    const int p = addPerson();
    grade(p, Year, Grade::Good);
    addDiscipline(facts, person(p), {DisciplineForm::Reprimand, QDate(2026, 2, 1), QDate()});
    const Judgement judgement = judgePerson(p, "LDTT");
    EXPECT_EQ(judgement.verdict, Verdict::NotEligible);
    EXPECT_TRUE(reasons(judgement).front().text.contains(QStringLiteral("tạm hoãn")));
    // One begun after the judging day is not known yet.
    const int later = addPerson();
    grade(later, Year, Grade::Good);
    addDiscipline(facts, person(later), {DisciplineForm::Reprimand, QDate(2026, 3, 16), QDate()});
    EXPECT_EQ(judgePerson(later, "LDTT").verdict, Verdict::Eligible);
}

TEST_F(EligibilityTest, APartYearOfDisciplineBreaksTheGoodYearsAndTheCollectivesDiscipline) {
    // Five good years 2021–2025 after a Bằng khen of the minister; a
    // discipline of 1/7/2020–30/6/2021 breaks 2021, one ending 31/12/2020 not.
    auto judged = [&](QDate end) {
        const int p = addPerson();
        award(p, "BKBO", Year - 6);
        grades(p, Year - 4, Year, Grade::Good);
        for (int year : {Year - 4, Year - 2, Year - 1})
            award(p, "CSTDCS", year);
        addDiscipline(facts, person(p), {DisciplineForm::Reprimand, QDate(2020, 7, 1), end});
        return judgePerson(p, "BKTTG");
    };
    const Judgement broken = judged(QDate(2021, 6, 30));
    EXPECT_EQ(broken.verdict, Verdict::NotEligible);
    EXPECT_TRUE(reasons(broken).front().text.startsWith(QStringLiteral("Năm 2021 bị kỷ luật")));
    EXPECT_EQ(judged(QDate(2020, 12, 31)).verdict, Verdict::Eligible);

    // A member's warning of 1/1–31/3 of the year bars TTLĐTT; one ending
    // 31/12 of the year before does not.
    facts.units.emplace_back().id = 1;
    addGrade(facts, facts.units.front(), Year, Grade::Good);
    for (int i = 0; i < 2; ++i) {
        const int member = addPerson();
        grade(member, Year, Grade::Good);
        facts.units.front().members.push_back(member);
    }
    const int warned = facts.units.front().members.back();
    addDiscipline(facts, person(warned),
                  {DisciplineForm::Warning, QDate(2024, 1, 1), QDate(2024, 12, 31)});
    EXPECT_EQ(judgeUnit(0, "TTLDTT").verdict, Verdict::Eligible);
    addDiscipline(facts, person(warned),
                  {DisciplineForm::Warning, QDate(2025, 1, 1), QDate(2025, 3, 31)});
    EXPECT_EQ(judgeUnit(0, "TTLDTT").verdict, Verdict::NotEligible);
}

TEST_F(EligibilityTest, CstdcsNeedsLdttAndAnExcellentGradeOrAnInitiative) {
    const int excellent = addPerson();
    grade(excellent, Year, Grade::Excellent);
    const int withInitiative = addPerson();
    grade(withInitiative, Year, Grade::Good);
    initiative(withInitiative, Year, InitiativeLevel::Grassroots);
    const int neither = addPerson();
    grade(neither, Year, Grade::Good);
    const int notLdtt = addPerson();
    grade(notLdtt, Year, Grade::Completed);
    initiative(notLdtt, Year, InitiativeLevel::Grassroots);

    EXPECT_EQ(judgePerson(excellent, "CSTDCS").verdict, Verdict::Eligible);
    EXPECT_EQ(judgePerson(withInitiative, "CSTDCS").verdict, Verdict::Eligible);
    EXPECT_EQ(judgePerson(neither, "CSTDCS").verdict, Verdict::NotEligible);
    const Judgement judgement = judgePerson(notLdtt, "CSTDCS");
    EXPECT_EQ(judgement.verdict, Verdict::NotEligible);
    EXPECT_EQ(reasons(judgement).front().citation, QStringLiteral("Điều 23"));
}

TEST_F(EligibilityTest, CstdcsThroughHtxsnvAloneIsCappedByTheUnitsShare) {
    // 3 of 10 HTXSNV in the unit is over 20 %: whoever rests on the grade
    // alone needs a person's choice; one with an initiative does not.
    facts.units.emplace_back().id = 1;
    std::vector<int> unitOfPerson;
    for (int i = 0; i < 10; ++i) {
        grade(addPerson(), Year, i < 3 ? Grade::Excellent : Grade::Good);
        unitOfPerson.push_back(0);
    }
    initiative(1, Year, InitiativeLevel::Grassroots);
    countUnitGrades(facts, unitOfPerson);
    const Judgement capped = judgePerson(0, "CSTDCS");
    EXPECT_EQ(capped.verdict, Verdict::NeedsReview);
    ASSERT_EQ(reasons(capped).size(), 1u);
    EXPECT_TRUE(reasons(capped).front().text.startsWith(
        QStringLiteral("Năm 2025 đơn vị có 3/10 người hoàn thành xuất sắc nhiệm vụ")));
    EXPECT_EQ(judgePerson(1, "CSTDCS").verdict, Verdict::Eligible);
    // 2 of 10 is within it.
    grade(2, Year, Grade::Good);
    countUnitGrades(facts, unitOfPerson);
    EXPECT_EQ(judgePerson(0, "CSTDCS").verdict, Verdict::Eligible);
}

TEST_F(EligibilityTest, AnInitiativeAlreadyUsedCountsOnce) {
    const int reused = addPerson();
    grade(reused, Year, Grade::Good);
    initiative(reused, Year, InitiativeLevel::Grassroots, true);
    EXPECT_EQ(judgePerson(reused, "CSTDCS").verdict, Verdict::NotEligible);

    // Bằng khen by the initiative route: two unused ones, the used one not counted.
    const int route = addPerson();
    grades(route, Year - 1, Year, Grade::Excellent);
    initiative(route, Year - 1, InitiativeLevel::Grassroots, true);
    initiative(route, Year, InitiativeLevel::Grassroots);
    const Judgement one = judgePerson(route, "BKBO");
    EXPECT_EQ(one.verdict, Verdict::NotEligible);
    EXPECT_TRUE(reasons(one).front().text.contains(QStringLiteral("(có 1)")));
    initiative(route, Year - 1, InitiativeLevel::Grassroots);
    EXPECT_EQ(judgePerson(route, "BKBO").verdict, Verdict::Eligible);
}

TEST_F(EligibilityTest, CstdBoNeedsThreeConsecutiveCstdcsAndAMinistryInitiative) {
    const int p = addPerson();
    grades(p, Year - 2, Year, Grade::Excellent);
    award(p, "CSTDCS", Year - 2);
    award(p, "CSTDCS", Year - 1);
    initiative(p, Year - 1, InitiativeLevel::Ministry);
    // The year judged is judged here: LĐTT and CSTĐCS of 2025 are not yet awarded.
    EXPECT_EQ(judgePerson(p, "CSTDBO").verdict, Verdict::Eligible);

    const int missing = addPerson();
    grades(missing, Year - 2, Year, Grade::Excellent);
    award(missing, "CSTDCS", Year - 1);
    initiative(missing, Year, InitiativeLevel::Ministry);
    const Judgement judgement = judgePerson(missing, "CSTDBO");
    EXPECT_EQ(judgement.verdict, Verdict::NotEligible);
    ASSERT_EQ(reasons(judgement).size(), 1u);
    EXPECT_EQ(reasons(judgement).front().text,
              QStringLiteral("Thiếu danh hiệu CSTĐ cơ sở năm 2023 (cần 3 lần liên tục)"));
    EXPECT_EQ(reasons(judgement).front().citation, QStringLiteral("Điều 22"));

    // A grassroots initiative is not enough for the ministry level.
    const int lowInitiative = addPerson();
    grades(lowInitiative, Year - 2, Year, Grade::Excellent);
    award(lowInitiative, "CSTDCS", Year - 2);
    award(lowInitiative, "CSTDCS", Year - 1);
    initiative(lowInitiative, Year, InitiativeLevel::Grassroots);
    EXPECT_EQ(judgePerson(lowInitiative, "CSTDBO").verdict, Verdict::NotEligible);
}

TEST_F(EligibilityTest, TheWindowOfConsecutiveYearsEndsAtTheYearJudged) {
    const int p = addPerson();
    grades(p, Year - 3, Year, Grade::Excellent);
    // 2022 to 2024 recorded and 2025 judged here: the last three years count.
    for (int year = Year - 3; year < Year; ++year)
        award(p, "CSTDCS", year);
    initiative(p, Year - 2, InitiativeLevel::Ministry);
    EXPECT_EQ(judgePerson(p, "CSTDBO").verdict, Verdict::Eligible);
    // An initiative older than the three years does not count.
    const int old = addPerson();
    grades(old, Year - 2, Year, Grade::Excellent);
    award(old, "CSTDCS", Year - 2);
    award(old, "CSTDCS", Year - 1);
    initiative(old, Year - 3, InitiativeLevel::Ministry);
    EXPECT_EQ(judgePerson(old, "CSTDBO").verdict, Verdict::NotEligible);
}

TEST_F(EligibilityTest, CstdToanQuocPassesItsChecksThenNeedsAPerson) {
    const int p = addPerson();
    grades(p, Year - 5, Year, Grade::Excellent);
    award(p, "CSTDBO", Year - 3);
    award(p, "CSTDBO", Year);
    initiative(p, Year - 1, InitiativeLevel::National);
    const Judgement judgement = judgePerson(p, "CSTDTQ");
    EXPECT_EQ(judgement.verdict, Verdict::NeedsReview);
    EXPECT_TRUE(reasons(judgement).front().text.startsWith(QStringLiteral("Cần xem xét")));

    // A failing hard condition wins over the quality a person would check.
    const int noInitiative = addPerson();
    award(noInitiative, "CSTDBO", Year - 3);
    award(noInitiative, "CSTDBO", Year);
    EXPECT_EQ(judgePerson(noInitiative, "CSTDTQ").verdict, Verdict::NotEligible);
}

TEST_F(EligibilityTest, BangKhenOfTheMinisterByTwoConsecutiveCstdcs) {
    const int p = addPerson();
    award(p, "CSTDCS", Year - 1);
    award(p, "CSTDCS", Year);
    EXPECT_EQ(judgePerson(p, "BKBO").verdict, Verdict::Eligible);
    const int gap = addPerson();
    award(gap, "CSTDCS", Year - 2);
    award(gap, "CSTDCS", Year);
    EXPECT_EQ(judgePerson(gap, "BKBO").verdict, Verdict::NotEligible);
}

TEST_F(EligibilityTest, BangKhenOfThePrimeMinisterAfterTheMinistersAndFiveGoodYears) {
    const int p = addPerson();
    award(p, "BKBO", Year - 5);
    grades(p, Year - 4, Year, Grade::Good);
    for (int year : {Year - 4, Year - 2, Year - 1})
        award(p, "CSTDCS", year);
    EXPECT_EQ(judgePerson(p, "BKTTG").verdict, Verdict::Eligible);

    const int tooRecent = addPerson();
    award(tooRecent, "BKBO", Year - 4);
    grades(tooRecent, Year - 4, Year, Grade::Good);
    for (int year : {Year - 4, Year - 2, Year - 1})
        award(tooRecent, "CSTDCS", year);
    EXPECT_EQ(judgePerson(tooRecent, "BKTTG").verdict, Verdict::NotEligible);

    const int weakYear = addPerson();
    award(weakYear, "BKBO", Year - 6);
    grades(weakYear, Year - 4, Year, Grade::Good);
    grade(weakYear, Year - 3, Grade::Completed);
    for (int year : {Year - 4, Year - 2, Year - 1})
        award(weakYear, "CSTDCS", year);
    const Judgement judgement = judgePerson(weakYear, "BKTTG");
    EXPECT_EQ(judgement.verdict, Verdict::NotEligible);
    EXPECT_TRUE(reasons(judgement).front().text.startsWith(QStringLiteral("Năm 2022")));

    const int twoCstdcs = addPerson();
    award(twoCstdcs, "BKBO", Year - 5);
    grades(twoCstdcs, Year - 4, Year, Grade::Good);
    award(twoCstdcs, "CSTDCS", Year - 4);
    award(twoCstdcs, "CSTDCS", Year - 1);
    EXPECT_EQ(judgePerson(twoCstdcs, "BKTTG").verdict, Verdict::NotEligible);
}

TEST_F(EligibilityTest, HuanChuongLaoDongHangBaNeedsAnExcellentYearToo) {
    const int p = addPerson();
    award(p, "BKTTG", Year - 5);
    grades(p, Year - 4, Year, Grade::Good);
    for (int year : {Year - 4, Year - 3, Year - 1})
        award(p, "CSTDCS", year);
    EXPECT_EQ(judgePerson(p, "HCLD3").verdict, Verdict::NotEligible);
    grade(p, Year - 3, Grade::Excellent);
    EXPECT_EQ(judgePerson(p, "HCLD3").verdict, Verdict::Eligible);
}

TEST_F(EligibilityTest, TheRuleSetIsChosenByTheJudgingDay) {
    const int p = addPerson();
    grade(p, Year, Grade::Good);
    addDiscipline(facts, person(p), {DisciplineForm::Reprimand, QDate(2025, 1, 10), QDate()});
    facts.day = QDate(2025, 6, 30);
    Judgement judgement = judgePerson(p, "LDTT");
    EXPECT_EQ(judgement.rules->setCode, QStringLiteral("ND98"));
    EXPECT_EQ(reasons(judgement).front().citation, QStringLiteral("Điều 5"));
    facts.day = QDate(2025, 7, 1);
    judgement = judgePerson(p, "LDTT");
    EXPECT_EQ(judgement.rules->setCode, QStringLiteral("ND152"));
    EXPECT_EQ(reasons(judgement).front().citation, QStringLiteral("Điều 4 NĐ 152"));
    // Before the Law of 2022 no set is in force.
    EXPECT_TRUE(ruleBookOn(data, QDate(2023, 12, 31)).empty());
}

TEST_F(EligibilityTest, ASectorSetReplacesTheNationalRulesOfItsTitles) {
    data.sets.push_back({QStringLiteral("TT11BTP"), QStringLiteral("TT 11"), QString(),
                         RuleLayer::Sector, QDate(2024, 1, 1), QDate(), false});
    EligibilityRule vote;
    vote.setCode = QStringLiteral("TT11BTP");
    vote.awardCode = QStringLiteral("CTDBO");
    vote.subject = TitleSubject::Collective;
    vote.name = QStringLiteral("vote");
    vote.kind = ConditionKind::Vote;
    vote.code = QStringLiteral("CTDBO");
    vote.citation = QStringLiteral("TT 11/2023/TT-BTP");
    data.rules.push_back(vote);
    const RuleBook sector = ruleBookOn(data, QDate(2025, 12, 31));
    const AwardRules* flag = sector.find(QStringLiteral("CTDBO"), TitleSubject::Collective);
    ASSERT_NE(flag, nullptr);
    EXPECT_EQ(flag->setCode, QStringLiteral("TT11BTP"));
    EXPECT_EQ(sector.find(QStringLiteral("LDTT"), TitleSubject::Individual)->setCode,
              QStringLiteral("ND152"));
}

TEST_F(EligibilityTest, CollectivesCountTheirMembers) {
    facts.units.emplace_back().id = 1;
    SubjectFacts& unit = facts.units.front();
    addGrade(facts, unit, Year, Grade::Excellent);
    for (int i = 0; i < 10; ++i) {
        const int member = addPerson();
        grade(member, Year, i < 7 ? Grade::Good : Grade::Completed);
        facts.units.front().members.push_back(member);
    }
    EXPECT_EQ(judgeUnit(0, "TTLDTT").verdict, Verdict::Eligible);
    // TTLĐXS also needs a CSTĐ cơ sở among them.
    EXPECT_EQ(judgeUnit(0, "TTLDXS").verdict, Verdict::NotEligible);
    grade(0, Year, Grade::Excellent);
    EXPECT_EQ(judgeUnit(0, "TTLDXS").verdict, Verdict::Eligible);
    // 6 of 10 LĐTT is below 70 %.
    grade(6, Year, Grade::Completed);
    EXPECT_EQ(judgeUnit(0, "TTLDTT").verdict, Verdict::NotEligible);
    grade(6, Year, Grade::Good);
    // A member given a warning (cảnh cáo) bars TTLĐTT.
    addDiscipline(facts, person(9), {DisciplineForm::Warning, QDate(2025, 5, 1), QDate()});
    EXPECT_EQ(judgeUnit(0, "TTLDTT").verdict, Verdict::NotEligible);
}

TEST_F(EligibilityTest, AUnitsMembersComeFromItsSubUnitsDownToOnesWithLegalPersonality) {
    // 0 a Cục; 1 its phòng; 2 a tổ of the phòng; 3 a Chi cục of the Cục
    // with legal personality; 4 a phòng of the Chi cục.
    for (RowId id = 1; id <= 5; ++id)
        facts.units.emplace_back().id = id;
    const std::vector<UnitPlace> places{{-1, true}, {0, false}, {1, false}, {0, true}, {3, false}};
    std::vector<int> unitOfPerson;
    for (int unit : {0, 1, 2, 3, 4, -1}) {
        addPerson();
        unitOfPerson.push_back(unit);
    }
    gatherMembers(facts, unitOfPerson, places);
    const std::vector<std::vector<int>> expected{{0, 1, 2}, {1, 2}, {2}, {3, 4}, {4}};
    for (std::size_t unit = 0; unit < expected.size(); ++unit)
        EXPECT_EQ(facts.units[unit].members, expected[unit]) << "unit " << unit;

    // A parent loop in the data ends the walk.
    EligibilityFacts looped;
    looped.units.resize(2);
    gatherMembers(looped, {0}, {{1, false}, {0, false}});
    EXPECT_EQ(looped.units[0].members, std::vector<int>{0});
    EXPECT_EQ(looped.units[1].members, std::vector<int>{0});
}

TEST_F(EligibilityTest, FlagsFollowTheClustersVote) {
    facts.units.emplace_back().id = 1;
    EXPECT_EQ(judgeUnit(0, "CTDBO").verdict, Verdict::NotEligible);
    facts.units.front().votes.push_back({awardBit(u"CTDBO"), 11, 12});
    EXPECT_EQ(judgeUnit(0, "CTDBO").verdict, Verdict::Eligible);
    EXPECT_EQ(judgeUnit(0, "CTDCP").verdict, Verdict::NotEligible);
    facts.units.front().votes.push_back({awardBit(u"CTDCP"), 10, 12});
    EXPECT_EQ(judgeUnit(0, "CTDCP").verdict, Verdict::NeedsReview);
}

TEST(EligibilityRules, RefusesCountsThatCannotHold) {
    EligibilityRule rule;
    rule.kind = ConditionKind::MemberShare;
    rule.count = 0;
    EXPECT_TRUE(ruleRefusal(rule));
    rule.count = 101;
    EXPECT_TRUE(ruleRefusal(rule));
    rule.count = 75;
    EXPECT_FALSE(ruleRefusal(rule));
    rule.kind = ConditionKind::WorkedMonths;
    EXPECT_TRUE(ruleRefusal(rule));
    rule.count = 12;
    EXPECT_FALSE(ruleRefusal(rule));
}
