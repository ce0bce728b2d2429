#pragma once

#include "document.h"
#include "vietnamese_format.h"

#include <QDate>
#include <QString>

// What a printed form leaves blank for the clerk to write in by hand.
namespace thidua::reports {

// "ngày 14 tháng 12 năm 2018", or its blanks when the day is not known.
inline QString dayOrBlanks(QDate day) {
    return day.isValid() ? domain::vn::formatOfficialDate(day)
                         : QStringLiteral("ngày …… tháng …… năm ……");
}

// The text, or a dotted line when it is empty.
inline QString orDots(const QString& text) {
    return text.isEmpty() ? QStringLiteral("……………………") : text;
}

// Typed text paragraph by paragraph, or three lines of dots to write on by
// hand when nothing was typed.
void addTypedOrLines(documents::Document& document, const QString& typed);

} // namespace thidua::reports
