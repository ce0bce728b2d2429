#include "nomination_record_html.h"

#include "award_service.h"
#include "nomination.h"
#include "vietnamese_format.h"

#include <QCoreApplication>

#include <algorithm>

namespace thidua::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::NominationRecord)
};

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString cells(const QStringList& values, const char* tag = "td") {
    QString html = QStringLiteral("<tr>");
    for (const QString& value : values)
        html += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), value.toHtmlEscaped());
    return html + QStringLiteral("</tr>");
}

QString awardName(const services::AwardHistory& history, const QString& code) {
    const auto found = std::ranges::find(history.catalogue, code, &domain::AwardType::code);
    return found != history.catalogue.end() ? found->name : code;
}

QString deadlineText(const domain::NominationDeadline& deadline, QDate today) {
    QString text = domain::vn::formatDate(deadline.due);
    if (!deadline.legalBasis.isEmpty())
        text += QStringLiteral(" (%1)").arg(deadline.legalBasis);
    if (today > deadline.due)
        text += QStringLiteral(" — ") + Text::tr("passed");
    if (!deadline.verified)
        text += QStringLiteral(" — ") + Text::tr("unverified rule data");
    return text;
}

} // namespace

QString nominationSummaryHtml(const domain::NominationEntry& entry,
                              const domain::Nomination& nomination,
                              const std::optional<domain::NominationDeadline>& deadline,
                              QDate today) {
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">")
                       .arg(entry.candidateName.toHtmlEscaped());
    if (!entry.collective)
        html +=
            row(Text::tr("Position"), QStringLiteral("%1, %2").arg(entry.position, entry.unitName));
    html +=
        row(Text::tr("Proposed award"),
            QStringLiteral("%1 (%2)").arg(entry.awardName, domain::awardKindName(nomination.kind)));
    html += row(Text::tr("Proposed by"), entry.proposingUnitName);
    QString status = domain::nominationStatusName(nomination.status);
    if (!nomination.statusReason.isEmpty())
        status += QStringLiteral(": ") + nomination.statusReason;
    html += row(Text::tr("Status"), status);
    if (deadline)
        html += row(Text::tr("Dossier due"), deadlineText(*deadline, today));
    html += row(Text::tr("Achievements"), nomination.basis);
    return html + QStringLiteral("</table>");
}

QString eligibilityHtml(domain::Verdict verdict, const std::vector<domain::Reason>& reasons) {
    const char* colour = verdict == domain::Verdict::Eligible      ? "#1d6b2f"
                         : verdict == domain::Verdict::NotEligible ? "#a4261b"
                                                                   : "#8a5a00";
    QString html = QStringLiteral("<p><b>%1</b> <span style=\"color:%2\"><b>%3</b></span></p><ul>")
                       .arg(Text::tr("Eligibility:").toHtmlEscaped(), QLatin1String(colour),
                            domain::verdictName(verdict).toHtmlEscaped());
    for (const domain::Reason& reason : reasons) {
        QString line = reason.text.toHtmlEscaped();
        if (!reason.citation.isEmpty())
            line += QStringLiteral(" <i>(%1)</i>").arg(reason.citation.toHtmlEscaped());
        if (!reason.verified)
            line += QStringLiteral(" — ") + Text::tr("unverified rule data").toHtmlEscaped();
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    return html + QStringLiteral("</ul>");
}

QString awardHistoryHtml(const services::AwardHistory& history) {
    QString html =
        QStringLiteral("<p><b>%1</b></p>").arg(Text::tr("Awards received").toHtmlEscaped());
    if (history.awards.empty())
        html += QStringLiteral("<p>%1</p>").arg(Text::tr("None recorded.").toHtmlEscaped());
    else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\">") +
                cells({Text::tr("Year"), Text::tr("Award"), Text::tr("Decision"), Text::tr("Kind"),
                       Text::tr("Amount (đ)")},
                      "th");
        std::vector<domain::Award> awards = history.awards;
        std::ranges::stable_sort(awards, std::ranges::greater{}, &domain::Award::year);
        for (const domain::Award& award : awards) {
            const QString period =
                award.firstYear == award.year
                    ? QString::number(award.year)
                    : QStringLiteral("%1–%2").arg(award.firstYear).arg(award.year);
            QString decision = QStringLiteral("%1 %2 (%3)")
                                   .arg(award.decisionNumber,
                                        domain::vn::formatDate(award.decisionDate), award.issuer);
            QString line =
                cells({period, awardName(history, award.awardCode), decision,
                       domain::awardKindName(award.kind), domain::vn::formatInteger(award.amount)});
            if (award.revoked())
                line = QStringLiteral("<tr><td colspan=\"5\"><s>%1</s> — %2</td></tr>")
                           .arg(QStringLiteral("%1 %2")
                                    .arg(period, awardName(history, award.awardCode))
                                    .toHtmlEscaped(),
                                Text::tr("revoked by %1").arg(award.revokedBy).toHtmlEscaped());
            html += line;
        }
        html += QStringLiteral("</table>");
    }
    if (!history.initiatives.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(Text::tr("Initiatives").toHtmlEscaped());
        for (const domain::Initiative& initiative : history.initiatives)
            html += QStringLiteral("<li>%1 (%2, %3) — %4</li>")
                        .arg(initiative.title.toHtmlEscaped(),
                             domain::initiativeLevelName(initiative.level).toHtmlEscaped())
                        .arg(initiative.year)
                        .arg((initiative.used() ? Text::tr("used by an award")
                                                : Text::tr("not yet used"))
                                 .toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString changeTrailHtml(const std::vector<domain::RecordChange>& changes) {
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">") +
                   cells({Text::tr("When"), Text::tr("Who"), Text::tr("What")}, "th");
    for (const domain::RecordChange& change : changes)
        html += cells({domain::vn::formatDate(change.at.toLocalTime().date()) +
                           change.at.toLocalTime().toString(QStringLiteral(" HH:mm")),
                       change.actor, change.what});
    return html + QStringLiteral("</table>");
}

} // namespace thidua::ui
