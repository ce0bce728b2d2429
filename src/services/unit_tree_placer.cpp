#include "unit_tree_placer.h"

#include "service_text.h"
#include "unit_directory.h"
#include "vietnamese_text.h"

namespace thidua::services::importing {

UnitTreePlacer::UnitTreePlacer(std::vector<UnitRow> rows, const UnitDirectory& catalogue,
                               QString parentColumn, QString nameColumn,
                               std::vector<ImportProblem>& problems)
    : rows_(std::move(rows))
    , catalogue_(catalogue)
    , parentColumn_(std::move(parentColumn))
    , nameColumn_(std::move(nameColumn))
    , problems_(problems)
    , placedAs_(rows_.size(), -1)
    , settled_(rows_.size(), false) {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        rowsByName_.insert(domain::vn::searchKey(rows_[i].unit.name), i);
}

std::vector<PlacedUnit> UnitTreePlacer::place() {
    // Each pass settles the rows whose parent is settled; what never settles
    // is its own ancestor.
    for (bool progress = true; progress;) {
        progress = false;
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            if (settled_[i] || placeRow(i) == Step::Later)
                continue;
            settled_[i] = progress = true;
        }
    }
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (!settled_[i])
            refuse(i, parentColumn_,
                   Text::tr("\"%1\" is, through its parents, its own parent.")
                       .arg(rows_[i].unit.name));
    return std::move(result_);
}

UnitTreePlacer::Step UnitTreePlacer::placeRow(std::size_t row) {
    const QString& parentName = rows_[row].parentName;
    if (parentName.isEmpty())
        return placeUnderCatalogue(row, -1);
    const QList<std::size_t> inFile = rowsByName_.values(domain::vn::searchKey(parentName));
    if (inFile.size() > 1) {
        refuse(row, parentColumn_,
               Text::tr("\"%1\" names %2 rows of this file; give the parent units different "
                        "names.")
                   .arg(parentName)
                   .arg(inFile.size()));
        return Step::Refused;
    }
    if (inFile.size() == 1)
        return placeUnderRowOfFile(row, inFile.constFirst());
    const UnitDirectory::Match match = catalogue_.find(parentName);
    if (!match.unique()) {
        refuse(row, parentColumn_,
               match.ids.empty()
                   ? Text::tr("There is no unit \"%1\" in the catalogue or in this file.")
                         .arg(parentName)
                   : Text::tr("\"%1\" names %2 units; write it with its own parent, e.g. \"%3\".")
                         .arg(parentName)
                         .arg(match.ids.size())
                         .arg(catalogue_.qualifiedName(match.ids.front())));
        return Step::Refused;
    }
    rows_[row].unit.parentId = match.ids.front();
    return placeUnderCatalogue(row, -1);
}

UnitTreePlacer::Step UnitTreePlacer::placeUnderRowOfFile(std::size_t row, std::size_t parent) {
    if (!settled_[parent])
        return Step::Later;
    if (placedAs_[parent] < 0) {
        refuse(row, parentColumn_,
               Text::tr("The parent unit \"%1\" on line %2 cannot be imported, so this unit "
                        "cannot either.")
                   .arg(rows_[row].parentName)
                   .arg(rows_[parent].line));
        return Step::Refused;
    }
    return placeUnderCatalogue(row, placedAs_[parent]);
}

// A unit under a new parent is new too; under an existing parent, or at the
// top, it may already be in the catalogue.
UnitTreePlacer::Step UnitTreePlacer::placeUnderCatalogue(std::size_t row, int parentInFile) {
    UnitRow& unitRow = rows_[row];
    if (parentInFile < 0 && !unitRow.unit.name.isEmpty()) {
        const QString qualified =
            unitRow.parentName.isEmpty()
                ? unitRow.unit.name
                : unitRow.parentName + QStringLiteral(" / ") + unitRow.unit.name;
        if (!catalogue_.find(qualified).ids.empty())
            refuse(row, nameColumn_,
                   Text::tr("\"%1\" is already in the catalogue.").arg(qualified));
    }
    if (!unitRow.ok)
        return Step::Refused;
    placedAs_[row] = static_cast<int>(result_.size());
    result_.push_back({unitRow.line, unitRow.unit, parentInFile});
    return Step::Placed;
}

void UnitTreePlacer::refuse(std::size_t row, const QString& column, const QString& message) {
    problems_.push_back({rows_[row].line, column, message});
    rows_[row].ok = false;
}

} // namespace thidua::services::importing
