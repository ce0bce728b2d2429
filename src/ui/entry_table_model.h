#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace thidua::ui {

// A read-only table of a list's entries, replaced all at once: what the
// record pages' lists have in common. Subclasses give the cells and headers.
template <typename Entry, int Columns>
class EntryTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(std::vector<Entry> entries) {
        beginResetModel();
        entries_ = std::move(entries);
        endResetModel();
    }
    const Entry& entry(int row) const { return entries_.at(static_cast<std::size_t>(row)); }
    // The first row whose entry passes the test; -1 when none does.
    template <typename Test>
    int rowWhere(Test&& test) const {
        for (std::size_t row = 0; row < entries_.size(); ++row)
            if (test(entries_[row]))
                return static_cast<int>(row);
        return -1;
    }
    void retranslate() { Q_EMIT headerDataChanged(Qt::Horizontal, 0, Columns - 1); }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(entries_.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : Columns;
    }

protected:
    // The entry of a valid index of this table; null otherwise.
    const Entry* entryAt(const QModelIndex& index) const {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &entries_[static_cast<std::size_t>(index.row())];
    }

private:
    std::vector<Entry> entries_;
};

} // namespace thidua::ui
