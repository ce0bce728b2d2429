#pragma once

#include "submission.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace thidua::ui {

// Before a tờ trình is previewed or exported: the number the clerk's office
// gave it and whom it is sent to, one recipient a line. Both may stay empty:
// the document then prints dots to fill in by hand.
class SubmissionDialog : public QDialog {
    Q_OBJECT

public:
    // Starts from `last`, what was given the time before; acceptText names
    // what comes next ("Preview", "Export…").
    SubmissionDialog(const reports::SubmissionAddress& last, const QString& acceptText,
                     QWidget* parent = nullptr);

    // The number trimmed; the recipients a line each, blank lines left out.
    reports::SubmissionAddress address() const;

private:
    QLineEdit* number_;
    QPlainTextEdit* recipients_;
};

} // namespace thidua::ui
