#include "movement_details.h"

#include "movement_list_model.h"
#include "unit_catalogue.h"
#include "vietnamese_format.h"

#include <QCoreApplication>
#include <QStringList>

namespace thidua::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::MovementDetails)
};

QString line(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString movementDetailsHtml(const ListedMovement& listed, const UnitCatalogue& units) {
    const domain::Movement& movement = listed.movement;
    QString html =
        QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(movement.name.toHtmlEscaped());
    html += line(Text::tr("Kind:"), domain::movementKindName(movement.kind));
    html += line(Text::tr("Period:"), listed.period.label);
    html += line(Text::tr("Launched by:"), listed.launcher);
    if (movement.launchedOn.isValid())
        html += line(Text::tr("Launched on:"), domain::vn::formatDate(movement.launchedOn));
    if (!movement.document.isEmpty())
        html += line(Text::tr("Document:"), movement.document);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p><b>%1</b></p><ol>").arg(Text::tr("Targets").toHtmlEscaped());
    for (const QString& target : movement.targets)
        html += QStringLiteral("<li>%1</li>").arg(target.toHtmlEscaped());
    html += QStringLiteral("</ol>");

    html += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"4\">")
                .arg(Text::tr("Reviews").toHtmlEscaped());
    for (const domain::Milestone& milestone : movement.milestones)
        html += line(
            QStringLiteral("%1 %2").arg(domain::reviewKindName(milestone.kind)).arg(milestone.year),
            domain::vn::formatDate(milestone.date));
    html += QStringLiteral("</table>");

    QStringList names;
    for (domain::RowId unitId : movement.participantIds)
        names << units.name(unitId);
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(Text::tr("%n unit(s) taking part:", nullptr, static_cast<int>(names.size()))
                         .toHtmlEscaped(),
                     names.join(QStringLiteral("; ")).toHtmlEscaped());

    return html;
}

} // namespace thidua::ui
