#include "fake_clock.h"
#include "listing_service.h"
#include "period.h"
#include "period_repository.h"
#include "person_name.h"
#include "person_repository.h"
#include "registration_repository.h"
#include "temp_database.h"
#include "test_data.h"
#include "workspace.h"

#include <gtest/gtest.h>

using namespace thidua;
using services::ListFilter;
using services::ListOrder;

namespace {

// A small tree whose Vietnamese order differs from code-point order at every
// level: "Đội" sorts after "Dịch" but before "E", "Ủy" before "Vụ".
class ListingServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = services::Workspace::open(temp.path(), clock, QStringLiteral("thu.ky"));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        workspace = std::move(*opened);
        db = temp.open();

        ministry = test::addUnit(db, QStringLiteral("Bộ Tư pháp"), domain::NoId,
                                 QStringLiteral("ministry"))
                       .id;
        department = test::addUnit(db, QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"), domain::NoId,
                                   QStringLiteral("provincial_department"))
                         .id;
        vu = test::addUnit(db, QStringLiteral("Vụ Pháp luật quốc tế"), ministry).id;
        uyBan = test::addUnit(db, QStringLiteral("Ủy ban Thi đua"), ministry).id;
        doi = test::addUnit(db, QStringLiteral("Đội Thi hành án"), ministry).id;
        cuc = test::addUnit(db, QStringLiteral("Cục Bổ trợ tư pháp"), ministry).id;
        luatSu = test::addUnit(db, QStringLiteral("Phòng Luật sư"), cuc).id;
        congChung = test::addUnit(db, QStringLiteral("Phòng Công chứng"), cuc).id;
        ministryOffice = test::addUnit(db, QStringLiteral("Văn phòng"), ministry).id;
        departmentOffice = test::addUnit(db, QStringLiteral("Văn phòng"), department).id;
    }

    services::ListingService& listing() { return workspace->listing(); }

    std::vector<QString> unitNames(const ListFilter& filter) {
        auto units = listing().units(filter);
        EXPECT_TRUE(units) << units.error().message.toStdString();
        std::vector<QString> names;
        for (const auto& unit : *units)
            names.push_back(unit.name);
        return names;
    }

    // Reads the whole list in pages of pageSize.
    template <typename Listing>
    static auto readAll(Result<Listing> listing, int pageSize) {
        EXPECT_TRUE(listing) << listing.error().message.toStdString();
        std::decay_t<decltype(*listing->fetch(1))> rows;
        while (!listing->atEnd()) {
            auto page = listing->fetch(pageSize);
            EXPECT_TRUE(page) << page.error().message.toStdString();
            if (!page)
                break;
            EXPECT_LE(static_cast<int>(page->size()), pageSize);
            rows.insert(rows.end(), page->begin(), page->end());
        }
        return rows;
    }

    std::vector<QString> peopleNames(const ListFilter& filter, int pageSize = 100) {
        std::vector<QString> names;
        for (const auto& person : readAll(listing().people(filter), pageSize))
            names.push_back(person.fullName);
        return names;
    }

    domain::RowId addYear(int year) {
        domain::Period period = domain::calendarYear(year);
        EXPECT_TRUE(storage::PeriodRepository(db).ensure(period));
        return period.id;
    }

    void addRegistration(domain::RowId periodId, domain::RowId personId, domain::RowId unitId,
                         const QString& title, QDate on) {
        domain::Registration registration;
        registration.periodId = periodId;
        registration.personId = personId;
        registration.unitId = unitId;
        registration.titleCode = title;
        registration.status = domain::RegistrationStatus::Submitted;
        registration.registeredOn = on;
        auto ok = storage::RegistrationRepository(db).insert(registration);
        ASSERT_TRUE(ok) << ok.error().message.toStdString();
    }

    test::TempDatabase temp;
    test::FakeClock clock;
    std::unique_ptr<services::Workspace> workspace;
    storage::Database db = temp.openRaw();
    domain::RowId ministry = 0, department = 0, vu = 0, uyBan = 0, doi = 0, cuc = 0, luatSu = 0,
                  congChung = 0, ministryOffice = 0, departmentOffice = 0;
};

} // namespace

