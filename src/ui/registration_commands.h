#pragma once

#include "change_command.h"
#include "registration_service.h"

#include <QUndoCommand>

namespace thidua::ui {

// The titles of one person, as typed in the sheet. The change is made before
// the command is pushed, so that a refused change never enters the stack;
// undo and redo then repeat it through the service.
class SetTitlesCommand : public QUndoCommand {
public:
    SetTitlesCommand(services::RegistrationService& service, domain::RowId periodId,
                     domain::RowId personId, const QString& personName,
                     services::TitlesChange change, QDate registeredOn, CommandFailure failed);

    void undo() override;
    void redo() override;

private:
    void apply(const QStringList& titles);

    services::RegistrationService& service_;
    domain::RowId periodId_;
    domain::RowId personId_;
    services::TitlesChange change_;
    QDate registeredOn_;
    CommandFailure failed_;
    bool done_ = true;
};

// "Register every person of this unit for LĐTT" as one step.
class RegisterUnitCommand : public QUndoCommand {
public:
    RegisterUnitCommand(services::RegistrationService& service, domain::RowId unitId,
                        domain::RowId periodId, const QString& titleCode, QDate registeredOn,
                        std::vector<domain::RowId> created, const QString& text,
                        CommandFailure failed);

    void undo() override;
    void redo() override;

private:
    services::RegistrationService& service_;
    domain::RowId unitId_;
    domain::RowId periodId_;
    QString titleCode_;
    QDate registeredOn_;
    std::vector<domain::RowId> created_;
    CommandFailure failed_;
    bool done_ = true;
};

} // namespace thidua::ui
