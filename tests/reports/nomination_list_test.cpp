#include "nomination_list.h"
#include "person_name.h"
#include "rendered_text.h"
#include "vietnamese_text.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace thidua;
using documents::TableRow;
using domain::NominationEntry;
using reports::NominationOrder;

namespace {

NominationEntry person(const QString& family, const QString& middle, const QString& given,
                       const QString& position, const QString& unit, const QString& code,
                       int precedence, const QString& award) {
    NominationEntry entry;
    const domain::PersonName name{family, middle, given};
    entry.candidateName = name.fullName();
    entry.nameSortKey = domain::personSortKey(name);
    entry.position = position;
    entry.unitName = unit;
    entry.unitSortKey = domain::vn::sortKey(unit);
    entry.awardCode = code;
    entry.awardName = award;
    entry.precedence = precedence;
    entry.basis = QStringLiteral("LĐTT 2021–2025");
    return entry;
}

NominationEntry collective(const QString& name, const QString& code, int precedence,
                           const QString& award) {
    NominationEntry entry;
    entry.collective = true;
    entry.candidateName = name;
    entry.nameSortKey = domain::vn::sortKey(name);
    entry.unitName = QStringLiteral("Bộ Tư pháp");
    entry.awardCode = code;
    entry.awardName = award;
    entry.precedence = precedence;
    entry.basis = QStringLiteral("Dẫn đầu Cụm thi đua số II");
    return entry;
}

const QString Flag = QStringLiteral("Cờ thi đua của Bộ, ban, ngành, tỉnh");
const QString GovernmentFlag = QStringLiteral("Cờ thi đua của Chính phủ");
const QString Merit = QStringLiteral("Bằng khen của Bộ trưởng");
const QString Soldier = QStringLiteral("Chiến sĩ thi đua cơ sở");

// Given in no useful order: the list puts it in order.
std::vector<NominationEntry> entries() {
    const QString library = QStringLiteral("Thư viện");
    const QString office = QStringLiteral("Văn phòng");
    return {
        person(QStringLiteral("Trần"), QStringLiteral("Văn"), QStringLiteral("An"),
               QStringLiteral("Chuyên viên"), office, QStringLiteral("CSTDCS"), 700, Soldier),
        person(QStringLiteral("Lê"), QStringLiteral("Thị"), QStringLiteral("Yến"),
               QStringLiteral("Phó Chánh Văn phòng"), office, QStringLiteral("BKBO"), 500, Merit),
        collective(QStringLiteral("Học viện Tư pháp"), QStringLiteral("CTDBO"), 400, Flag),
        person(QStringLiteral("Đỗ"), QStringLiteral("Thị"), QStringLiteral("Bích"),
               QStringLiteral("Giám đốc"), library, QStringLiteral("BKBO"), 500, Merit),
        person(QStringLiteral("Nguyễn"), QStringLiteral("Văn"), QStringLiteral("Cường"),
               QStringLiteral("Chánh Văn phòng"), office, QStringLiteral("BKBO"), 500, Merit),
        collective(QStringLiteral("Báo Pháp luật Việt Nam"), QStringLiteral("CTDBO"), 400, Flag),
        collective(QStringLiteral("Trường Đại học Luật Hà Nội"), QStringLiteral("CTDCP"), 200,
                   GovernmentFlag),
    };
}

documents::Document listOf(std::vector<NominationEntry> entries, NominationOrder order) {
    documents::OfficialHeader header;
    header.parentAgency = QStringLiteral("Bộ Tư pháp");
    header.issuingAgency = QStringLiteral("Viện Khoa học pháp lý");
    header.date = QDate(2025, 12, 20);
    return reports::nominationListDocument(2025, header, std::move(entries), order,
                                           QStringLiteral("(Kèm theo Tờ trình số 15/TTr-VKHPL "
                                                          "ngày 20/12/2025)"));
}

// Group rows as "# title", data rows as STT, name and position.
QStringList rowsOf(const documents::Document& document) {
    QStringList rows;
    for (const documents::Block& block : document.blocks)
        if (const auto* table = std::get_if<documents::Table>(&block))
            for (const TableRow& row : table->rows)
                rows << (row.kind == TableRow::Kind::Group
                             ? QStringLiteral("# ") + row.groupTitle
                             : QStringList(row.cells.mid(0, 3)).join(QStringLiteral(" | ")));
    return rows;
}

} // namespace

