#include "input_dialog.h"

#include <QInputDialog>

#include <utility>

namespace thidua::ui {

namespace {

// Set: the next question answers with the inner value without being shown.
std::optional<std::optional<QString>> nextText;

} // namespace

std::optional<QString> InputDialog::getText(QWidget* parent, const QString& title,
                                            const QString& label, const QString& text) {
    if (nextText)
        return *std::exchange(nextText, std::nullopt);
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    dialog.setOkButtonText(tr("OK"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

void InputDialog::setNextText(std::optional<QString> text) {
    nextText = std::move(text);
}

void InputDialog::clearNextText() {
    nextText.reset();
}

} // namespace thidua::ui
