#include "check_constraints_off.h"

#include "database.h"

namespace thidua::storage {

// A failure leaves the checks on: slower, never less safe.
CheckConstraintsOff::CheckConstraintsOff(Database& db)
    : db_(db) {
    (void)db_.execute("PRAGMA ignore_check_constraints = ON");
}

CheckConstraintsOff::~CheckConstraintsOff() {
    (void)db_.execute("PRAGMA ignore_check_constraints = OFF");
}

} // namespace thidua::storage
