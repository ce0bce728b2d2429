#pragma once

#include <QDateTime>
#include <QString>

namespace thidua::domain {

// One line of a record's history as the record's page shows it: when, who,
// and what changed, in a sentence.
struct RecordChange {
    QDateTime at;
    QString actor;
    QString what; // "Đã trình", "Thêm tệp bao-cao.pdf (Báo cáo thành tích)" …
};

} // namespace thidua::domain
