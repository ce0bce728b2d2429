#include <QApplication>

#include <gtest/gtest.h>

// GUI suites need one QApplication for the whole run; tests run offscreen
// (QT_QPA_PLATFORM=offscreen is set by ctest).
int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
