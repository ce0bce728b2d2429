#include "agency_header.h"
#include "period.h"
#include "period_repository.h"
#include "registration_list.h"
#include "registration_repository.h"
#include "report_fixture.h"
#include "test_data.h"

#include <gtest/gtest.h>

using namespace thidua;
using documents::TableRow;
using test::RegistrationListTest;

namespace {

documents::Document listOf(services::Workspace& workspace, domain::RowId unitId,
                           reports::Issue issue = {}) {
    auto document = reports::registrationList(workspace, {2025, unitId, issue});
    EXPECT_TRUE(document) << document.error().message.toStdString();
    return document ? *document : documents::Document{};
}

const documents::Table& tableOf(const documents::Document& document) {
    for (const documents::Block& block : document.blocks)
        if (const auto* table = std::get_if<documents::Table>(&block))
            return *table;
    throw std::runtime_error("the document has no table");
}

// Group rows as "# title", data rows as their cells joined by " | ".
QStringList rowsOf(const documents::Table& table) {
    QStringList rows;
    for (const TableRow& row : table.rows)
        rows << (row.kind == TableRow::Kind::Group ? QStringLiteral("# ") + row.groupTitle
                                                   : row.cells.join(QStringLiteral(" | ")));
    return rows;
}

} // namespace

TEST_F(RegistrationListTest, CollectivesComeFirstThenIndividualsGroupedByTitlePrecedence) {
    const documents::Document document = listOf(workspace(), department);
    EXPECT_EQ(document.documentType, QStringLiteral("Danh sách đăng ký thi đua năm 2025"));
    EXPECT_EQ(document.orientation, documents::Orientation::Landscape);
    const documents::Table& table = tableOf(document);
    QStringList headers;
    for (const documents::TableColumn& column : table.columns)
        headers << column.header;
    EXPECT_EQ(headers,
              (QStringList{QStringLiteral("STT"), QStringLiteral("Họ và tên / Tên tập thể"),
                           QStringLiteral("Chức vụ"), QStringLiteral("Đơn vị"),
                           QStringLiteral("Danh hiệu đăng ký"), QStringLiteral("Ghi chú")}));
    // Within a title the unit tree decides (the unit itself, then its
    // sub-units in Vietnamese order), then given names; the numbers run on
    // through each part; the note says the status unless accepted.
    const QStringList expected{
        QStringLiteral("# I. TẬP THỂ"),
        QStringLiteral("# 1. Cờ thi đua của Bộ, ban, ngành, tỉnh"),
        QStringLiteral(
            "1 | Sở Tư pháp tỉnh Vĩnh Phúc |  |  | Cờ thi đua của Bộ, ban, ngành, tỉnh | "),
        QStringLiteral("# 2. Tập thể lao động xuất sắc"),
        QStringLiteral("2 | Thanh tra Sở |  | Sở Tư pháp tỉnh Vĩnh Phúc | Tập thể lao động xuất "
                       "sắc | Đã gửi"),
        QStringLiteral("# 3. Tập thể lao động tiên tiến"),
        QStringLiteral("3 | Văn phòng Sở |  | Sở Tư pháp tỉnh Vĩnh Phúc | Tập thể lao động tiên "
                       "tiến | "),
        QStringLiteral("# II. CÁ NHÂN"),
        QStringLiteral("# 1. Chiến sĩ thi đua Bộ, ban, ngành, tỉnh"),
        QStringLiteral("1 | Nguyễn Văn Dũng | Giám đốc | Sở Tư pháp tỉnh Vĩnh Phúc | Chiến sĩ thi "
                       "đua Bộ, ban, ngành, tỉnh | "),
        QStringLiteral("# 2. Chiến sĩ thi đua cơ sở"),
        QStringLiteral("2 | Trần Thị Cúc | Thanh tra viên | Thanh tra Sở | Chiến sĩ thi đua cơ sở "
                       "| Đã gửi"),
        QStringLiteral("3 | Lý Thị An | Chánh Văn phòng | Văn phòng Sở | Chiến sĩ thi đua cơ sở | "
                       "Nháp"),
        QStringLiteral("# 3. Lao động tiên tiến"),
        QStringLiteral("4 | Lý Thị An | Chánh Văn phòng | Văn phòng Sở | Lao động tiên tiến | "),
        QStringLiteral("5 | Bùi Văn Bình | Chuyên viên | Văn phòng Sở | Lao động tiên tiến | Bị "
                       "trả lại: Thiếu báo cáo thành tích"),
    };
    EXPECT_EQ(rowsOf(table), expected);
    EXPECT_EQ(documents::dataRowCount(document), 8);
}

