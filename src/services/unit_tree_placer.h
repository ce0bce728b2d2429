#pragma once

#include "import_report.h"
#include "unit.h"

#include <QMultiHash>

#include <vector>

namespace thidua::services {
class UnitDirectory;
}

// Orders the units of an import file parents first and finds each one's
// parent: another row of the file (taken before the catalogue, wherever the
// row stands), a unit of the catalogue, or none. Internal to the services.
namespace thidua::services::importing {

struct UnitRow {
    int line = 0;
    domain::Unit unit;
    QString parentName; // as written; empty for a top-level unit
    bool ok = true;     // false when reading the row found problems
};

struct PlacedUnit {
    int line = 0;
    domain::Unit unit; // parentId set when the parent is in the catalogue
    // The parent when it is a row of the same file: an index into the result,
    // always earlier, so writing in order gives every parent its id first.
    int parentInFile = -1;
};

class UnitTreePlacer {
public:
    // parentColumn and nameColumn: the headers, for the messages.
    UnitTreePlacer(std::vector<UnitRow> rows, const UnitDirectory& catalogue, QString parentColumn,
                   QString nameColumn, std::vector<ImportProblem>& problems);

    std::vector<PlacedUnit> place();

private:
    enum class Step { Placed, Refused, Later };
    Step placeRow(std::size_t row);
    Step placeUnderRowOfFile(std::size_t row, std::size_t parent);
    Step placeUnderCatalogue(std::size_t row, int parentInFile);
    void refuse(std::size_t row, const QString& column, const QString& message);

    std::vector<UnitRow> rows_;
    const UnitDirectory& catalogue_;
    QString parentColumn_;
    QString nameColumn_;
    std::vector<ImportProblem>& problems_;
    QMultiHash<QString, std::size_t> rowsByName_;
    std::vector<int> placedAs_; // index into result_, -1 while not (or never) placed
    std::vector<bool> settled_;
    std::vector<PlacedUnit> result_;
};

} // namespace thidua::services::importing
