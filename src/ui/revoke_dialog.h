#pragma once

#include "result.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace thidua::ui {

class DateField;

// Thu hồi khen thưởng (Luật, Điều 93): the revoking decision, its day and the
// reason. save revokes; its refusal shows in the dialog, which stays open.
class RevokeDialog : public QDialog {
    Q_OBJECT

public:
    struct Revocation {
        QString decision;
        QDate on;
        QString reason;
    };
    using Save = std::function<Status(const Revocation&)>;

    // award names what is revoked: "Chiến sĩ thi đua cơ sở — Nguyễn Thị Lan".
    RevokeDialog(const QString& award, Save save, QWidget* parent = nullptr);

    void accept() override;

private:
    Save save_;
    QLineEdit* decision_;
    DateField* date_;
    QLineEdit* reason_;
    QLabel* refusal_;
};

} // namespace thidua::ui