TEST_F(RegistrationListTest, AUnitListsItsOwnBranchOnly) {
    const QStringList rows = rowsOf(tableOf(listOf(workspace(), office)));
    EXPECT_EQ(rows, (QStringList{
                        QStringLiteral("# I. TẬP THỂ"),
                        QStringLiteral("# 1. Tập thể lao động tiên tiến"),
                        QStringLiteral("1 | Văn phòng Sở |  | Sở Tư pháp tỉnh Vĩnh Phúc | Tập thể "
                                       "lao động tiên tiến | "),
                        QStringLiteral("# II. CÁ NHÂN"),
                        QStringLiteral("# 1. Chiến sĩ thi đua cơ sở"),
                        QStringLiteral("1 | Lý Thị An | Chánh Văn phòng | Văn phòng Sở | Chiến sĩ "
                                       "thi đua cơ sở | Nháp"),
                        QStringLiteral("# 2. Lao động tiên tiến"),
                        QStringLiteral("2 | Lý Thị An | Chánh Văn phòng | Văn phòng Sở | Lao động "
                                       "tiên tiến | "),
                        QStringLiteral("3 | Bùi Văn Bình | Chuyên viên | Văn phòng Sở | Lao động "
                                       "tiên tiến | Bị trả lại: Thiếu báo cáo thành tích"),
                    }));
}

TEST_F(RegistrationListTest, IndividualsAloneArePartOne) {
    const QStringList rows = rowsOf(tableOf(listOf(workspace(), vu)));
    EXPECT_EQ(rows, (QStringList{QStringLiteral("# I. CÁ NHÂN"),
                                 QStringLiteral("# 1. Lao động tiên tiến"),
                                 QStringLiteral("1 | Phạm Văn Em | Chuyên viên | Vụ Pháp luật quốc "
                                                "tế | Lao động tiên tiến | ")}));
}

TEST_F(RegistrationListTest, ACollectiveWhoseNameRepeatsIsToldApartByItsParent) {
    storage::Database db = temp.open();
    const domain::RowId ministryOffice =
        test::addUnit(db, QStringLiteral("Văn phòng"), ministry).id;
    test::addUnit(db, QStringLiteral("Văn phòng"), department);
    domain::Registration registration;
    registration.periodId = year2025;
    registration.unitId = ministryOffice;
    registration.titleCode = QStringLiteral("TTLDTT");
    registration.registeredOn = QDate(2025, 1, 20);
    ASSERT_TRUE(storage::RegistrationRepository(db).insert(registration));
    const QStringList rows = rowsOf(tableOf(listOf(workspace(), ministry)));
    ASSERT_GE(rows.size(), 3);
    EXPECT_EQ(rows[2],
              QStringLiteral("1 | Văn phòng |  | Bộ Tư pháp | Tập thể lao động tiên tiến | "
                             "Nháp"));
}

