#include "roman_spin_box.h"

#include "vietnamese_format.h"

#include <optional>

namespace thidua::ui {

namespace {

std::optional<int> parse(const QString& text) {
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const int number = trimmed.toInt(&isNumber);
    if (isNumber)
        return number;
    return domain::vn::fromRoman(trimmed);
}

} // namespace

RomanSpinBox::RomanSpinBox(QWidget* parent)
    : QSpinBox(parent) {
    setRange(0, 99);
}

QString RomanSpinBox::textFromValue(int value) const {
    return domain::vn::toRoman(value);
}

int RomanSpinBox::valueFromText(const QString& text) const {
    return parse(text).value_or(minimum());
}

QValidator::State RomanSpinBox::validate(QString& input, int&) const {
    if (input.trimmed().isEmpty() || input == specialValueText())
        return QValidator::Intermediate;
    const auto value = parse(input);
    if (value && *value >= minimum() && *value <= maximum())
        return QValidator::Acceptable;
    // "XI" on the way to "XIV", or a half-typed number.
    for (QChar c : input)
        if (!QStringLiteral("IVXLCivxlc0123456789").contains(c))
            return QValidator::Invalid;
    return QValidator::Intermediate;
}

} // namespace thidua::ui
