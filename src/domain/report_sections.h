#pragma once

#include <QLatin1StringView>

// The names under which the parts of a conference report that people write
// are kept (report_note.section), for the reports that print them, the page
// that edits them and the demo that fills some in. The report prints them where they belong;
// an unwritten one prints a line of dots to fill in by hand.
namespace thidua::domain::sections {

// The report itself.
inline constexpr QLatin1StringView Situation{"situation"}; // I. Đặc điểm, tình hình
inline constexpr QLatin1StringView JointActivities{"joint_activities"}; // hoạt động chung của cụm
inline constexpr QLatin1StringView Shortcomings{"shortcomings"}; // tồn tại, hạn chế, nguyên nhân
inline constexpr QLatin1StringView Lessons{"lessons"};           // bài học kinh nghiệm
inline constexpr QLatin1StringView Directions{"directions"}; // phương hướng, nhiệm vụ
inline constexpr QLatin1StringView Recommendations{"recommendations"}; // kiến nghị, đề xuất
// The five-year conference: one delegate a line, "Họ và tên - chức vụ, đơn vị".
inline constexpr QLatin1StringView Delegates{"delegates"};

// The conference: what the pack (honoree list, presentation order, minutes) prints.
// The day of the conference, which the report and its pack are dated by
// unless the caller gives another; dd/MM/yyyy as typed.
inline constexpr QLatin1StringView Day{"day"};
inline constexpr QLatin1StringView Venue{"venue"};
inline constexpr QLatin1StringView Chair{"chair"};
inline constexpr QLatin1StringView ChairPosition{"chair_position"};
inline constexpr QLatin1StringView Secretary{"secretary"};
inline constexpr QLatin1StringView SecretaryPosition{"secretary_position"};
inline constexpr QLatin1StringView PresenterState{"presenter_state"}; // "Name, position"
inline constexpr QLatin1StringView PresenterMinistry{"presenter_ministry"};
inline constexpr QLatin1StringView PresenterGrassroots{"presenter_grassroots"};
inline constexpr QLatin1StringView Discussion{"discussion"};
inline constexpr QLatin1StringView Conclusion{"conclusion"};

} // namespace thidua::domain::sections
