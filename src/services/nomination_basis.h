#pragma once

#include "award.h"
#include "cluster.h"

#include <QString>

#include <vector>

// The "thành tích" column of a nomination list, drafted from the record so
// that the clerk corrects rather than types it. Internal to the services.
namespace thidua::services {

// "CSTĐCS 2023–2025; LĐTT 2021–2025": the standing merit awards of the five
// years up to the year, highest first, consecutive years joined.
QString basisText(const std::vector<domain::Award>& awards,
                  const std::vector<domain::AwardType>& catalogue, int year);

// "Dẫn đầu Cụm thi đua số II năm 2018; được Cụm suy tôn 11/12 phiếu (91,7%)".
QString voteBasisText(const domain::Cluster& cluster, double yesPercent, int yes, int members);

} // namespace thidua::services
