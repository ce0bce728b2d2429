#include "sample_documents.h"

#include <QStringList>

namespace thidua::documents::testing {

namespace {

const QStringList kFamilies = {
    QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
    QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Huỳnh"),
    QStringLiteral("Phan"),   QStringLiteral("Vũ"),    QStringLiteral("Võ"),
    QStringLiteral("Đặng"),
};
const QStringList kMiddles = {
    QStringLiteral("Thị"),  QStringLiteral("Văn"),   QStringLiteral("Hữu"),  QStringLiteral("Đức"),
    QStringLiteral("Ngọc"), QStringLiteral("Thanh"), QStringLiteral("Quốc"), QStringLiteral("Minh"),
};
const QStringList kGivens = {
    QStringLiteral("Hương"), QStringLiteral("Bình"),   QStringLiteral("Cường"),
    QStringLiteral("Dũng"),  QStringLiteral("Hạnh"),   QStringLiteral("Thảo"),
    QStringLiteral("Tuấn"),  QStringLiteral("Phượng"), QStringLiteral("Khánh"),
    QStringLiteral("Quỳnh"), QStringLiteral("Trường"), QStringLiteral("Yến"),
    QStringLiteral("Lộc"),   QStringLiteral("Nghĩa"),  QStringLiteral("Đạt"),
    QStringLiteral("Ánh"),   QStringLiteral("Hiếu"),   QStringLiteral("Sơn"),
    QStringLiteral("Ưng"),   QStringLiteral("Ổn"),     QStringLiteral("Chiến"),
    QStringLiteral("Tùng"),  QStringLiteral("Nhung"),  QStringLiteral("Vượng"),
    QStringLiteral("Mỹ"),
};

const QStringList kUnits = {
    QStringLiteral("Phòng Tổ chức cán bộ"),
    QStringLiteral("Văn phòng Sở"),
    QStringLiteral("Phòng Thi đua - Khen thưởng"),
    QStringLiteral("Trung tâm Lưu trữ lịch sử"),
};

QString numberText(int n) {
    return QString::number(n);
}

OfficialHeader reportHeader() {
    OfficialHeader header;
    header.parentAgency = QStringLiteral("UBND thành phố Hà Nội");
    header.issuingAgency = QStringLiteral("Sở Nội vụ");
    header.number = QStringLiteral("15/BC-SNV");
    header.place = QStringLiteral("Hà Nội");
    header.date = QDate(2026, 2, 5);
    return header;
}

QList<TableColumn> listColumns() {
    return {
        {QStringLiteral("STT"), 0.7, Alignment::Center},
        {QStringLiteral("Họ và tên"), 2.5, Alignment::Left},
        {QStringLiteral("Chức vụ, đơn vị công tác"), 2.8, Alignment::Left},
        {QStringLiteral("Danh hiệu đề nghị"), 1.9, Alignment::Center},
        {QStringLiteral("Ghi chú"), 1.2, Alignment::Left},
    };
}

TableRow personRow(int i) {
    const QString position = i % 7 == 0 ? QStringLiteral("Trưởng phòng, ") : QString();
    return TableRow::data({
        numberText(i + 1),
        vietnameseName(i),
        position + kUnits.at(i % kUnits.size()),
        i % 5 == 0 ? QStringLiteral("Chiến sĩ thi đua cơ sở")
                   : QStringLiteral("Lao động tiên tiến"),
        i % 11 == 0 ? QStringLiteral("Nữ; có sáng kiến được công nhận") : QString(),
    });
}

} // namespace

LayoutOptions bundledFont() {
    LayoutOptions options;
    options.fontChoice = FontChoice::BundledOnly;
    return options;
}

QString vietnameseName(int i) {
    const QString& family = kFamilies.at(i % kFamilies.size());
    const QString& middle = kMiddles.at((i / kFamilies.size()) % kMiddles.size());
    const QString& given = kGivens.at((i / (kFamilies.size() * kMiddles.size())) % kGivens.size());
    return family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
}

Table nameTable(int rows) {
    Table table;
    table.columns = listColumns();
    for (int i = 0; i < rows; ++i) {
        table.rows.append(personRow(i));
    }
    return table;
}

Document sampleReport(int rows) {
    Document document;
    document.header = reportHeader();
    document.documentType = QStringLiteral("Báo cáo");
    document.summary = QStringLiteral("Kết quả bình xét thi đua, khen thưởng năm 2025");
    document.add(Paragraph{QStringLiteral(
        "Thực hiện Luật Thi đua, khen thưởng năm 2022 và Nghị định số 152/2025/NĐ-CP của "
        "Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng, Sở Nội vụ báo "
        "cáo kết quả bình xét thi đua, khen thưởng năm 2025 như sau:")});
    document.add(Heading{Heading::Level::Part, QStringLiteral("I. Kết quả bình xét")});
    document.add(Heading{Heading::Level::Section, QStringLiteral("1. Danh hiệu thi đua")});
    document.add(Paragraph{QStringLiteral(
        "Hội đồng Thi đua - Khen thưởng Sở đã họp xét và thống nhất đề nghị công nhận danh "
        "hiệu thi đua cho các cá nhân, tập thể có tên trong danh sách dưới đây.")});
    Table table;
    table.columns = listColumns();
    table.rows.append(TableRow::group(QStringLiteral("I. Cá nhân")));
    const int individuals = rows - rows / 10;
    for (int i = 0; i < individuals; ++i) {
        table.rows.append(personRow(i));
    }
    table.rows.append(TableRow::group(QStringLiteral("II. Tập thể")));
    for (int i = individuals; i < rows; ++i) {
        table.rows.append(TableRow::data({numberText(i - individuals + 1),
                                          kUnits.at(i % kUnits.size()),
                                          QStringLiteral("Sở Nội vụ thành phố Hà Nội"),
                                          QStringLiteral("Tập thể lao động tiên tiến"),
                                          {}}));
    }
    document.add(table);
    document.add(Heading{Heading::Level::Section, QStringLiteral("2. Hình thức khen thưởng")});
    document.add(Heading{Heading::Level::Item, QStringLiteral("a) Giấy khen của Giám đốc Sở")});
    document.add(Paragraph{QStringLiteral(
        "Đề nghị tặng Giấy khen cho các tập thể và cá nhân đã có thành tích xuất sắc trong "
        "thực hiện nhiệm vụ chính trị năm 2025./.")});
    // Field by field: GCC 12 at -O3 takes the optional preparer of a braced
    // SignatureBlock for uninitialised (-Wmaybe-uninitialized).
    SignatureBlock signature;
    signature.recipients = {QStringLiteral("UBND thành phố (để b/c)"),
                            QStringLiteral("Ban Thi đua - Khen thưởng TP"),
                            QStringLiteral("Lưu: VT, TĐKT")};
    signature.authority = QStringLiteral("KT. Giám đốc");
    signature.position = QStringLiteral("Phó Giám đốc");
    signature.signerName = QStringLiteral("Nguyễn Thị Minh Hạnh");
    document.add(std::move(signature));
    return document;
}

Document goldenReport() {
    Document document = sampleReport(12);
    return document;
}

Document goldenLandscapeList() {
    Document document;
    document.orientation = Orientation::Landscape;
    document.documentType = QStringLiteral("Danh sách cá nhân đề nghị tặng danh hiệu "
                                           "Chiến sĩ thi đua cơ sở");
    document.titleNote = QStringLiteral("(Kèm theo Tờ trình số 15/TTr-SNV ngày 05/02/2026 của Sở "
                                        "Nội vụ)");
    Table table = nameTable(14);
    table.rows.insert(0, TableRow::group(QStringLiteral("I. Cá nhân")));
    // One row with a long note that must be split between the two pages.
    QStringList longNote;
    for (int i = 1; i <= 5; ++i) {
        longNote.append(
            QStringLiteral("Sáng kiến số %1 được Hội đồng khoa học Sở công nhận.").arg(i));
    }
    table.rows[12].cells[4] = longNote.join(QLatin1Char(' '));
    document.add(table);
    return document;
}

namespace {

const QStringList kJusticeUnits = {
    QStringLiteral("Sở Tư pháp tỉnh Đắk Lắk"),
    QStringLiteral("Trường Trung cấp Luật Buôn Ma Thuột"),
    QStringLiteral("Cục Thi hành án dân sự tỉnh Đắk Nông"),
    QStringLiteral("Sở Tư pháp tỉnh Gia Lai"),
    QStringLiteral("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Kon Tum"),
    QStringLiteral("Sở Tư pháp tỉnh Lâm Đồng"),
    QStringLiteral("Phòng Công chứng số 1 tỉnh Khánh Hòa"),
    QStringLiteral("Cục Thi hành án dân sự tỉnh Phú Yên"),
};

} // namespace

Chart rankingChart(int units) {
    Chart chart;
    chart.kind = Chart::Kind::Bars;
    chart.caption =
        QStringLiteral("Biểu đồ 1. Xếp hạng thi đua các đơn vị Cụm thi đua số 5 năm 2025");
    chart.valueLabel = QStringLiteral("Điểm");
    chart.valueDecimals = 1;
    ChartSeries scores;
    for (int i = 0; i < units; ++i) {
        chart.categories.append(i < kJusticeUnits.size()
                                    ? kJusticeUnits.at(i)
                                    : QStringLiteral("Đơn vị thứ %1 của Cụm").arg(i + 1));
        scores.values.append(97.5 - 1.5 * i);
    }
    chart.series.append(scores);
    return chart;
}

Chart awardsChart() {
    Chart chart;
    chart.kind = Chart::Kind::Columns;
    chart.caption = QStringLiteral("Biểu đồ 2. Số lượt khen thưởng theo cấp, 2021 - 2025");
    chart.valueLabel = QStringLiteral("Số lượt");
    chart.categories = {QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"),
                        QStringLiteral("2024"), QStringLiteral("2025")};
    chart.series = {
        {QStringLiteral("Cấp Nhà nước"), {3, 4, 2, 5, 6}},
        {QStringLiteral("Cấp Bộ, ngành"), {18, 22, 25, 21, 27}},
        {QStringLiteral("Cấp tỉnh"), {41, 38, 45, 52, 49}},
    };
    return chart;
}

Document chartReport() {
    Document document = sampleReport(0);
    document.blocks.clear();
    document.add(Heading{Heading::Level::Part, QStringLiteral("I. Kết quả chấm điểm")})
        .add(Paragraph{QStringLiteral("Các đơn vị trong Cụm được xếp hạng theo tổng điểm chấm.")})
        .add(rankingChart())
        .add(Heading{Heading::Level::Part, QStringLiteral("II. Khen thưởng qua các năm")})
        .add(Paragraph{QStringLiteral("Số lượt khen thưởng các cấp tăng đều qua các năm.")})
        .add(awardsChart());
    // Field by field, as in sampleReport().
    SignatureBlock signature;
    signature.recipients = {QStringLiteral("Như trên"), QStringLiteral("Lưu: VT, TĐKT")};
    signature.authority = QStringLiteral("KT. Giám đốc");
    signature.position = QStringLiteral("Phó Giám đốc");
    signature.signerName = QStringLiteral("Lê Văn Hùng");
    document.add(std::move(signature));
    return document;
}

} // namespace thidua::documents::testing
