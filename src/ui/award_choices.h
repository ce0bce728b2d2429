#pragma once

#include "result.h"
#include "title.h"

#include <QDate>

class QComboBox;

namespace thidua::services {
class AwardService;
}

// The award and kind lists that the propose and record dialogs share.
namespace thidua::ui {

// The titles and forms in force on the date that fit the subject, highest
// first, the code as each item's data; the chosen code stays chosen when it
// is still offered.
Status fillAwardChoices(QComboBox* combo, services::AwardService& awards, QDate on,
                        domain::TitleSubject subject);

// Công trạng, đột xuất, chuyên đề, cống hiến, đối ngoại; the AwardKind as data.
void fillKindChoices(QComboBox* combo);

} // namespace thidua::ui
