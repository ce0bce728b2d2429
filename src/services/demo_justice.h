#pragma once

#include "result.h"

namespace thidua::services::demo {

class DemoWriter;

// The justice-sector history named in the seed articles, 2018–2025: the
// Ministry of Justice's units in clusters I–IV, cluster VI of the People's
// Courts, and Sở Tư pháp Vĩnh Phúc in its province's "Khối thi đua Nội
// chính". Cluster membership and heads follow the seeds where they say so
// (cluster II led by Viện Khoa học pháp lý in 2018, cluster IV by Vụ Hợp tác
// quốc tế in 2022, cluster VI by Học viện Tòa án in 2020); the people are
// synthetic.
Status buildJusticeSector(DemoWriter& writer);

} // namespace thidua::services::demo
