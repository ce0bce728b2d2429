#include "covenant_document.h"

#include "vietnamese_format.h"

namespace thidua::ui {

namespace {

// Printed text is Vietnamese whatever the interface language, as the
// documents layer's own texts are.
QString opening(const CovenantPrint& covenant) {
    QString text =
        QStringLiteral("Hôm nay, %1")
            .arg(covenant.signedOn.isValid() ? domain::vn::formatOfficialDate(covenant.signedOn)
                                             : QStringLiteral("ngày …… tháng …… năm ……"));
    if (!covenant.place.isEmpty())
        text += QStringLiteral(", tại %1").arg(covenant.place);
    return text + QStringLiteral(", các đơn vị thành viên %1 gồm:").arg(covenant.clusterName);
}

} // namespace

documents::Document covenantDocument(const CovenantPrint& covenant) {
    using namespace documents;
    Document document;
    document.header =
        OfficialHeader{covenant.organiser, covenant.clusterName, {}, {}, {}, covenant.signedOn};
    document.documentType = QStringLiteral("GIAO ƯỚC THI ĐUA NĂM %1").arg(covenant.year);
    document.summary = QStringLiteral("Giữa các đơn vị thành viên %1").arg(covenant.clusterName);

    document.add(Paragraph{opening(covenant)});
    for (qsizetype i = 0; i < covenant.signatories.size(); ++i)
        document.add(Paragraph{QStringLiteral("- %1%2").arg(
            covenant.signatories.at(i),
            i + 1 < covenant.signatories.size() ? QStringLiteral(";") : QStringLiteral("."))});
    document.add(Paragraph{QStringLiteral("Cùng thống nhất ký kết giao ước thi đua năm %1 với "
                                          "các nội dung sau:")
                               .arg(covenant.year)});

    document.add(Heading{Heading::Level::Part, QStringLiteral("I. Nội dung giao ước")});
    for (int i = 0; i < covenant.targets.size(); ++i)
        document.add(Paragraph{QStringLiteral("%1. %2").arg(i + 1).arg(covenant.targets.at(i))});

    document.add(Heading{Heading::Level::Part, QStringLiteral("II. Tổ chức thực hiện")});
    document.add(Paragraph{
        QStringLiteral("Các đơn vị thành viên cam kết thực hiện nghiêm túc các nội dung giao ước "
                       "trên. Kết quả thực hiện giao ước là căn cứ để đánh giá, chấm điểm, xếp "
                       "hạng thi đua năm %1 của %2.")
            .arg(covenant.year)
            .arg(covenant.clusterName)});
    document.add(
        Paragraph{QStringLiteral("Giao ước này được lập thành %1 bản, mỗi đơn vị giữ 01 bản.")
                      .arg(covenant.signatories.size(), 2, 10, QLatin1Char('0'))});

    SignatureColumns signatures;
    signatures.caption = QStringLiteral("Đại diện các đơn vị ký giao ước");
    for (const QString& unit : covenant.signatories)
        signatures.signatures.append({unit, {}, {}});
    document.add(signatures);
    return document;
}

} // namespace thidua::ui
