#pragma once

#include <QSpinBox>

namespace thidua::ui {

// A cluster number as it is written, in Roman numerals ("IV"); typing "4" or
// "iv" both give 4. The minimum shows the special value text (no number).
class RomanSpinBox : public QSpinBox {
    Q_OBJECT

public:
    explicit RomanSpinBox(QWidget* parent = nullptr);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;
};

} // namespace thidua::ui
