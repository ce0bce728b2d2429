#include <QGuiApplication>

#include <gtest/gtest.h>

// The document layer needs a QGuiApplication (fonts, QPdfWriter). Headless by
// default, like ctest runs it.
int main(int argc, char** argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    ::testing::InitGoogleTest(&argc, argv);
    QGuiApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
