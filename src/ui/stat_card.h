#pragma once

#include <QFrame>

class QLabel;

namespace thidua::ui {

// One key figure on the overview: a large value over a short caption.
class StatCard : public QFrame {
    Q_OBJECT
    // A property so that Designer forms set (and retranslate) the caption.
    Q_PROPERTY(QString caption READ caption WRITE setCaption)

public:
    explicit StatCard(QWidget* parent = nullptr);

    QString caption() const;
    void setCaption(const QString& caption);
    QString value() const;
    void setValue(const QString& value);

private:
    QLabel* value_;
    QLabel* caption_;
};

} // namespace thidua::ui
