#include "official_text.h"

#include "vietnamese_format.h"

#include <QStringList>

namespace thidua::documents {

QString nationalName() {
    return QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

QString nationalMotto() {
    return QStringLiteral("Độc lập - Tự do - Hạnh phúc");
}

QString placeAndDate(const OfficialHeader& header) {
    const QString date = header.date.isValid() ? domain::vn::formatOfficialDate(header.date)
                                               : QStringLiteral("ngày …… tháng …… năm ……");
    return header.place.isEmpty() ? date : header.place + QStringLiteral(", ") + date;
}

QString metadataTitle(const Document& document) {
    QStringList parts;
    for (const QString& part : {document.documentType, document.summary}) {
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    return parts.join(QStringLiteral(" - "));
}

QString recipientsTitle() {
    return QStringLiteral("Nơi nhận:");
}

QString recipientLine(const QString& entry, bool last) {
    QString line = entry.trimmed();
    if (!line.startsWith(QLatin1Char('-'))) {
        line.prepend(QStringLiteral("- "));
    }
    if (!line.endsWith(QLatin1Char(';')) && !line.endsWith(QLatin1Char('.'))) {
        line += last ? QLatin1Char('.') : QLatin1Char(';');
    }
    return line;
}

} // namespace thidua::documents
