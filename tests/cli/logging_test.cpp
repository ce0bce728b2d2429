#include "logging_setup.h"
#include "qt_printers.h"

#include <QDebug>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

TEST(Logging, QtMessagesGoToTheRotatingFileInTheDataFolder) {
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
    thidua::cli::setUpLogging({false, false});
    qWarning("a Qt warning with Vietnamese text: %s", "Đăng ký thi đua");
    qDebug("a debug line that the info level drops");
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& logger) { logger->flush(); });

    QFile log(home.filePath(QStringLiteral("thidua/logs/thidua.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly)) << log.fileName().toStdString();
    const QString text = QString::fromUtf8(log.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("[qt] [warning] a Qt warning with Vietnamese text: "
                                             "Đăng ký thi đua")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("a debug line")));
    qInstallMessageHandler(nullptr);
}
