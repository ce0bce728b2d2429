#include "logging_setup.h"

#include "app_paths.h"
#include "log.h"
#include "sqlite_log.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace thidua::cli {

namespace {

constexpr std::size_t MaxLogBytes = 2 * 1024 * 1024;
constexpr std::size_t LogFilesKept = 5;
constexpr const char* LoggerNames[] = {"storage", "services", "documents", "ui",
                                       "cli",     "qt",       "sqlite"};

void forwardQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    static const auto qt = log::get("qt");
    const auto level = type == QtDebugMsg      ? spdlog::level::debug
                       : type == QtInfoMsg     ? spdlog::level::info
                       : type == QtWarningMsg  ? spdlog::level::warn
                       : type == QtCriticalMsg ? spdlog::level::err
                                               : spdlog::level::critical;
    qt->log(level, "{} ({})", message, context.category ? context.category : "default");
    if (type == QtFatalMsg)
        qt->flush();
}

} // namespace

void setUpLogging(const LoggingOptions& options) {
    std::vector<spdlog::sink_ptr> sinks;
    const QString file = QDir(services::logDirectory()).filePath(QStringLiteral("thidua.log"));
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            file.toStdString(), MaxLogBytes, LogFilesKept));
    } catch (const spdlog::spdlog_ex&) {
        // An unwritable data folder must not stop the program; the console still logs.
    }
    if (options.console) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
        sinks.push_back(console);
    }
    const auto level = options.verbose ? spdlog::level::debug : spdlog::level::info;
    for (const char* name : LoggerNames) {
        spdlog::drop(name);
        auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
        logger->set_level(level);
        logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(logger);
    }
    spdlog::set_default_logger(spdlog::get("cli"));
    qInstallMessageHandler(&forwardQtMessage);
    storage::forwardSqliteLog();
}

} // namespace thidua::cli
