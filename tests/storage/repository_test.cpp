#include "cluster_repository.h"
#include "period_repository.h"
#include "person_list_query.h"
#include "person_repository.h"
#include "query.h"
#include "registration_repository.h"
#include "temp_database.h"
#include "test_data.h"
#include "title_repository.h"
#include "unit_repository.h"

#include <gtest/gtest.h>

#include <set>

using namespace thidua;

TEST(UnitRepository, StoresNamesInNfcAndKeepsAGivenUuid) {
    test::TempDatabase temp;
    auto db = temp.open();
    domain::Unit unit;
    unit.uuid = QStringLiteral("2d7c7c4e-0000-4000-8000-000000000001");
    unit.name =
        QStringLiteral("  Viện Khoa học   pháp lý ").normalized(QString::NormalizationForm_D);
    unit.kind = QStringLiteral("institute");
    unit.hasLegalPersonality = true;
    ASSERT_TRUE(storage::UnitRepository(db).insert(unit));
    auto stored = storage::UnitRepository(db).find(unit.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->name, QStringLiteral("Viện Khoa học pháp lý"));
    EXPECT_EQ(stored->uuid, unit.uuid);
    EXPECT_TRUE(stored->hasLegalPersonality);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM unit WHERE search_key = ?",
                                  QStringLiteral("vien khoa hoc phap ly")),
              1);
}

TEST(UnitRepository, AMissingUnitIsNotFound) {
    test::TempDatabase temp;
    auto db = temp.open();
    auto unit = storage::UnitRepository(db).find(77);
    ASSERT_FALSE(unit);
    EXPECT_EQ(unit.error().code, ErrorCode::NotFound);
}

TEST(UnitRepository, AnUnknownKindIsRefused) {
    test::TempDatabase temp;
    auto db = temp.open();
    domain::Unit unit;
    unit.name = QStringLiteral("Phòng X");
    unit.kind = QStringLiteral("spaceship");
    EXPECT_FALSE(storage::UnitRepository(db).insert(unit));
}

class PersonPaging : public ::testing::Test {
protected:
    void SetUp() override {
        unit = test::addUnit(db, QStringLiteral("Vụ Pháp chế"));
        other = test::addUnit(db, QStringLiteral("Cục Con nuôi"));
        for (const char* name : {"Nguyễn Thị Tố Nga", "Trần Văn An", "Lê Bình", "Nguyễn Thị Bình",
                                 "Đặng Văn Đức", "Phạm Hoà", "Vũ Hòa", "Đỗ Thị Ánh", "Hoàng Anh"})
            test::addPerson(db, QString::fromUtf8(name), unit.id);
        test::addPerson(db, QStringLiteral("Ngô Thị Nga"), other.id);
    }

    std::vector<QString> allNames(const QString& search, domain::RowId unitId, int pageSize) {
        std::vector<QString> names;
        storage::PersonListRequest request;
        request.search = search;
        request.scope =
            unitId == domain::NoId ? storage::ListScope::all() : storage::ListScope::unit(unitId);
        request.limit = pageSize;
        for (;;) {
            auto page = storage::PersonListQuery(db).page(request);
            EXPECT_TRUE(page);
            if (!page || page->empty())
                return names;
            for (const auto& row : *page)
                names.push_back(row.person.name.fullName());
            request.after.sortKey = page->back().sortKey;
            request.after.id = page->back().person.id;
        }
    }

    test::TempDatabase temp;
    storage::Database db = temp.open();
    domain::Unit unit;
    domain::Unit other;
};

TEST_F(PersonPaging, PagesFollowVietnameseOrderByGivenNameWithoutGapsOrRepeats) {
    const std::vector<QString> expected{
        QStringLiteral("Trần Văn An"),     QStringLiteral("Hoàng Anh"),
        QStringLiteral("Đỗ Thị Ánh"),      QStringLiteral("Lê Bình"),
        QStringLiteral("Nguyễn Thị Bình"), QStringLiteral("Đặng Văn Đức"),
        QStringLiteral("Phạm Hoà"),        QStringLiteral("Vũ Hòa"),
        QStringLiteral("Ngô Thị Nga"),     QStringLiteral("Nguyễn Thị Tố Nga")};
    EXPECT_EQ(allNames({}, domain::NoId, 3), expected);
    EXPECT_EQ(allNames({}, domain::NoId, 100), expected);
}

