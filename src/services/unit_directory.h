#pragma once

#include "unit.h"

#include <QHash>
#include <QStringList>

#include <vector>

// Finds units by the names clerks write. Names repeat across the tree ("Văn
// phòng", "Thanh tra Sở" in every department), so a name may be qualified by its
// parent: "Sở Tư pháp tỉnh Vĩnh Phúc / Văn phòng". Internal to the services.
namespace thidua::services {

class UnitDirectory {
public:
    explicit UnitDirectory(const std::vector<domain::Unit>& units);

    void add(const domain::Unit& unit);

    struct Match {
        std::vector<domain::RowId> ids; // none, one, or the ambiguous candidates
        bool unique() const { return ids.size() == 1; }
    };
    // By full or short name, diacritics and case ignored; "Parent / Child"
    // narrows to the children of the matching parents.
    Match find(const QString& text) const;
    // The unit's own name: "Văn phòng".
    QString name(domain::RowId id) const { return units_.value(id).name; }
    // "Sở Tư pháp tỉnh Vĩnh Phúc / Văn phòng": the name with its parent.
    QString qualifiedName(domain::RowId id) const;
    // Whether the unit is the ancestor or lies anywhere below it.
    bool isWithin(domain::RowId id, domain::RowId ancestor) const;

private:
    // Sorted, each once.
    std::vector<domain::RowId> byName(const QString& name) const;
    domain::RowId parentOf(domain::RowId id) const;

    QHash<domain::RowId, domain::Unit> units_;
    QMultiHash<QString, domain::RowId> idsByKey_;
};

} // namespace thidua::services
