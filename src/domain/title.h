#pragma once

#include <QDate>
#include <QString>

namespace thidua::domain {

// Danh hiệu thi đua, as rule data: which subject it fits, its level and
// precedence, and the law it rests on, valid between two dates.
enum class TitleSubject { Individual, Collective };

struct Title {
    QString code;
    QString name;
    QString abbreviation; // as clerks write it: LĐTT, CSTĐCS, TTLĐXS …
    TitleSubject subject = TitleSubject::Individual;
    QString level;
    int precedence = 0;
    QString legalBasis;
    QDate validFrom;
    QDate validTo;
};

} // namespace thidua::domain