TEST(NominationList, CollectivesThenIndividualsByPrecedenceAndLeadersFirstWithinAUnit) {
    const documents::Document document = listOf(entries(), NominationOrder::Position);
    EXPECT_EQ(document.orientation, documents::Orientation::Landscape);
    EXPECT_EQ(document.documentType,
              QStringLiteral("Danh sách tập thể, cá nhân đề nghị khen thưởng năm 2025"));
    // Flags of the Government before the ministry's; the numbers run on
    // through each part; in a group by unit, then heads before deputies.
    EXPECT_EQ(rowsOf(document), (QStringList{
                                    QStringLiteral("# I. TẬP THỂ"),
                                    QStringLiteral("# 1. Cờ thi đua của Chính phủ"),
                                    QStringLiteral("1 | Trường Đại học Luật Hà Nội | "),
                                    QStringLiteral("# 2. Cờ thi đua của Bộ, ban, ngành, tỉnh"),
                                    QStringLiteral("2 | Báo Pháp luật Việt Nam | "),
                                    QStringLiteral("3 | Học viện Tư pháp | "),
                                    QStringLiteral("# II. CÁ NHÂN"),
                                    QStringLiteral("# 1. Bằng khen của Bộ trưởng"),
                                    QStringLiteral("1 | Đỗ Thị Bích | Giám đốc"),
                                    QStringLiteral("2 | Nguyễn Văn Cường | Chánh Văn phòng"),
                                    QStringLiteral("3 | Lê Thị Yến | Phó Chánh Văn phòng"),
                                    QStringLiteral("# 2. Chiến sĩ thi đua cơ sở"),
                                    QStringLiteral("4 | Trần Văn An | Chuyên viên"),
                                }));
}

TEST(NominationList, ByNameOrdersEachGroupByGivenNameTheVietnameseWay) {
    const QStringList rows = rowsOf(listOf(entries(), NominationOrder::Name));
    const QStringList merit =
        rows.mid(rows.indexOf(QStringLiteral("# 1. Bằng khen của Bộ trưởng")), 4);
    EXPECT_EQ(merit, (QStringList{QStringLiteral("# 1. Bằng khen của Bộ trưởng"),
                                  QStringLiteral("1 | Đỗ Thị Bích | Giám đốc"),
                                  QStringLiteral("2 | Nguyễn Văn Cường | Chánh Văn phòng"),
                                  QStringLiteral("3 | Lê Thị Yến | Phó Chánh Văn phòng")}))
        << "Bích < Cường < Yến";
    std::vector<NominationEntry> swapped = entries();
    swapped[1].position = QStringLiteral("Giám đốc"); // Yến leads now: by name changes nothing
    const auto names = [](QStringList rows) {
        for (QString& row : rows)
            row = row.section(QStringLiteral(" | "), 0, 1);
        return rows;
    };
    EXPECT_EQ(names(rowsOf(listOf(swapped, NominationOrder::Name))), names(rows));
    EXPECT_NE(rowsOf(listOf(swapped, NominationOrder::Position)),
              rowsOf(listOf(entries(), NominationOrder::Position)));
}

TEST(NominationList, IndividualsAloneArePartOneAndAnEmptyYearSaysSo) {
    std::vector<NominationEntry> people = entries();
    std::erase_if(people, [](const NominationEntry& e) { return e.collective; });
    EXPECT_EQ(rowsOf(listOf(people, NominationOrder::Position)).first(),
              QStringLiteral("# I. CÁ NHÂN"));
    const documents::Document empty = listOf({}, NominationOrder::Position);
    bool saysSo = false;
    for (const documents::Block& block : empty.blocks)
        if (const auto* paragraph = std::get_if<documents::Paragraph>(&block))
            saysSo |= paragraph->text.contains(QStringLiteral("Chưa có đề nghị"));
    EXPECT_TRUE(saysSo);
}

TEST(NominationList, PositionRankPutsHeadsThenDeputiesThenStaff) {
    EXPECT_EQ(reports::positionRank(QStringLiteral("Giám đốc")), 0);
    EXPECT_EQ(reports::positionRank(QStringLiteral("Trưởng phòng")), 0);
    EXPECT_EQ(reports::positionRank(QStringLiteral("Hiệu trưởng")), 0);
    EXPECT_EQ(reports::positionRank(QStringLiteral("Phó Giám đốc")), 1);
    EXPECT_EQ(reports::positionRank(QStringLiteral("Phó trưởng phòng")), 1);
    EXPECT_EQ(reports::positionRank(QStringLiteral("Chuyên viên chính")), 2);
    EXPECT_EQ(reports::positionRank(QString()), 2);
}

TEST(NominationList, ThePdfReadsBackWithItsVietnameseTextAndTheSubmissionItBelongsTo) {
    QTemporaryDir dir;
    const QString text = test::renderedPdfText(listOf(entries(), NominationOrder::Position),
                                               dir.filePath(QStringLiteral("danh-sach.pdf")));
    for (const QString& expected :
         {QStringLiteral("VIỆN KHOA HỌC PHÁP LÝ"),
          QStringLiteral("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"),
          QStringLiteral("(Kèm theo Tờ trình số 15/TTr-VKHPL ngày 20/12/2025)"),
          QStringLiteral("I. TẬP THỂ"), QStringLiteral("II. CÁ NHÂN"),
          QStringLiteral("Nguyễn Văn Cường"), QStringLiteral("NGƯỜI LẬP BIỂU"),
          QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
}
