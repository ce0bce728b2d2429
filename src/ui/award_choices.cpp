#include "award_choices.h"

#include "award_service.h"

#include <QComboBox>

namespace thidua::ui {

Status fillAwardChoices(QComboBox* combo, services::AwardService& awards, QDate on,
                        domain::TitleSubject subject) {
    const QString chosen = combo->currentData().toString();
    combo->clear();
    auto catalogue = awards.catalogue(on);
    if (!catalogue)
        return std::unexpected(catalogue.error());
    for (const domain::AwardType& type : *catalogue)
        if (type.fits(subject))
            combo->addItem(type.name, type.code);
    if (const int index = combo->findData(chosen); index >= 0)
        combo->setCurrentIndex(index);
    return {};
}

void fillKindChoices(QComboBox* combo) {
    for (domain::AwardKind kind :
         {domain::AwardKind::Merit, domain::AwardKind::Sudden, domain::AwardKind::Thematic,
          domain::AwardKind::Dedication, domain::AwardKind::Foreign})
        combo->addItem(domain::awardKindName(kind), static_cast<int>(kind));
}

} // namespace thidua::ui
