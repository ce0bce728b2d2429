#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace thidua::ui {

// Every question for a line of text goes through here, so that GUI tests can
// type the answer in advance (setNextText) instead of blocking on a dialog.
// The buttons are labelled with our own translations, as in MessageBox.
class InputDialog {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::InputDialog)

public:
    // The text typed, or nullopt when the user cancelled.
    static std::optional<QString> getText(QWidget* parent, const QString& title,
                                          const QString& label, const QString& text = {});

    // The next question is not shown; it returns text at once (nullopt: cancelled).
    static void setNextText(std::optional<QString> text);
    // Forgets an answer no question used.
    static void clearNextText();
};

} // namespace thidua::ui
