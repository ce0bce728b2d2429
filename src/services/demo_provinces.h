#pragma once

#include "result.h"

namespace thidua::services::demo {

class DemoWriter;

// The large benchmark population: for each of the 34 provinces, its People's
// Committee, twenty departments with two sections each, and three emulation
// blocks a year; 50 people a unit (102,000 in all), registrations for 2016–2025.
Status buildProvinces(DemoWriter& writer);

// Rows buildProvinces() writes, for the progress bar.
qint64 expectedProvinceRows();

} // namespace thidua::services::demo
