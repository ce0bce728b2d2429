#pragma once

#include <QString>

#include <optional>

// The unit kinds the schema knows ("ministry", "provincial_department", …),
// read from what clerks write: the code itself or a Vietnamese word such as
// "Sở", "Vụ", "Tòa án". Internal to the services.
namespace thidua::services {

std::optional<QString> unitKindFromLabel(const QString& label);
// From the first words of a unit's name: "Sở Tư pháp tỉnh …" is a provincial
// department, "Phòng …" a section; "other" when the name does not tell.
QString unitKindFromName(const QString& name);
// "Bộ, Vụ, Cục, …": the words unitKindFromLabel() accepts, for messages.
QString unitKindLabels();

} // namespace thidua::services
