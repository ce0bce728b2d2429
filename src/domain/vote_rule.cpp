#include "vote_rule.h"

#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>
#include <numeric>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

} // namespace

std::optional<QString> voteRuleRefusal(const VoteRule& rule) {
    if (!rule.validFrom.isValid())
        return Text::tr("Give the day the rule takes effect.");
    if (rule.share.numerator <= 0 || rule.share.denominator <= 0 ||
        rule.share.numerator > rule.share.denominator)
        return Text::tr("A share of the members must be above 0 and at most all of them.");
    if (vn::normalized(rule.legalBasis).isEmpty())
        return Text::tr("Give the legal basis of the rule (the document and its article).");
    return std::nullopt;
}

std::optional<Share> shareFromText(const QString& text) {
    QString typed = text.trimmed();
    if (typed.contains(QLatin1Char('/'))) {
        const QStringList parts = typed.split(QLatin1Char('/'));
        bool top = false;
        bool bottom = false;
        const int numerator = parts.value(0).trimmed().toInt(&top);
        const int denominator = parts.value(1).trimmed().toInt(&bottom);
        if (parts.size() != 2 || !top || !bottom || denominator <= 0)
            return std::nullopt;
        return Share{numerator, denominator};
    }
    if (typed.endsWith(QLatin1Char('%')))
        typed.chop(1);
    const auto percent = vn::parseDecimal(typed.trimmed());
    if (!percent)
        return std::nullopt;
    // Hundredths of a percent, as "66,67" is written; 80 % is kept as 80/100.
    const int hundredths = static_cast<int>(std::lround(*percent * 100));
    const int common = std::gcd(hundredths, 100);
    return Share{hundredths / common, 10000 / common};
}

} // namespace thidua::domain
