#include "unit_picker.h"

#include "vietnamese_completer.h"
#include "vietnamese_text.h"

#include <QHash>

#include <algorithm>

namespace thidua::ui {

namespace {

// Depth-first, siblings in Vietnamese order: how the organisation chart reads.
void appendTree(const QMultiHash<domain::RowId, const domain::Unit*>& children,
                domain::RowId parent, int depth,
                std::vector<std::pair<const domain::Unit*, int>>& out) {
    QList<const domain::Unit*> siblings = children.values(parent);
    std::sort(siblings.begin(), siblings.end(), [](const domain::Unit* a, const domain::Unit* b) {
        return domain::vn::compare(a->name, b->name) < 0;
    });
    for (const domain::Unit* unit : siblings) {
        out.emplace_back(unit, depth);
        appendTree(children, unit->id, depth + 1, out);
    }
}

} // namespace

UnitPicker::UnitPicker(QWidget* parent)
    : QComboBox(parent) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(32);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(this, &QComboBox::activated, this,
            [this](int index) { Q_EMIT unitChosen(itemData(index).toLongLong()); });
}

bool UnitPicker::listed(const domain::Unit& unit) const {
    return !openSince_.isValid() || !unit.activeTo.isValid() || unit.activeTo >= openSince_;
}

void UnitPicker::setUnits(const std::vector<domain::Unit>& units, const QString& noneText) {
    QHash<domain::RowId, const domain::Unit*> byId;
    for (const domain::Unit& unit : units)
        byId.insert(unit.id, &unit);
    // The nearest listed ancestor: a closed parent hands its open children up.
    const auto listedParent = [&](const domain::Unit& unit) {
        domain::RowId parent = unit.parentId;
        for (int hops = 0; parent != domain::NoId && hops < byId.size(); ++hops) {
            const domain::Unit* above = byId.value(parent);
            if (!above || listed(*above))
                break;
            parent = above->parentId;
        }
        return parent;
    };
    QMultiHash<domain::RowId, const domain::Unit*> children;
    for (const domain::Unit& unit : units)
        if (listed(unit))
            children.insert(listedParent(unit), &unit);
    std::vector<std::pair<const domain::Unit*, int>> ordered;
    appendTree(children, domain::NoId, 0, ordered);

    const QSignalBlocker blocker(this);
    clear();
    auto completer = new VietnameseCompleter(this);
    if (!noneText.isEmpty())
        addItem(noneText, qint64(domain::NoId));
    for (const auto& [unit, depth] : ordered) {
        addItem(QString(depth * 4, QLatin1Char(' ')) + unit->name, unit->id);
        completer->addItem(unit->name, unit->id);
    }
    // Choosing a completion chooses its unit, wherever it stands in the list.
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                setUnitId(index.data(VietnameseCompleter::ValueRole).toLongLong());
                Q_EMIT unitChosen(unitId());
            });
    setCompleter(completer);
}

domain::RowId UnitPicker::unitId() const {
    return currentIndex() >= 0 ? currentData().toLongLong() : domain::NoId;
}

void UnitPicker::setUnitId(domain::RowId id) {
    setCurrentIndex(findData(id));
}

} // namespace thidua::ui
