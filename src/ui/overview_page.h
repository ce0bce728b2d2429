#pragma once

#include "change_subscription.h"

#include <QWidget>

#include <memory>

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

namespace Ui {
class OverviewPage;
}

class ClusterTableModel;

// Tổng quan: the key figures of one emulation year and its clusters and blocks.
class OverviewPage : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);
    ~OverviewPage() override;

    // The workspace must outlive the page or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    // 0 when the database has no emulation year yet.
    void setYear(int year);
    int year() const { return year_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showEmpty();

    std::unique_ptr<Ui::OverviewPage> ui_;
    ClusterTableModel* clusters_;
    services::Workspace* workspace_ = nullptr;
    ChangeSubscription subscription_;
    int year_ = 0;
};

} // namespace thidua::ui
