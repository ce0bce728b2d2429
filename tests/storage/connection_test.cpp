#include "check_constraints_off.h"
#include "query.h"
#include "temp_database.h"
#include "test_data.h"

#include <gtest/gtest.h>

using namespace thidua;

namespace {

QString pragma(storage::Database& db, std::string_view sql) {
    auto rows = storage::selectAll<QString>(
        db, sql, [](const storage::Statement& row) { return row.text(0); });
    return rows && !rows->empty() ? rows->front() : QString();
}

} // namespace

TEST(Connection, EveryConnectionIsSetUpTheSameWay) {
    test::TempDatabase temp;
    auto writer = temp.open();
    auto reader = temp.open(storage::OpenMode::ReadOnly);
    for (storage::Database* db : {&writer, &reader}) {
        EXPECT_EQ(pragma(*db, "PRAGMA journal_mode"), QStringLiteral("wal"));
        EXPECT_EQ(pragma(*db, "PRAGMA foreign_keys"), QStringLiteral("1"));
        EXPECT_EQ(pragma(*db, "PRAGMA busy_timeout"), QStringLiteral("5000"));
        EXPECT_EQ(pragma(*db, "SELECT vn_search_key('Nguyễn Thị Tố NGA')"),
                  QStringLiteral("nguyen thi to nga"));
    }
}

TEST(Connection, ForeignKeysAreEnforced) {
    test::TempDatabase temp;
    auto db = temp.open();
    auto ok = storage::exec(
        db, "INSERT INTO person (uuid, family_name, given_name, gender, unit_id,"
            " search_key, sort_key) VALUES ('x', 'A', 'B', 'male', 999, 'a b', x'02')");
    ASSERT_FALSE(ok);
    EXPECT_EQ(ok.error().code, ErrorCode::Conflict);
}

