#pragma once

#include "document.h"
#include "layout_engine.h"

#include <QString>

// Fixed documents for the document tests. Deterministic: no clock, no random.
namespace thidua::documents::testing {

// Layout options for reproducible tests: the bundled font whatever the system has.
LayoutOptions bundledFont();

// "Nguyễn Thị Hương", "Trần Văn Bình", ... (distinct for 0 <= i < 2000).
QString vietnameseName(int i);

// A full báo cáo: official header, title, headings, paragraphs, a `rows`-row
// list grouped into "I. Cá nhân" / "II. Tập thể", and a signature block.
Document sampleReport(int rows);

// A list of `rows` people: STT | Họ và tên | Chức vụ, đơn vị công tác | Danh hiệu
// đề nghị | Ghi chú, relative widths 0.7 : 2.5 : 2.8 : 1.9 : 1.2 (9.1 in all).
Table nameTable(int rows);

// A cluster's ranking as a bar chart: `units` justice units with long
// Vietnamese names ("Trường Trung cấp Luật Buôn Ma Thuột"), best first, scores
// with one decimal (95,5), "Điểm" on the axis.
Chart rankingChart(int units = 8);
// Awards by level over 2021-2025 as columns: three series, "Số lượt".
Chart awardsChart();
// A short báo cáo with both charts between paragraphs and a signature.
Document chartReport();

// The small fixed documents compared with golden files.
Document goldenReport();
Document goldenLandscapeList();

} // namespace thidua::documents::testing
