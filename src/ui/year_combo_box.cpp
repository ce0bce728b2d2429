#include "year_combo_box.h"

#include "overview_service.h"
#include "workspace.h"

#include <QSignalBlocker>

#include <algorithm>
#include <variant>
#include <vector>

namespace thidua::ui {

YearComboBox::YearComboBox(QWidget* parent)
    : QComboBox(parent) {
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT yearChanged(year()); });
}

void YearComboBox::setWorkspace(services::Workspace* workspace) {
    subscription_.reset();
    workspace_ = workspace;
    if (workspace_)
        subscription_ =
            ChangeSubscription(workspace_->changes(), [this](const services::ChangeEvent& event) {
                // Copying clusters to next year opens that year.
                const auto* cluster = std::get_if<services::ClusterChanged>(&event);
                if (std::holds_alternative<services::DataReloaded>(event) ||
                    (cluster && findData(cluster->year) < 0))
                    reload();
            });
    reload();
}

int YearComboBox::year() const {
    return currentData().toInt();
}

void YearComboBox::selectYear(int year) {
    if (const int index = findData(year); index >= 0)
        setCurrentIndex(index);
}

void YearComboBox::reload() {
    const int before = year();
    std::vector<int> years;
    if (workspace_) {
        auto stored = workspace_->overview().years();
        if (stored)
            years = std::move(*stored);
        else
            Q_EMIT loadFailed(stored.error().message);
    }
    {
        // One yearChanged() for the whole reload, not one per item.
        QSignalBlocker blocker(this);
        clear();
        for (int year : years)
            addItem(QString::number(year), year);
        // Stay on the year shown before when the new data has it; else the newest.
        setCurrentIndex(std::max(0, findData(before)));
    }
    setEnabled(count() > 0);
    Q_EMIT yearChanged(year());
}

} // namespace thidua::ui