TEST_F(PersonPaging, SearchIgnoresDiacriticsCaseAndTonePlacement) {
    EXPECT_EQ(allNames(QStringLiteral("nguyen thi to nga"), domain::NoId, 2),
              std::vector<QString>{QStringLiteral("Nguyễn Thị Tố Nga")});
    // Typed words match the beginnings of words, so "hoa" also finds "Hoàng".
    EXPECT_EQ(allNames(QStringLiteral("HOÀ"), domain::NoId, 2),
              (std::vector<QString>{QStringLiteral("Hoàng Anh"), QStringLiteral("Phạm Hoà"),
                                    QStringLiteral("Vũ Hòa")}));
    // Old and new tone placement find each other.
    EXPECT_EQ(allNames(QStringLiteral("vũ hoà"), domain::NoId, 2),
              std::vector<QString>{QStringLiteral("Vũ Hòa")});
    EXPECT_EQ(allNames(QStringLiteral("phạm hòa"), domain::NoId, 2),
              std::vector<QString>{QStringLiteral("Phạm Hoà")});
    EXPECT_EQ(allNames(QStringLiteral("duc"), domain::NoId, 2),
              std::vector<QString>{QStringLiteral("Đặng Văn Đức")});
    EXPECT_EQ(*storage::PersonRepository(db).count(QStringLiteral("nga"), domain::NoId), 2);
}

TEST_F(PersonPaging, TypedWordsMayComeInAnyOrderButMustBeginWords) {
    EXPECT_EQ(allNames(QStringLiteral("nga nguyen"), domain::NoId, 2),
              std::vector<QString>{QStringLiteral("Nguyễn Thị Tố Nga")});
    EXPECT_EQ(
        allNames(QStringLiteral("thi ng"), domain::NoId, 5),
        (std::vector<QString>{QStringLiteral("Nguyễn Thị Bình"), QStringLiteral("Ngô Thị Nga"),
                              QStringLiteral("Nguyễn Thị Tố Nga")}));
    EXPECT_TRUE(allNames(QStringLiteral("uyen"), domain::NoId, 5).empty());
    EXPECT_EQ(*storage::PersonRepository(db).count(QStringLiteral("uyen"), domain::NoId), 0);
}

TEST_F(PersonPaging, TheUnitFilterCombinesWithSearch) {
    EXPECT_EQ(allNames(QStringLiteral("nga"), other.id, 5),
              std::vector<QString>{QStringLiteral("Ngô Thị Nga")});
    EXPECT_EQ(*storage::PersonRepository(db).count({}, unit.id), 9);
}

TEST_F(PersonPaging, ExactSearchKeyLookupFindsTheSamePersonWrittenDifferently) {
    auto found = storage::PersonRepository(db).findBySearchKey(QStringLiteral("NGUYEN THI TO NGA"));
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ(found->front().name.given, QStringLiteral("Nga"));
    EXPECT_EQ(found->front().name.middle, QStringLiteral("Thị Tố"));
}

TEST(PeriodRepository, EnsureReturnsTheSameRowForTheSamePeriod) {
    test::TempDatabase temp;
    auto db = temp.open();
    auto first = domain::calendarYear(2025);
    auto again = domain::calendarYear(2025);
    auto half = domain::firstHalfOfYear(2025);
    storage::PeriodRepository periods(db);
    ASSERT_TRUE(periods.ensure(first));
    ASSERT_TRUE(periods.ensure(again));
    ASSERT_TRUE(periods.ensure(half));
    EXPECT_EQ(first.id, again.id);
    EXPECT_EQ(first.uuid, again.uuid);
    EXPECT_NE(first.id, half.id);
    EXPECT_EQ(*periods.years(), std::vector<int>{2025});
    EXPECT_EQ(again.label, QStringLiteral("năm 2025"));
}

TEST(TitleRepository, TheNationalTitlesAreSeededWithTheirSubjects) {
    test::TempDatabase temp;
    auto db = temp.open();
    auto titles = storage::TitleRepository(db).inForce(QDate(2025, 6, 1));
    ASSERT_TRUE(titles);
    std::set<QString> individual;
    std::set<QString> collective;
    for (const auto& title : *titles)
        (title.subject == domain::TitleSubject::Individual ? individual : collective)
            .insert(title.abbreviation);
    EXPECT_TRUE(individual.contains(QStringLiteral("LĐTT")));
    EXPECT_TRUE(individual.contains(QStringLiteral("CSTĐCS")));
    EXPECT_TRUE(collective.contains(QStringLiteral("TTLĐXS")));
    EXPECT_FALSE(individual.contains(QStringLiteral("TTLĐTT")));
    EXPECT_TRUE(storage::TitleRepository(db).inForce(QDate(2010, 1, 1))->empty());
}

