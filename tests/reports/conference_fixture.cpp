#include "conference_fixture.h"

#include <variant>

namespace thidua::test {

namespace {

const QString flag = QStringLiteral("Cờ thi đua của Bộ Tư pháp");
const QString primeMinister = QStringLiteral("Bằng khen của Thủ tướng Chính phủ");
const QString minister = QStringLiteral("Bằng khen của Bộ trưởng Bộ Tư pháp");
const QString fighter = QStringLiteral("Chiến sĩ thi đua cơ sở");
const QString academy = QStringLiteral("Học viện Tư pháp");
const QString lawSchool = QStringLiteral("Trường Đại học Luật Hà Nội");
const QString newspaper = QStringLiteral("Báo Pháp luật Việt Nam");
const QString buonMaThuot = QStringLiteral("Trường Trung cấp Luật Buôn Ma Thuột");

reports::Honoree person(const QString& name, const QString& position, const QString& unit,
                        const QString& awardName, int precedence, const QString& level,
                        const QString& decision) {
    reports::Honoree made = honoree(name, awardName, precedence, false, level);
    made.position = position;
    made.unit = unit;
    made.decision = decision;
    return made;
}

reports::Honoree unit(const QString& name, const QString& parent, const QString& awardName,
                      int precedence, const QString& level, const QString& decision) {
    reports::Honoree made = honoree(name, awardName, precedence, true, level);
    made.unit = parent;
    made.decision = decision;
    return made;
}

// Twenty-five people of the four schools and the newspaper, each recognised
// by their own unit's decision.
void addFighters(std::vector<reports::Honoree>& honorees) {
    const struct {
        const char* name;
        const char* position;
        const QString& unit;
        const char* decision;
    } people[] = {
        {"Trần Thị Bình", "Giảng viên chính", academy, "412/QĐ-HVTP ngày 05/12/2018"},
        {"Nguyễn Văn An", "Trưởng phòng Đào tạo", academy, "412/QĐ-HVTP ngày 05/12/2018"},
        {"Lê Thị Hà", "Chuyên viên chính", academy, "412/QĐ-HVTP ngày 05/12/2018"},
        {"Đặng Văn Đức", "Phó Trưởng khoa Đào tạo Luật sư", academy, "412/QĐ-HVTP ngày 05/12/2018"},
        {"Dương Văn Dũng", "Giảng viên", academy, "412/QĐ-HVTP ngày 05/12/2018"},
        {"Phạm Thị Thu Hương", "Kế toán trưởng", academy, "412/QĐ-HVTP ngày 05/12/2018"},
        {"Hoàng Minh Tuấn", "Trưởng khoa Luật Hình sự", lawSchool, "3561/QĐ-ĐHL ngày 07/12/2018"},
        {"Vũ Thị Lan", "Giảng viên chính", lawSchool, "3561/QĐ-ĐHL ngày 07/12/2018"},
        {"Bùi Quang Huy", "Phó Trưởng phòng Quản lý đào tạo", lawSchool,
         "3561/QĐ-ĐHL ngày 07/12/2018"},
        {"Ngô Thị Mai", "Giảng viên", lawSchool, "3561/QĐ-ĐHL ngày 07/12/2018"},
        {"Đỗ Văn Thắng", "Chuyên viên", lawSchool, "3561/QĐ-ĐHL ngày 07/12/2018"},
        {"Nguyễn Thị Ánh", "Giảng viên", lawSchool, "3561/QĐ-ĐHL ngày 07/12/2018"},
        {"Lý Văn Hùng", "Trưởng ban Thời sự", newspaper, "289/QĐ-BPLVN ngày 06/12/2018"},
        {"Trịnh Thị Ngọc", "Phóng viên", newspaper, "289/QĐ-BPLVN ngày 06/12/2018"},
        {"Cao Văn Long", "Biên tập viên", newspaper, "289/QĐ-BPLVN ngày 06/12/2018"},
        {"Đinh Thị Yến", "Phóng viên", newspaper, "289/QĐ-BPLVN ngày 06/12/2018"},
        {"Phan Văn Khải", "Phó Tổng Biên tập", newspaper, "289/QĐ-BPLVN ngày 06/12/2018"},
        {"Hồ Thị Oanh", "Trưởng phòng Tổ chức - Hành chính", buonMaThuot,
         "175/QĐ-TCLBMT ngày 04/12/2018"},
        {"Y Bin Niê", "Giáo viên", buonMaThuot, "175/QĐ-TCLBMT ngày 04/12/2018"},
        {"H'Hen Êban", "Giáo viên", buonMaThuot, "175/QĐ-TCLBMT ngày 04/12/2018"},
        {"Lâm Văn Sơn", "Phó Hiệu trưởng", buonMaThuot, "175/QĐ-TCLBMT ngày 04/12/2018"},
        {"Mai Thị Phương", "Giáo viên", buonMaThuot, "175/QĐ-TCLBMT ngày 04/12/2018"},
        {"Tạ Quang Vinh", "Trưởng khoa Pháp luật", buonMaThuot, "175/QĐ-TCLBMT ngày 04/12/2018"},
        {"Lương Thị Xuân", "Chuyên viên", academy, "412/QĐ-HVTP ngày 05/12/2018"},
        {"Kiều Văn Chiến", "Giảng viên", lawSchool, "3561/QĐ-ĐHL ngày 07/12/2018"},
    };
    for (const auto& p : people)
        honorees.push_back(person(QString::fromUtf8(p.name), QString::fromUtf8(p.position), p.unit,
                                  fighter, 50, QStringLiteral("grassroots"),
                                  QString::fromUtf8(p.decision)));
}

std::vector<reports::Honoree> clusterHonorees() {
    const QString flagDecision = QStringLiteral("3120/QĐ-BTP ngày 10/12/2018");
    const QString ministerDecision = QStringLiteral("3098/QĐ-BTP ngày 07/12/2018");
    std::vector<reports::Honoree> honorees{
        unit(newspaper, {}, flag, 20, QStringLiteral("ministry"), flagDecision),
        person(QStringLiteral("Phạm Văn An"), QStringLiteral("Phó Giám đốc"), academy,
               primeMinister, 10, QStringLiteral("state"),
               QStringLiteral("1650/QĐ-TTg ngày 26/11/2018")),
        unit(buonMaThuot, {}, flag, 20, QStringLiteral("ministry"), flagDecision),
        unit(QStringLiteral("Phòng Quản lý khoa học"), lawSchool, minister, 30,
             QStringLiteral("ministry"), ministerDecision),
        unit(academy, {}, flag, 20, QStringLiteral("ministry"), flagDecision),
        person(QStringLiteral("Chu Văn Toàn"), QStringLiteral("Trưởng phòng Tổ chức cán bộ"),
               academy, minister, 30, QStringLiteral("ministry"), ministerDecision),
        unit(lawSchool, {}, flag, 20, QStringLiteral("ministry"), flagDecision),
        unit(QStringLiteral("Khoa Đào tạo Luật sư"), academy, minister, 30,
             QStringLiteral("ministry"), ministerDecision),
        person(QStringLiteral("Lê Thị Thanh Hằng"), QStringLiteral("Trưởng ban Bạn đọc"), newspaper,
               minister, 30, QStringLiteral("ministry"), ministerDecision),
        person(QStringLiteral("Đoàn Văn Bảo"), QStringLiteral("Trưởng khoa Luật Dân sự"), lawSchool,
               minister, 30, QStringLiteral("ministry"), ministerDecision),
    };
    addFighters(honorees);
    return honorees;
}

} // namespace

reports::Honoree honoree(const QString& name, const QString& awardName, int precedence,
                         bool collective, const QString& level) {
    reports::Honoree made;
    made.name = name;
    made.awardName = awardName;
    made.precedence = precedence;
    made.collective = collective;
    made.level = level;
    return made;
}

reports::ConferencePack clusterTwoConference() {
    reports::ConferencePack pack;
    pack.header.parentAgency = QStringLiteral("Bộ Tư pháp");
    pack.header.issuingAgency = QStringLiteral("Cụm thi đua số II");
    pack.header.number = QStringLiteral("05/BB-CTĐII");
    pack.header.place = QStringLiteral("Hà Nội");
    pack.header.date = QDate(2018, 12, 14);
    pack.conferenceName =
        QStringLiteral("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2018");
    pack.hostName = QStringLiteral("Cụm thi đua số II");
    pack.date = QDate(2018, 12, 14);
    pack.venue = QStringLiteral("Hội trường Học viện Tư pháp, số 9 Trần Vỹ, Hà Nội");
    pack.chair = QStringLiteral("Nguyễn Hữu Thành");
    pack.chairPosition = QStringLiteral("Giám đốc Học viện Tư pháp, Trưởng Cụm thi đua số II");
    pack.secretary = QStringLiteral("Trần Thu Trang");
    pack.secretaryPosition = QStringLiteral("Chuyên viên Phòng Tổ chức cán bộ, Học viện Tư pháp");
    pack.participants = {academy,
                         lawSchool,
                         newspaper,
                         buonMaThuot,
                         QStringLiteral("Viện Khoa học pháp lý"),
                         QStringLiteral("Tạp chí Dân chủ và Pháp luật"),
                         QStringLiteral("Nhà xuất bản Tư pháp"),
                         QStringLiteral("Trường Trung cấp Luật Vị Thanh"),
                         QStringLiteral("Trường Trung cấp Luật Đồng Hới")};
    pack.expected = 10;
    pack.presenters = {
        {QStringLiteral("state"), QStringLiteral("Trịnh Quốc Bảo"),
         QStringLiteral("Thứ trưởng Bộ Tư pháp")},
        {QStringLiteral("ministry"), QStringLiteral("Đỗ Quang Minh"),
         QStringLiteral("Phó Vụ trưởng Vụ Thi đua - Khen thưởng")},
        {QStringLiteral("grassroots"), {}, QStringLiteral("Thủ trưởng đơn vị")},
    };
    pack.honorees = clusterHonorees();
    pack.perBatch = 10;
    pack.rankingLines = {
        QStringLiteral("1. Học viện Tư pháp: 97,5 điểm, xếp loại Xuất sắc"),
        QStringLiteral("2. Trường Đại học Luật Hà Nội: 96 điểm, xếp loại Xuất sắc"),
        QStringLiteral("3. Báo Pháp luật Việt Nam: 94,25 điểm, xếp loại Xuất sắc"),
        QStringLiteral("4. Trường Trung cấp Luật Buôn Ma Thuột: 93 điểm, xếp loại Xuất sắc")};
    pack.proposals = {
        {QStringLiteral("Cờ thi đua ngành Tư pháp"), {academy, lawSchool, newspaper, buonMaThuot}},
        {QStringLiteral("Cờ thi đua của Chính phủ"), {academy, lawSchool}}};
    pack.nextHead = QStringLiteral("Viện Khoa học pháp lý");
    pack.nextDeputy = QStringLiteral("Trường Đại học Luật Hà Nội");
    pack.covenantSigned = true;
    pack.discussion = QStringLiteral(
        "Các đại biểu nhất trí với dự thảo báo cáo và đề nghị bổ sung kết quả phong trào thi đua "
        "chuyên đề của từng đơn vị.\nĐại diện Trường Đại học Luật Hà Nội đề nghị Cụm gửi hồ sơ "
        "đề nghị khen thưởng đúng thời hạn Bộ quy định.");
    pack.conclusion = QStringLiteral(
        "Hội nghị thống nhất thông qua báo cáo tổng kết, kết quả chấm điểm, xếp hạng và kết quả "
        "bình xét, suy tôn; giao đơn vị Trưởng Cụm hoàn thiện hồ sơ gửi Bộ trước ngày "
        "20/12/2018.");
    return pack;
}

QStringList documentLines(const documents::Document& document) {
    QStringList lines;
    for (const documents::Block& block : document.blocks) {
        if (const auto* heading = std::get_if<documents::Heading>(&block))
            lines << heading->text;
        else if (const auto* paragraph = std::get_if<documents::Paragraph>(&block))
            lines << paragraph->text.split(QLatin1Char('\n'));
        else if (const auto* table = std::get_if<documents::Table>(&block))
            for (const documents::TableRow& row : table->rows)
                lines << (row.kind == documents::TableRow::Kind::Group ? row.groupTitle
                                                                       : row.cells.join(u" | "));
    }
    return lines;
}

} // namespace thidua::test