TEST(Connection, CheckConstraintsRestAsLongAsATrustedWriterAsksAndComeBack) {
    test::TempDatabase temp;
    auto db = temp.open();
    const auto unit = test::addUnit(db, QStringLiteral("Vụ Pháp luật quốc tế"));
    // The same statement, cached: it must follow the setting both ways.
    auto grade = [&](const char* uuid, const char* value) {
        return storage::exec(db,
                             "INSERT INTO evaluation (uuid, year, unit_id, grade) VALUES (?, 2025,"
                             " ?, ?)",
                             QString::fromLatin1(uuid), unit.id, QString::fromLatin1(value));
    };
    ASSERT_FALSE(grade("a", "GIOI"));
    {
        storage::CheckConstraintsOff trusted(db);
        EXPECT_EQ(pragma(db, "PRAGMA ignore_check_constraints"), QStringLiteral("1"));
        EXPECT_TRUE(grade("b", "GIOI"));
    }
    EXPECT_EQ(pragma(db, "PRAGMA ignore_check_constraints"), QStringLiteral("0"));
    EXPECT_FALSE(grade("c", "GIOI"));
    // What slipped through is still found by the integrity check.
    EXPECT_NE(pragma(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
}

TEST(Connection, DatesAreBoundAsIsoText) {
    test::TempDatabase temp;
    auto db = temp.open();
    auto bound = [&](QDate date) {
        auto rows = storage::selectAll<QString>(
            db, "SELECT coalesce(?, 'null')",
            [](const storage::Statement& row) { return row.text(0); }, date);
        return rows->front();
    };
    EXPECT_EQ(bound(QDate(2025, 3, 5)), QStringLiteral("2025-03-05"));
    EXPECT_EQ(bound(QDate(1999, 12, 31)), QStringLiteral("1999-12-31"));
    EXPECT_EQ(bound(QDate(987, 1, 1)), QStringLiteral("0987-01-01"));
    EXPECT_EQ(bound(QDate()), QStringLiteral("null"));
    // And read back, by hand or, for other text, by Qt.
    auto read = [&](const char* text) {
        return storage::selectAll<QDate>(
                   db, "SELECT ?", [](const storage::Statement& row) { return row.date(0); },
                   QString::fromLatin1(text))
            ->front();
    };
    EXPECT_EQ(read("2025-03-05"), QDate(2025, 3, 5));
    EXPECT_EQ(read("0987-01-01"), QDate(987, 1, 1));
    EXPECT_FALSE(read("2025-13-05").isValid());
    EXPECT_FALSE(read("2025-3-5").isValid());
    EXPECT_FALSE(read("05/03/2025").isValid());
}

TEST(Connection, VietnameseCollationOrdersNamesAsADictionary) {
    test::TempDatabase temp;
    auto db = temp.open();
    for (const char* name : {"Đức", "Ánh", "Dũng", "Anh", "Bình", "An"})
        test::addUnit(db, QString::fromUtf8(name));
    auto names =
        storage::selectAll<QString>(db, "SELECT name FROM unit ORDER BY name COLLATE vietnamese",
                                    [](const storage::Statement& row) { return row.text(0); });
    ASSERT_TRUE(names);
    const std::vector<QString> expected{QStringLiteral("An"),   QStringLiteral("Anh"),
                                        QStringLiteral("Ánh"),  QStringLiteral("Bình"),
                                        QStringLiteral("Dũng"), QStringLiteral("Đức")};
    EXPECT_EQ(*names, expected);
    // The stored sort key gives the same order as the collation.
    auto bySortKey =
        storage::selectAll<QString>(db, "SELECT name FROM unit ORDER BY sort_key",
                                    [](const storage::Statement& row) { return row.text(0); });
    EXPECT_EQ(*bySortKey, expected);
}

TEST(Connection, PreparedStatementsAreCachedPerConnection) {
    test::TempDatabase temp;
    auto db = temp.open();
    auto first = db.prepare("SELECT count(*) FROM unit");
    auto second = db.prepare("SELECT count(*) FROM unit");
    ASSERT_TRUE(first && second);
    EXPECT_EQ(*first, *second);
    auto other = db.prepare("SELECT count(*) FROM person");
    ASSERT_TRUE(other);
    EXPECT_NE(*first, *other);
}

TEST(Connection, BadSqlIsAnErrorValueNotACrash) {
    test::TempDatabase temp;
    auto db = temp.open();
    auto statement = db.prepare("SELECT * FROM no_such_table");
    ASSERT_FALSE(statement);
    EXPECT_TRUE(statement.error().message.contains(QStringLiteral("no_such_table")));
}

TEST(Connection, TwoConnectionsOnOneFileSeeEachOthersCommits) {
    test::TempDatabase temp;
    auto writer = temp.open();
    auto reader = temp.open(storage::OpenMode::ReadOnly);
    test::addUnit(writer, QStringLiteral("Vụ Hợp tác quốc tế"));
    EXPECT_EQ(*storage::selectInt(reader, "SELECT count(*) FROM unit"), 1);

    // A reader inside its own transaction keeps its snapshot while the writer goes on (WAL).
    ASSERT_TRUE(reader.execute("BEGIN"));
    EXPECT_EQ(*storage::selectInt(reader, "SELECT count(*) FROM unit"), 1);
    test::addUnit(writer, QStringLiteral("Viện Khoa học pháp lý"));
    EXPECT_EQ(*storage::selectInt(reader, "SELECT count(*) FROM unit"), 1);
    ASSERT_TRUE(reader.execute("COMMIT"));
    EXPECT_EQ(*storage::selectInt(reader, "SELECT count(*) FROM unit"), 2);
}

TEST(Connection, AReadOnlyConnectionRefusesWrites) {
    test::TempDatabase temp;
    { auto create = temp.open(); }
    auto reader = temp.open(storage::OpenMode::ReadOnly);
    auto ok = storage::exec(reader, "DELETE FROM unit");
    EXPECT_FALSE(ok);
}

TEST(Connection, OpeningAMissingFolderFailsWithThePath) {
    auto db = storage::Database::open(QStringLiteral("/nonexistent/folder/x.sqlite"));
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("/nonexistent/folder/x.sqlite")));
}
