#pragma once

#include "document.h"

#include <QDate>
#include <QString>
#include <QStringList>

// The printed giao ước thi đua. Kept apart from the widgets so that it can
// move to a reports layer unchanged: it takes names already looked up and
// gives a documents::Document that any renderer prints.
namespace thidua::ui {

struct CovenantPrint {
    QString organiser;   // "Bộ Tư pháp"
    QString clusterName; // "Cụm thi đua số IV"
    int year = 0;
    QDate signedOn;          // invalid: blanks to fill in by hand
    QString place;           // "Hội trường Sở Tư pháp tỉnh Vĩnh Phúc"; may be empty
    QStringList signatories; // unit names, in the order they sign
    QStringList targets;     // in their printed order
};

// Official layout (Nghị định 30/2020): the organiser over the cluster in the
// header, "GIAO ƯỚC THI ĐUA NĂM 2025" of the cluster's members, the opening
// that names date, place and units, the targets as numbered items, and one
// signature column per signing unit.
documents::Document covenantDocument(const CovenantPrint& covenant);

} // namespace thidua::ui