TEST_F(ListingServiceTest, UnitsComeDepthFirstWithSiblingsInVietnameseOrder) {
    auto units = listing().units({{}, domain::NoId, ListOrder::Unit});
    ASSERT_TRUE(units);
    std::vector<std::tuple<QString, int, QString>> rows;
    for (const auto& unit : *units)
        rows.emplace_back(unit.name, unit.depth, unit.parentName);
    const std::vector<std::tuple<QString, int, QString>> expected{
        {QStringLiteral("Bộ Tư pháp"), 0, QString()},
        {QStringLiteral("Cục Bổ trợ tư pháp"), 1, QStringLiteral("Bộ Tư pháp")},
        {QStringLiteral("Phòng Công chứng"), 2, QStringLiteral("Cục Bổ trợ tư pháp")},
        {QStringLiteral("Phòng Luật sư"), 2, QStringLiteral("Cục Bổ trợ tư pháp")},
        {QStringLiteral("Đội Thi hành án"), 1, QStringLiteral("Bộ Tư pháp")},
        {QStringLiteral("Ủy ban Thi đua"), 1, QStringLiteral("Bộ Tư pháp")},
        {QStringLiteral("Văn phòng"), 1, QStringLiteral("Bộ Tư pháp")},
        {QStringLiteral("Vụ Pháp luật quốc tế"), 1, QStringLiteral("Bộ Tư pháp")},
        {QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"), 0, QString()},
        {QStringLiteral("Văn phòng"), 1, QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc")},
    };
    EXPECT_EQ(rows, expected);
}

TEST_F(ListingServiceTest, UnitsByNameIgnoreTheTree) {
    const std::vector<QString> expected{
        QStringLiteral("Bộ Tư pháp"),      QStringLiteral("Cục Bổ trợ tư pháp"),
        QStringLiteral("Đội Thi hành án"), QStringLiteral("Phòng Công chứng"),
        QStringLiteral("Phòng Luật sư"),   QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"),
        QStringLiteral("Ủy ban Thi đua"),  QStringLiteral("Văn phòng"),
        QStringLiteral("Văn phòng"),       QStringLiteral("Vụ Pháp luật quốc tế")};
    EXPECT_EQ(unitNames({{}, domain::NoId, ListOrder::Name}), expected);
}

TEST_F(ListingServiceTest, UnitSearchIgnoresDiacriticsAndKeepsTheTreePlace) {
    EXPECT_EQ(unitNames({QStringLiteral("so tu phap"), domain::NoId, ListOrder::Unit}),
              std::vector<QString>{QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc")});
    auto offices = listing().units({QStringLiteral("VAN PHONG"), domain::NoId, ListOrder::Unit});
    ASSERT_TRUE(offices);
    ASSERT_EQ(offices->size(), 2u);
    EXPECT_EQ((*offices)[0].depth, 1);
    EXPECT_EQ((*offices)[0].parentName, QStringLiteral("Bộ Tư pháp"));
    EXPECT_EQ((*offices)[1].parentName, QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"));
}

TEST_F(ListingServiceTest, AUnitFilterKeepsItsBranch) {
    EXPECT_EQ(unitNames({{}, cuc, ListOrder::Unit}),
              (std::vector<QString>{QStringLiteral("Cục Bổ trợ tư pháp"),
                                    QStringLiteral("Phòng Công chứng"),
                                    QStringLiteral("Phòng Luật sư")}));
}

TEST_F(ListingServiceTest, PeopleSortByGivenNameThenFamilyThenMiddleInVietnameseOrder) {
    for (const char16_t* name : {u"Nguyễn Văn Bình", u"Phạm Văn Ân", u"Trần Thị An",
                                 u"Đặng Thị Ánh", u"Lê Văn An", u"Lê Thị An"})
        test::addPerson(db, QString::fromUtf16(name), vu);
    const std::vector<QString> expected{
        QStringLiteral("Lê Thị An"),   QStringLiteral("Lê Văn An"),
        QStringLiteral("Trần Thị An"), QStringLiteral("Đặng Thị Ánh"),
        QStringLiteral("Phạm Văn Ân"), QStringLiteral("Nguyễn Văn Bình")};
    EXPECT_EQ(peopleNames({}), expected);
    // Pages of one row cross the same keyset positions as one page of all.
    EXPECT_EQ(peopleNames({}, 1), expected);
}

TEST_F(ListingServiceTest, PeopleSearchIgnoresDiacritics) {
    test::addPerson(db, QStringLiteral("Nguyễn Thị Tố Nga"), vu);
    test::addPerson(db, QStringLiteral("Nguyễn Thị Nga"), vu);
    test::addPerson(db, QStringLiteral("Trần Tố Nga"), vu);
    EXPECT_EQ(peopleNames({QStringLiteral("nguyen thi to nga")}),
              std::vector<QString>{QStringLiteral("Nguyễn Thị Tố Nga")});
    EXPECT_EQ(
        peopleNames({QStringLiteral("TO NGA")}),
        (std::vector<QString>{QStringLiteral("Nguyễn Thị Tố Nga"), QStringLiteral("Trần Tố Nga")}));
}

TEST_F(ListingServiceTest, AUnitFilterTakesItsSubUnitsInBothOrders) {
    test::addPerson(db, QStringLiteral("Trần Văn Cục"), cuc);
    test::addPerson(db, QStringLiteral("Lê Thị Luật"), luatSu);
    test::addPerson(db, QStringLiteral("Vũ Văn Chứng"), congChung);
    test::addPerson(db, QStringLiteral("Hoàng Văn An"), congChung);
    test::addPerson(db, QStringLiteral("Phan Thị Vụ"), vu);
    test::addPerson(db, QStringLiteral("Không Có Đơn"), domain::NoId);

    EXPECT_EQ(
        peopleNames({{}, cuc, ListOrder::Name}),
        (std::vector<QString>{QStringLiteral("Hoàng Văn An"), QStringLiteral("Vũ Văn Chứng"),
                              QStringLiteral("Trần Văn Cục"), QStringLiteral("Lê Thị Luật")}));
    // The unit itself, then its sub-units in tree order, names within each.
    const std::vector<QString> byUnit{
        QStringLiteral("Trần Văn Cục"), QStringLiteral("Hoàng Văn An"),
        QStringLiteral("Vũ Văn Chứng"), QStringLiteral("Lê Thị Luật")};
    EXPECT_EQ(peopleNames({{}, cuc, ListOrder::Unit}), byUnit);
    EXPECT_EQ(peopleNames({{}, cuc, ListOrder::Unit}, 1), byUnit);

    // The whole tree in unit order ends with the people who have no unit.
    const auto all = peopleNames({{}, domain::NoId, ListOrder::Unit}, 2);
    ASSERT_EQ(all.size(), 6u);
    EXPECT_EQ(all.front(), QStringLiteral("Trần Văn Cục"));
    EXPECT_EQ(all[4], QStringLiteral("Phan Thị Vụ"));
    EXPECT_EQ(all.back(), QStringLiteral("Không Có Đơn"));
}

TEST_F(ListingServiceTest, ARepeatedUnitNameIsQualifiedByItsParent) {
    test::addPerson(db, QStringLiteral("Đỗ Thị Hoa"), departmentOffice);
    test::addPerson(db, QStringLiteral("Lý Văn Hùng"), vu);
    const auto people = readAll(listing().people({}), 10);
    ASSERT_EQ(people.size(), 2u);
    EXPECT_EQ(people[0].unitName, QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc / Văn phòng"));
    EXPECT_EQ(people[1].unitName, QStringLiteral("Vụ Pháp luật quốc tế"));
}

TEST_F(ListingServiceTest, FindsAUnitByNameWithoutDiacritics) {
    EXPECT_EQ(listing().findUnit(QStringLiteral("cuc bo tro tu phap")), cuc);
    EXPECT_EQ(listing().findUnit(QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc / Văn phòng")),
              departmentOffice);

    auto ambiguous = listing().findUnit(QStringLiteral("van phong"));
    ASSERT_FALSE(ambiguous);
    EXPECT_EQ(ambiguous.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(ambiguous.error().message.contains(QStringLiteral("\"Bộ Tư pháp / Văn phòng\"")))
        << ambiguous.error().message.toStdString();
    EXPECT_TRUE(ambiguous.error().message.contains(
        QStringLiteral("\"Sở Tư pháp tỉnh Vĩnh Phúc / Văn phòng\"")));

    auto unknown = listing().findUnit(QStringLiteral("Phòng"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("Phòng Luật sư")))
        << unknown.error().message.toStdString();
}

TEST_F(ListingServiceTest, RegistrationsOfAYear) {
    const domain::RowId y2024 = addYear(2024);
    const domain::RowId y2025 = addYear(2025);
    const auto binh = test::addPerson(db, QStringLiteral("Nguyễn Văn Bình"), luatSu).id;
    const auto an = test::addPerson(db, QStringLiteral("Trần Thị An"), vu).id;
    addRegistration(y2025, binh, domain::NoId, QStringLiteral("LDTT"), QDate(2025, 1, 20));
    addRegistration(y2025, binh, domain::NoId, QStringLiteral("CSTDCS"), QDate(2025, 1, 21));
    addRegistration(y2025, an, domain::NoId, QStringLiteral("LDTT"), QDate(2025, 2, 3));
    addRegistration(y2025, domain::NoId, cuc, QStringLiteral("TTLDXS"), QDate(2025, 1, 15));
    addRegistration(y2024, an, domain::NoId, QStringLiteral("LDTT"), QDate(2024, 1, 9));

    using Row = std::tuple<QString, QString, QString>;
    const auto rows = [&](const ListFilter& filter, int pageSize) {
        std::vector<Row> result;
        for (const auto& r : readAll(listing().registrations(2025, filter), pageSize))
            result.emplace_back(r.subjectName, r.titleCode, r.unitName);
        return result;
    };
    // By name: the people (An before Bình), then the collectives.
    const std::vector<Row> byName{{QStringLiteral("Trần Thị An"), QStringLiteral("LDTT"),
                                   QStringLiteral("Vụ Pháp luật quốc tế")},
                                  {QStringLiteral("Nguyễn Văn Bình"), QStringLiteral("CSTDCS"),
                                   QStringLiteral("Phòng Luật sư")},
                                  {QStringLiteral("Nguyễn Văn Bình"), QStringLiteral("LDTT"),
                                   QStringLiteral("Phòng Luật sư")},
                                  {QStringLiteral("Cục Bổ trợ tư pháp"), QStringLiteral("TTLDXS"),
                                   QStringLiteral("Cục Bổ trợ tư pháp")}};
    EXPECT_EQ(rows({}, 100), byName);
    EXPECT_EQ(rows({}, 1), byName);
    // By unit: Cục with its own registration first, then its Phòng, then the Vụ.
    const std::vector<Row> byUnit{byName[3], byName[1], byName[2], byName[0]};
    EXPECT_EQ(rows({{}, domain::NoId, ListOrder::Unit}, 1), byUnit);
    EXPECT_EQ(rows({{}, cuc, ListOrder::Name}, 100),
              (std::vector<Row>{byName[1], byName[2], byName[3]}));
    EXPECT_EQ(rows({QStringLiteral("binh")}, 100), (std::vector<Row>{byName[1], byName[2]}));

    const auto all = readAll(listing().registrations(2025, {}), 100);
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all[0].titleName, QStringLiteral("Lao động tiên tiến"));
    EXPECT_EQ(all[0].status, domain::RegistrationStatus::Submitted);
    EXPECT_EQ(all[0].registeredOn, QDate(2025, 2, 3));
    EXPECT_EQ(all[0].subjectKind, services::SubjectKind::Person);
    EXPECT_EQ(all[3].subjectKind, services::SubjectKind::Unit);
}

TEST_F(ListingServiceTest, RegistrationsCarryThePositionAndWhyOneWasReturned) {
    const domain::RowId y2025 = addYear(2025);
    domain::Person head;
    head.name = domain::splitFullName(QStringLiteral("Lê Văn Hải"));
    head.unitId = vu;
    head.position = QStringLiteral("Vụ trưởng");
    ASSERT_TRUE(storage::PersonRepository(db).insert(head));
    addRegistration(y2025, head.id, domain::NoId, QStringLiteral("CSTDCS"), QDate(2025, 1, 20));
    addRegistration(y2025, domain::NoId, vu, QStringLiteral("TTLDXS"), QDate(2025, 1, 20));
    storage::RegistrationRepository registrations(db);
    auto stored = registrations.personRegistrations(y2025, head.id);
    ASSERT_TRUE(stored && stored->size() == 1u);
    domain::Registration returned = stored->front();
    returned.status = domain::RegistrationStatus::Returned;
    returned.returnReason = QStringLiteral("Thiếu báo cáo thành tích");
    ASSERT_TRUE(registrations.updateStatus(returned));

    const auto all = readAll(listing().registrations(2025, {}), 100);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].position, QStringLiteral("Vụ trưởng"));
    EXPECT_EQ(all[0].returnReason, QStringLiteral("Thiếu báo cáo thành tích"));
    EXPECT_TRUE(all[1].position.isEmpty()); // a collective has none
    EXPECT_TRUE(all[1].returnReason.isEmpty());
}

TEST_F(ListingServiceTest, AYearWithoutAPeriodIsNotFoundAndNamesTheRecordedYears) {
    addYear(2024);
    addYear(2025);
    auto listed = listing().registrations(2030, {});
    ASSERT_FALSE(listed);
    EXPECT_EQ(listed.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(listed.error().message.contains(QStringLiteral("2024, 2025")))
        << listed.error().message.toStdString();
}
