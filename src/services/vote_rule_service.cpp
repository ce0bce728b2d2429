#include "vote_rule_service.h"

#include "service_context.h"
#include "service_text.h"
#include "title_repository.h"
#include "vietnamese_text.h"
#include "vote_rule_repository.h"

#include <QJsonObject>

namespace thidua::services {

namespace {

QJsonObject toJson(const domain::VoteRule& rule) {
    return {{QStringLiteral("title_code"), rule.titleCode},
            {QStringLiteral("valid_from"), rule.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("numerator"), rule.share.numerator},
            {QStringLiteral("denominator"), rule.share.denominator},
            {QStringLiteral("legal_basis"), rule.legalBasis}};
}

// The audit names a rule by what it rules and from when.
QString keyOf(const domain::VoteRule& rule) {
    return QStringLiteral("%1@%2").arg(rule.isQuorum() ? QStringLiteral("quorum") : rule.titleCode,
                                       rule.validFrom.toString(Qt::ISODate));
}

} // namespace

Result<std::vector<domain::VoteRule>> VoteRuleService::rules() {
    return storage::VoteRuleRepository(context_.db).all();
}

Status VoteRuleService::set(domain::VoteRule rule) {
    rule.titleCode = rule.titleCode.trimmed().toUpper();
    rule.legalBasis = domain::vn::normalized(rule.legalBasis);
    if (auto refusal = domain::voteRuleRefusal(rule))
        return fail(ErrorCode::InvalidInput, *refusal);
    return inTransaction(
        context_,
        [&]() -> Status {
            if (!rule.isQuorum()) {
                auto titles = storage::TitleRepository(context_.db).all();
                if (!titles)
                    return std::unexpected(titles.error());
                if (std::ranges::find(*titles, rule.titleCode, &domain::Title::code) ==
                    titles->end())
                    return fail(ErrorCode::NotFound,
                                Text::tr("The catalogue has no title with the code %1.")
                                    .arg(rule.titleCode));
            }
            storage::VoteRuleRepository repository(context_.db);
            auto before = repository.all();
            if (!before)
                return std::unexpected(before.error());
            QJsonObject previous;
            for (const domain::VoteRule& stored : *before)
                if (keyOf(stored) == keyOf(rule))
                    previous = toJson(stored);
            if (auto stored = repository.put(rule); !stored)
                return stored;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("vote_rule"), keyOf(rule),
                                       previous.isEmpty() ? storage::AuditAction::Create
                                                          : storage::AuditAction::Update,
                                       previous, toJson(rule)));
        },
        [] { return BallotChanged{}; });
}

} // namespace thidua::services
