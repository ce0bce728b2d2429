#include <QApplication>

#include <gtest/gtest.h>

// GUI suites need one QApplication for the whole run; they draw offscreen
// unless told otherwise (QT_QPA_PLATFORM=xcb under Xvfb, to watch them).
int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
