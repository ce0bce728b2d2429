#pragma once

#include "render_progress.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>

class QProgressDialog;
class QWidget;

namespace thidua::ui {

// Long work the window waits for without freezing: a modal progress dialog
// over parent, shown only when the work takes more than a moment, whose
// Cancel button asks the work to stop. Reading through the workspace stays on
// the GUI thread, where its connection belongs, and reports by step();
// laying out and writing files run on a worker thread (inWorker).
class LongTask {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::LongTask)

public:
    explicit LongTask(QWidget* parent);
    ~LongTask();
    LongTask(const LongTask&) = delete;
    LongTask& operator=(const LongTask&) = delete;

    // Shows label and lets Qt handle events (a click on Cancel among them);
    // false once the user cancelled.
    bool step(const QString& label);
    bool cancelled() const { return cancelled_; }

    // Runs work on a worker thread and returns its result, keeping the window
    // alive meanwhile in a local event loop; the bar follows work's reports.
    template <typename Work>
    auto inWorker(const QString& label, Work&& work) {
        std::optional<decltype(work(documents::RenderProgress{}))> result;
        run(label, [&](const documents::RenderProgress& progress) { result = work(progress); });
        return std::move(*result);
    }

private:
    void run(const QString& label,
             const std::function<void(const documents::RenderProgress&)>& work);

    QProgressDialog* dialog_;
    std::atomic<bool> cancelled_ = false;
    std::atomic<qint64> done_ = 0;
    std::atomic<qint64> total_ = 0;
};

} // namespace thidua::ui
