#include "message_box.h"

#include <QMessageBox>
#include <QPushButton>

#include <utility>
#include <vector>

namespace thidua::ui {

namespace {

MessageBox::Button nextAnswer = MessageBox::NoButton;
QString lastMessage;

std::pair<QString, QMessageBox::ButtonRole> describe(MessageBox::Button button) {
    switch (button) {
    case MessageBox::Ok:
        return {MessageBox::tr("OK"), QMessageBox::AcceptRole};
    case MessageBox::Cancel:
        return {MessageBox::tr("Cancel"), QMessageBox::RejectRole};
    case MessageBox::Yes:
        return {MessageBox::tr("Yes"), QMessageBox::YesRole};
    case MessageBox::No:
        return {MessageBox::tr("No"), QMessageBox::NoRole};
    case MessageBox::EmptyDatabase:
        return {MessageBox::tr("Empty database"), QMessageBox::AcceptRole};
    case MessageBox::DemoData:
        return {MessageBox::tr("Demonstration data"), QMessageBox::AcceptRole};
    case MessageBox::NoButton:
        break;
    }
    return {};
}

MessageBox::Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                        const QString& text, MessageBox::Buttons buttons,
                        MessageBox::Button defaultButton) {
    lastMessage = text;
    if (nextAnswer != MessageBox::NoButton)
        return std::exchange(nextAnswer, MessageBox::NoButton);

    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    std::vector<std::pair<QAbstractButton*, MessageBox::Button>> added;
    for (unsigned bit = 1; bit <= MessageBox::DemoData; bit <<= 1) {
        const auto button = static_cast<MessageBox::Button>(bit);
        if (!buttons.testFlag(button))
            continue;
        const auto [label, role] = describe(button);
        QPushButton* pushButton = box.addButton(label, role);
        if (button == defaultButton)
            box.setDefaultButton(pushButton);
        added.emplace_back(pushButton, button);
    }
    box.exec();
    for (const auto& [pushButton, button] : added)
        if (box.clickedButton() == pushButton)
            return button;
    // Closed with Escape or the title bar.
    return buttons.testFlag(MessageBox::Cancel) ? MessageBox::Cancel : MessageBox::NoButton;
}

} // namespace

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton) {
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title,
                                           const QString& text) {
    return show(parent, QMessageBox::Information, title, text, Ok, Ok);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text) {
    return show(parent, QMessageBox::Warning, title, text, Ok, Ok);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title,
                                        const QString& text) {
    return show(parent, QMessageBox::Critical, title, text, Ok, Ok);
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text) {
    lastMessage = text;
    if (nextAnswer != NoButton) {
        nextAnswer = NoButton;
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(Button answer) {
    nextAnswer = answer;
}

QString MessageBox::lastText() {
    return lastMessage;
}

} // namespace thidua::ui
