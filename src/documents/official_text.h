#pragma once

#include "document.h"

#include <QString>

// The fixed wording of an official document (Nghị định 30/2020), which every
// renderer prints the same way.
namespace thidua::documents {

// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
QString nationalName();
// "Độc lập - Tự do - Hạnh phúc"
QString nationalMotto();

// "Hà Nội, ngày 05 tháng 02 năm 2026"; blanks to fill in by hand when the
// date is not set.
QString placeAndDate(const OfficialHeader& header);

// The title a file's properties carry: "Báo cáo - Kết quả bình xét ...".
QString metadataTitle(const Document& document);

// "Nơi nhận:", over the recipients left of the signature.
QString recipientsTitle();

// One entry of "Nơi nhận:" as printed: "- Như trên;", the last one ending in ".".
QString recipientLine(const QString& entry, bool last);

} // namespace thidua::documents
