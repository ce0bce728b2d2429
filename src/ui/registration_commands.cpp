#include "registration_commands.h"

#include <QCoreApplication>

namespace thidua::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::RegistrationCommands)
};

} // namespace

SetTitlesCommand::SetTitlesCommand(services::RegistrationService& service, domain::RowId periodId,
                                   domain::RowId personId, const QString& personName,
                                   services::TitlesChange change, QDate registeredOn,
                                   CommandFailure failed)
    : QUndoCommand(Text::tr("titles of %1").arg(personName))
    , service_(service)
    , periodId_(periodId)
    , personId_(personId)
    , change_(std::move(change))
    , registeredOn_(registeredOn)
    , failed_(std::move(failed)) {}

void SetTitlesCommand::undo() {
    apply(change_.before);
}

void SetTitlesCommand::redo() {
    // The first redo is the push itself: the change was made already.
    if (std::exchange(done_, false))
        return;
    apply(change_.after);
}

void SetTitlesCommand::apply(const QStringList& titles) {
    if (auto applied = service_.setTitles(periodId_, personId_, titles, registeredOn_); !applied)
        failed_(applied.error().message);
}

RegisterUnitCommand::RegisterUnitCommand(services::RegistrationService& service,
                                         domain::RowId unitId, domain::RowId periodId,
                                         const QString& titleCode, QDate registeredOn,
                                         std::vector<domain::RowId> created, const QString& text,
                                         CommandFailure failed)
    : QUndoCommand(text)
    , service_(service)
    , unitId_(unitId)
    , periodId_(periodId)
    , titleCode_(titleCode)
    , registeredOn_(registeredOn)
    , created_(std::move(created))
    , failed_(std::move(failed)) {}

void RegisterUnitCommand::undo() {
    if (auto removed = service_.remove(created_); !removed)
        failed_(removed.error().message);
}

void RegisterUnitCommand::redo() {
    if (std::exchange(done_, false))
        return;
    auto made = service_.registerUnitStaff(unitId_, periodId_, titleCode_, registeredOn_);
    if (!made) {
        failed_(made.error().message);
        return;
    }
    created_ = made->created;
}

} // namespace thidua::ui
