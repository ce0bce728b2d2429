#pragma once

#include "conference_pack.h"

#include <QString>
#include <QStringList>

namespace thidua::test {

// Cluster II of the units under the Ministry of Justice at its 2018 year-end
// conference: four units get the ministry's flag, a few Bằng khen, and 25
// people the grassroots emulation fighter title. The units are real; every
// person's name is made up.
reports::ConferencePack clusterTwoConference();

// An honoree of the cluster's conference.
reports::Honoree honoree(const QString& name, const QString& awardName, int precedence,
                         bool collective, const QString& level = QStringLiteral("ministry"));

// Every heading, paragraph and table cell or group title of the document,
// in order.
QStringList documentLines(const documents::Document& document);

} // namespace thidua::test
