#pragma once

#include "eligibility_facts.h"
#include "eligibility_rules.h"

#include <QHash>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

// The answer of the eligibility engine for one subject, title and year. A
// judgement is small and holds no text, so that every person of a large
// database can be judged at once; the reasons are worded on demand.
namespace thidua::domain {

enum class Verdict : std::uint8_t { Eligible, NotEligible, NeedsReview };

// "eligible", "not_eligible", "needs_review".
QString verdictCode(Verdict verdict);
// "Đủ điều kiện", "Không đủ điều kiện", "Cần xem xét".
QString verdictName(Verdict verdict);

enum class Outcome : std::uint8_t { Met, Failed, Review };

// How one rule came out: the rule by its position in its AwardRules, the year
// the finding is about and the numbers found (have of need).
struct Finding {
    std::uint8_t rule = 0;
    Outcome outcome = Outcome::Met;
    std::int16_t year = 0;
    std::int16_t have = 0;
    std::int16_t need = 0;
};

// Years and counts fit 16 bits; what does not is clamped rather than wrapped.
constexpr Finding finding(std::uint8_t rule, Outcome outcome, int year, int have = 0,
                          int need = 0) {
    auto narrow = [](int value) {
        return static_cast<std::int16_t>(value < -32768 ? -32768 : value > 32767 ? 32767 : value);
    };
    return {rule, outcome, narrow(year), narrow(have), narrow(need)};
}

inline constexpr int MaxFindings = 8;

struct Judgement {
    Verdict verdict = Verdict::NotEligible;
    const AwardRules* rules = nullptr; // null: no rule in force for the title
    std::array<Finding, MaxFindings> findings{};
    std::uint8_t findingCount = 0;

    void add(const Finding& finding) {
        if (findingCount < MaxFindings)
            findings[findingCount++] = finding;
    }
};

// A reason as a person reads it, with the article it rests on.
struct Reason {
    Outcome outcome = Outcome::Met;
    QString text;     // Vietnamese
    QString citation; // "Điều 22 Luật TĐKT 2022"
    bool verified = true;
};

// The names of titles and forms by code ("CSTDCS" → "Chiến sĩ thi đua cơ
// sở"), from the catalogue.
using AwardNames = QHash<QString, QString>;

// The reasons of the verdict: what failed when not eligible, what a person
// must check when it needs review, what was met when eligible.
std::vector<Reason> reasonsOf(const Judgement& judgement, const AwardNames& names);

} // namespace thidua::domain
