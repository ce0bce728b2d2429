#include "million_people.h"

#include "database.h"
#include "migrator.h"
#include "person_name.h"
#include "query.h"
#include "vietnamese_text.h"

#include <QTemporaryDir>

#include <array>

namespace thidua::bench {

namespace {

constexpr std::array<const char16_t*, 8> families{u"Nguyễn", u"Trần", u"Lê", u"Phạm",
                                                  u"Hoàng",  u"Đặng", u"Vũ", u"Đỗ"};
constexpr std::array<const char16_t*, 6> middles{u"Thị",  u"Văn", u"Thị Tố",
                                                 u"Minh", u"Đức", u"Ngọc"};
constexpr std::array<const char16_t*, 12> givens{u"Nga",    u"An",   u"Bình", u"Hòa",
                                                 u"Đức",    u"Lan",  u"Hùng", u"Thảo",
                                                 u"Phương", u"Quân", u"Mai",  u"Sơn"};

} // namespace

QString nameOf(int i) {
    return QStringLiteral("%1 %2 %3 %4")
        .arg(QString::fromUtf16(families[static_cast<std::size_t>(i % 8)]),
             QString::fromUtf16(middles[static_cast<std::size_t>(i / 8 % 6)]),
             QString::fromUtf16(givens[static_cast<std::size_t>(i / 48 % 12)]))
        .arg(i / 576);
}

QString millionPeopleFile() {
    static QTemporaryDir dir;
    static const QString file = [] {
        const QString path = dir.filePath(QStringLiteral("million.sqlite"));
        auto db = storage::Database::open(path);
        if (!db || !storage::migrate(*db) || !db->execute("BEGIN"))
            qFatal("cannot create %s", qPrintable(path));
        for (int i = 0; i < MillionPeople; ++i) {
            const QString name = nameOf(i);
            const domain::PersonName parts = domain::splitFullName(name);
            (void)storage::exec(
                *db,
                "INSERT INTO person (uuid, family_name, middle_name, given_name,"
                " gender, search_key, sort_key) VALUES (?, ?, ?, ?, 'female', ?, ?)",
                QString::number(i), parts.family, parts.middle, parts.given,
                domain::vn::searchKey(name), domain::personSortKey(parts));
        }
        if (!db->execute("COMMIT; ANALYZE;"))
            qFatal("cannot fill %s", qPrintable(path));
        return path;
    }();
    return file;
}

} // namespace thidua::bench
