#pragma once

#include <QString>

#include <spdlog/spdlog.h>

#include <string_view>

// fmt cannot print a QString by itself; log lines are UTF-8.
template <>
struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template <typename Context>
    auto format(const QString& text, Context& context) const {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), context);
    }
};

namespace thidua::log {

// The logger a library writes to ("storage", "services", "ui", "cli"). Before
// the executable has set up sinks (in tests, say) it is spdlog's default.
inline std::shared_ptr<spdlog::logger> get(const char* name) {
    if (auto logger = spdlog::get(name))
        return logger;
    return spdlog::default_logger();
}

} // namespace thidua::log
