#pragma once

namespace thidua::storage {

class Database;

// While it lives, the connection does not test CHECK constraints; they are
// tested again once it ends. For writers that build every value from checked
// domain values and write many rows in one go (the demo, imports): SQLite
// 3.40 tests a CHECK (x IN ('a', 'b', 'c')) by building a temporary index for
// every row written, which took a third of the large demo's time. A row that
// breaks a CHECK is still found by PRAGMA integrity_check (`thidua check`).
// Changing the setting makes SQLite prepare the cached statements again at
// their next use, so none keeps the old setting.
class CheckConstraintsOff {
public:
    explicit CheckConstraintsOff(Database& db);
    ~CheckConstraintsOff();
    CheckConstraintsOff(const CheckConstraintsOff&) = delete;
    CheckConstraintsOff& operator=(const CheckConstraintsOff&) = delete;

private:
    Database& db_;
};

} // namespace thidua::storage
