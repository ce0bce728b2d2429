#pragma once

#include <QWidget>

class QLabel;

namespace thidua::ui {

// The heading every page starts with: the area's title, a sentence on what the
// page is for, and room for a problem the user must act on.
class PageHeader : public QWidget {
    Q_OBJECT

public:
    explicit PageHeader(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setDescription(const QString& description);
    // Shown in the error colour under the description; empty hides it.
    void setError(const QString& message);

    QString title() const;
    QString error() const;

private:
    QLabel* title_;
    QLabel* description_;
    QLabel* error_;
};

} // namespace thidua::ui