TEST_F(RegistrationListTest, TheHeaderNamesTheUnitItsParentThePlaceAndToday) {
    const documents::Document document = listOf(workspace(), office);
    ASSERT_TRUE(document.header);
    EXPECT_EQ(document.header->parentAgency, QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"));
    EXPECT_EQ(document.header->issuingAgency, QStringLiteral("Văn phòng Sở"));
    EXPECT_EQ(document.header->place, QStringLiteral("Vĩnh Phúc"));
    EXPECT_EQ(document.header->date, clock.today());
    EXPECT_TRUE(document.header->number.isEmpty());

    const documents::Document given =
        listOf(workspace(), department, {QDate(2025, 2, 5), QStringLiteral("Phúc Yên")});
    ASSERT_TRUE(given.header);
    EXPECT_TRUE(given.header->parentAgency.isEmpty());
    EXPECT_EQ(given.header->issuingAgency, QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"));
    EXPECT_EQ(given.header->place, QStringLiteral("Phúc Yên"));
    EXPECT_EQ(given.header->date, QDate(2025, 2, 5));
}

TEST_F(RegistrationListTest, EveryUnitOfSeveralTopUnitsLeavesTheAgencyToTheClerk) {
    const documents::Document document = listOf(workspace(), domain::NoId);
    ASSERT_TRUE(document.header);
    EXPECT_TRUE(document.header->issuingAgency.isEmpty());
    EXPECT_TRUE(document.header->parentAgency.isEmpty());
    EXPECT_EQ(document.header->place, QStringLiteral("……………"));
    EXPECT_EQ(documents::dataRowCount(document), 9);
}

TEST_F(RegistrationListTest, IsSignedByThePreparerAndTheHead) {
    const documents::Document document = listOf(workspace(), department);
    ASSERT_FALSE(document.blocks.isEmpty());
    const auto* signature = std::get_if<documents::SignatureBlock>(&document.blocks.constLast());
    ASSERT_NE(signature, nullptr);
    ASSERT_TRUE(signature->preparer);
    EXPECT_EQ(signature->preparer->caption, QStringLiteral("Người lập biểu"));
    EXPECT_EQ(signature->position, QStringLiteral("Thủ trưởng đơn vị"));
    EXPECT_TRUE(signature->recipients.isEmpty());
}

TEST_F(RegistrationListTest, AYearWithoutRegistrationsSaysSo) {
    domain::Period year = domain::calendarYear(2024);
    storage::Database db = temp.open();
    ASSERT_TRUE(storage::PeriodRepository(db).ensure(year));
    auto document = reports::registrationList(workspace(), {2024, domain::NoId, {}});
    ASSERT_TRUE(document) << document.error().message.toStdString();
    EXPECT_EQ(documents::dataRowCount(*document), 0);
    EXPECT_TRUE(tableOf(*document).rows.isEmpty());
    bool said = false;
    for (const documents::Block& block : document->blocks)
        if (const auto* paragraph = std::get_if<documents::Paragraph>(&block))
            said = said || paragraph->text == QStringLiteral("Chưa có đăng ký thi đua nào.");
    EXPECT_TRUE(said);
}

TEST_F(RegistrationListTest, AYearNotRecordedIsNotFoundNamingTheRecordedYears) {
    auto document = reports::registrationList(workspace(), {2030, domain::NoId, {}});
    ASSERT_FALSE(document);
    EXPECT_EQ(document.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(document.error().message.contains(QStringLiteral("2025")))
        << document.error().message.toStdString();
}

TEST_F(RegistrationListTest, StopsWhenProgressSaysSo) {
    qint64 reported = -1;
    auto document =
        reports::registrationList(workspace(), {2025, domain::NoId, {}}, [&](qint64 read) {
            reported = read;
            return false;
        });
    ASSERT_FALSE(document);
    EXPECT_EQ(document.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(reported, 9);
}

TEST(PlaceInName, TakesTheProvinceOrCityOfAnAgency) {
    EXPECT_EQ(reports::placeInName(QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc")),
              QStringLiteral("Vĩnh Phúc"));
    EXPECT_EQ(reports::placeInName(QStringLiteral("UBND thành phố Hà Nội")),
              QStringLiteral("Hà Nội"));
    EXPECT_EQ(reports::placeInName(QStringLiteral("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG")),
              QStringLiteral("HÀ GIANG"));
    EXPECT_EQ(reports::placeInName(QStringLiteral("Cục Thi hành án dân sự TP. Hồ Chí Minh")),
              QStringLiteral("Hồ Chí Minh"));
    EXPECT_TRUE(reports::placeInName(QStringLiteral("Bộ Tư pháp")).isEmpty());
    EXPECT_TRUE(reports::placeInName(QStringLiteral("Ban Tổ chức Tỉnh ủy")).isEmpty());
    EXPECT_TRUE(reports::placeInName(QStringLiteral("Văn phòng Thành uỷ")).isEmpty());
}
