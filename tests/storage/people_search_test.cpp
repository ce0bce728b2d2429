#include "people_search.h"
#include "person_list_query.h"
#include "person_repository.h"
#include "query.h"
#include "temp_database.h"
#include "test_data.h"
#include "vietnamese_text.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace thidua;
using Plan = storage::PeopleSearch::Plan;

namespace {

// More people named Nguyễn than the word index hands over to be sorted, so
// "nguyen" takes the walk in name order while "van 40" reads the index.
class PeopleSearchPlans : public ::testing::Test {
protected:
    void SetUp() override {
        unit = test::addUnit(db, QStringLiteral("Vụ Tổ chức cán bộ"));
        ASSERT_TRUE(db.execute("BEGIN"));
        for (int i = 0; i <= storage::PeopleSearch::FewMatchesLimit + 50; ++i)
            test::addPerson(db, QStringLiteral("Nguyễn Văn %1").arg(i), unit.id);
        // Ø keeps its letter in the search key: a key outside ASCII.
        for (const char* name : {"Trần Thị Vân", "Lê Văn Nguyên", "Phạm Nguyệt", "Nguyễn Øystein"})
            test::addPerson(db, QString::fromUtf8(name), unit.id);
        ASSERT_TRUE(db.execute("COMMIT"));
    }

    Plan planFor(const QString& typed) {
        auto search = storage::PeopleSearch::prepare(db, typed);
        EXPECT_TRUE(search);
        return search ? search->plan : Plan::Everyone;
    }

    std::vector<domain::RowId> listed(const QString& typed) {
        std::vector<domain::RowId> ids;
        storage::PersonListRequest request;
        request.search = typed;
        request.limit = 700;
        for (;;) {
            auto page = storage::PersonListQuery(db).page(request);
            EXPECT_TRUE(page);
            if (!page || page->empty())
                return ids;
            for (const auto& row : *page)
                ids.push_back(row.person.id);
            request.after = {page->back().sortKey, page->back().person.id, {}};
        }
    }

    // Every person tested one by one in C++ and put in name order.
    std::vector<domain::RowId> expected(const QString& typed) {
        struct Row {
            QByteArray sortKey;
            domain::RowId id;
        };
        std::vector<Row> rows;
        const QStringList words = domain::vn::searchWords(typed);
        auto all = storage::selectAll<Row>(
            db, "SELECT search_key, sort_key, id FROM person", [&](const storage::Statement& row) {
                return Row{domain::vn::wordsMatch(row.text(0), words) ? row.blob(1) : QByteArray(),
                           row.int64(2)};
            });
        EXPECT_TRUE(all);
        std::erase_if(*all, [](const Row& row) { return row.sortKey.isEmpty(); });
        std::ranges::sort(*all, [](const Row& a, const Row& b) {
            return std::tie(a.sortKey, a.id) < std::tie(b.sortKey, b.id);
        });
        std::vector<domain::RowId> ids;
        for (const Row& row : *all)
            ids.push_back(row.id);
        return ids;
    }

    test::TempDatabase temp;
    storage::Database db = temp.open();
    domain::Unit unit;
};

} // namespace

TEST_F(PeopleSearchPlans, ManyMatchesWalkTheNameOrderFewReadTheIndex) {
    EXPECT_EQ(planFor(QString()), Plan::Everyone);
    EXPECT_EQ(planFor(QStringLiteral(" - ")), Plan::Everyone);
    EXPECT_EQ(planFor(QStringLiteral("nguyen")), Plan::ManyMatches);
    EXPECT_EQ(planFor(QStringLiteral("van 40")), Plan::FewMatches);
    EXPECT_EQ(planFor(QStringLiteral("nguyệt")), Plan::FewMatches);
}

TEST_F(PeopleSearchPlans, BothPlansListWhatTestingEveryNameWouldList) {
    for (const QString& typed :
         {QStringLiteral("nguyen"), QStringLiteral("NGUYỄN văn"), QStringLiteral("van 40"),
          QStringLiteral("nguy"), QStringLiteral("thi van"), QStringLiteral("xyz"),
          QStringLiteral("nguyen ø"), QStringLiteral("ØY")}) {
        SCOPED_TRACE(typed.toStdString());
        const std::vector<domain::RowId> want = expected(typed);
        EXPECT_EQ(listed(typed), want);
        EXPECT_EQ(*storage::PersonRepository(db).count(typed, domain::NoId),
                  static_cast<qint64>(want.size()));
        EXPECT_EQ(*storage::PersonRepository(db).count(typed, unit.id),
                  static_cast<qint64>(want.size()));
    }
}

TEST_F(PeopleSearchPlans, TheWordIndexFollowsRenamesAndDeletions) {
    const domain::Person person = test::addPerson(db, QStringLiteral("Hà Thị Quỳnh"), unit.id);
    EXPECT_EQ(listed(QStringLiteral("quynh")), std::vector<domain::RowId>{person.id});
    ASSERT_TRUE(storage::exec(db,
                              "UPDATE person SET given_name = 'Quyên', search_key = "
                              "vn_search_key('Hà Thị Quyên') WHERE id = ?",
                              person.id));
    EXPECT_TRUE(listed(QStringLiteral("quynh")).empty());
    EXPECT_EQ(listed(QStringLiteral("quyen")), std::vector<domain::RowId>{person.id});
    ASSERT_TRUE(storage::exec(db, "DELETE FROM person WHERE id = ?", person.id));
    EXPECT_TRUE(listed(QStringLiteral("quyen")).empty());
    ASSERT_TRUE(db.execute("INSERT INTO person_words (person_words) VALUES ('integrity-check')"));
}
