#include "long_task.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>

namespace thidua::ui {

namespace {

// The dialog appears only for work that lasts longer than this, so that a
// one-unit list comes without a flash.
constexpr int ShowAfterMs = 400;
// How often the bar follows a worker's reports.
constexpr int PollMs = 50;

int toInt(qint64 value) {
    return static_cast<int>(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

} // namespace

LongTask::LongTask(QWidget* parent)
    : dialog_(new QProgressDialog(parent)) {
    dialog_->setObjectName(QStringLiteral("longTaskProgress"));
    dialog_->setWindowModality(Qt::WindowModal);
    dialog_->setMinimumDuration(ShowAfterMs);
    dialog_->setAutoClose(false);
    dialog_->setAutoReset(false);
    dialog_->setCancelButtonText(tr("Cancel"));
    dialog_->setRange(0, 0); // busy until a worker reports a total
    QObject::connect(dialog_, &QProgressDialog::canceled, dialog_, [this] { cancelled_ = true; });
}

LongTask::~LongTask() {
    delete dialog_;
}

bool LongTask::step(const QString& label) {
    dialog_->setLabelText(label);
    // The dialog's own timer shows it once ShowAfterMs have passed.
    QCoreApplication::processEvents();
    return !cancelled_;
}

void LongTask::run(const QString& label,
                   const std::function<void(const documents::RenderProgress&)>& work) {
    dialog_->setLabelText(label);
    done_ = 0;
    total_ = 0;
    const documents::RenderProgress progress = [this](qint64 done, qint64 total) {
        done_ = done;
        total_ = total;
        return !cancelled_;
    };
    std::unique_ptr<QThread> thread(QThread::create([&] { work(progress); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(PollMs);
    QObject::connect(&poll, &QTimer::timeout, dialog_, [this] {
        if (total_ > 0)
            dialog_->setRange(0, toInt(total_));
        dialog_->setValue(toInt(done_));
    });
    poll.start();
    thread->start();
    loop.exec();
    thread->wait();
}

} // namespace thidua::ui
