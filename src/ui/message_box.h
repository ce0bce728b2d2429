#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>

class QWidget;

namespace thidua::ui {

// Every message box of the application goes through here, so that GUI tests
// can answer in advance (setNextAnswer) instead of blocking on a dialog.
// Button labels are our own translations: Qt ships no Vietnamese for its own.
class MessageBox {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::MessageBox)

public:
    enum Button : unsigned {
        NoButton = 0,
        Ok = 1u << 0,
        Cancel = 1u << 1,
        Yes = 1u << 2,
        No = 1u << 3,
        // Answers with their own labels.
        EmptyDatabase = 1u << 4,
        DemoData = 1u << 5,
    };
    Q_DECLARE_FLAGS(Buttons, Button)

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons, Button defaultButton);
    static Button information(QWidget* parent, const QString& title, const QString& text);
    static Button warning(QWidget* parent, const QString& title, const QString& text);
    static Button critical(QWidget* parent, const QString& title, const QString& text);
    static void about(QWidget* parent, const QString& title, const QString& text);

    // The next message box is not shown; it returns answer at once.
    static void setNextAnswer(Button answer);
    // The text of the last message box asked for, shown or not (for tests).
    static QString lastText();
};

} // namespace thidua::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(thidua::ui::MessageBox::Buttons)