TEST(RegistrationRepository, ASubjectRegistersATitleOncePerPeriod) {
    test::TempDatabase temp;
    auto db = temp.open();
    const auto unit = test::addUnit(db, QStringLiteral("Vụ Hợp tác quốc tế"));
    const auto person =
        test::addPerson(db, QStringLiteral("Đào Quý Lộc"), unit.id, domain::Gender::Male);
    auto year = domain::calendarYear(2022);
    ASSERT_TRUE(storage::PeriodRepository(db).ensure(year));
    storage::RegistrationRepository registrations(db);

    domain::Registration first{domain::NoId,
                               {},
                               year.id,
                               person.id,
                               domain::NoId,
                               QStringLiteral("LDTT"),
                               domain::RegistrationStatus::Draft,
                               {},
                               QDate(2022, 1, 20)};
    ASSERT_TRUE(registrations.insert(first));
    auto twice = first;
    twice.uuid.clear();
    auto duplicate = registrations.insert(twice);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);

    domain::Registration collective{domain::NoId,
                                    {},
                                    year.id,
                                    domain::NoId,
                                    unit.id,
                                    QStringLiteral("TTLDXS"),
                                    domain::RegistrationStatus::Accepted,
                                    {},
                                    QDate(2022, 1, 25)};
    ASSERT_TRUE(registrations.insert(collective));
    auto secondTitle = first;
    secondTitle.uuid.clear();
    secondTitle.titleCode = QStringLiteral("CSTDCS");
    ASSERT_TRUE(registrations.insert(secondTitle));

    const auto counts = registrations.countsForPeriod(year.id);
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->individuals, 2);
    EXPECT_EQ(counts->collectives, 1);
    EXPECT_EQ(counts->distinctPeople, 1); // one person with two titles
    const auto otherYear = registrations.countsForPeriod(year.id + 1);
    ASSERT_TRUE(otherYear);
    EXPECT_EQ(otherYear->individuals, 0);
}

TEST(ClusterRepository, AUnitMayBelongToSeveralClustersInOneYear) {
    test::TempDatabase temp;
    auto db = temp.open();
    const auto ministry =
        test::addUnit(db, QStringLiteral("Bộ Tư pháp"), domain::NoId, QStringLiteral("ministry"));
    const auto province = test::addUnit(db, QStringLiteral("UBND tỉnh Vĩnh Phúc"), domain::NoId,
                                        QStringLiteral("province"));
    const auto department = test::addUnit(db, QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"),
                                          domain::NoId, QStringLiteral("provincial_department"));
    domain::Cluster sector{domain::NoId, {}, ministry.id, domain::ClusterKind::Cluster,
                           2020,         3,  {}};
    domain::Cluster block{domain::NoId,
                          {},
                          province.id,
                          domain::ClusterKind::Block,
                          2020,
                          0,
                          QStringLiteral("Khối thi đua Nội chính")};
    storage::ClusterRepository clusters(db);
    ASSERT_TRUE(clusters.insert(sector));
    ASSERT_TRUE(clusters.insert(block));
    ASSERT_TRUE(clusters.addMember(sector.id, {department.id, domain::ClusterRole::Head}));
    ASSERT_TRUE(clusters.addMember(block.id, {department.id, domain::ClusterRole::Member}));
    EXPECT_FALSE(clusters.addMember(block.id, {department.id, domain::ClusterRole::Member}));

    auto year = clusters.forYear(2020);
    ASSERT_TRUE(year);
    ASSERT_EQ(year->size(), 2u);
    EXPECT_EQ(domain::clusterDisplayName(year->at(0)), QStringLiteral("Cụm thi đua số III"));
    EXPECT_EQ(domain::clusterDisplayName(year->at(1)), QStringLiteral("Khối thi đua Nội chính"));
    EXPECT_EQ(clusters.members(sector.id)->front().role, domain::ClusterRole::Head);
}

TEST_F(PersonPaging, AnEditedNameIsSearchedAndSortedByItsNewKeys) {
    storage::PersonRepository people(db);
    auto nga = people.findBySearchKey(QStringLiteral("ngo thi nga"));
    ASSERT_TRUE(nga && nga->size() == 1u);
    domain::Person person = nga->front();
    person.name = {QStringLiteral("Ngô"), QStringLiteral("Thị  Hải"), QStringLiteral("Yến")};
    person.identityNumber = QStringLiteral("001085012345");
    ASSERT_TRUE(people.update(person));

    EXPECT_EQ(people.find(person.id)->name.middle, QStringLiteral("Thị Hải"));
    EXPECT_EQ(people.find(person.id)->identityNumber, QStringLiteral("001085012345"));
    EXPECT_EQ(people.find(person.id)->unitId, other.id);
    // The word index forgot the old name and learnt the new one.
    EXPECT_EQ(*storage::selectInt(db,
                                  "SELECT count(*) FROM person_words WHERE person_words MATCH ?",
                                  QStringLiteral("yen")),
              1);
    EXPECT_EQ(*storage::selectInt(db,
                                  "SELECT count(*) FROM person_words WHERE person_words MATCH ?",
                                  QStringLiteral("nga")),
              1);
    EXPECT_EQ(allNames(QStringLiteral("hai yen"), domain::NoId, 5),
              std::vector<QString>{QStringLiteral("Ngô Thị Hải Yến")});
    EXPECT_EQ(*people.count(QStringLiteral("nga"), domain::NoId), 1);
    // Yến sorts after every other given name here.
    EXPECT_EQ(allNames({}, domain::NoId, 4).back(), QStringLiteral("Ngô Thị Hải Yến"));
}
