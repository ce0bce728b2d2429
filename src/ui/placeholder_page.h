#pragma once

#include "work_areas.h"

#include <QWidget>

class QLabel;

namespace thidua::ui {

class PageHeader;

// The page of an area that is not built yet: says so plainly and tells what
// the area will do, so nobody mistakes an empty screen for missing data.
class PlaceholderPage : public QWidget {
    Q_OBJECT

public:
    explicit PlaceholderPage(const WorkArea& area, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const WorkArea& area_;
    PageHeader* header_;
    QLabel* notice_;
    QLabel* description_;
};

} // namespace thidua::ui
