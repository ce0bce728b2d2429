#include "golden.h"

#include "layout_dump.h"
#include "layout_engine.h"
#include "sample_documents.h"
#include "test_data.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

namespace thidua::documents::testing {

namespace {

QString goldenDirectory() {
    return QDir(test::testDataDir()).filePath(QStringLiteral("documents"));
}

// The first line that differs, to make a failure readable.
std::string firstDifference(const QString& expected, const QString& actual) {
    const QStringList want = expected.split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i) {
        if (want.value(i) != got.value(i)) {
            return QStringLiteral("line %1\n  expected: %2\n  actual:   %3")
                .arg(i + 1)
                .arg(want.value(i), got.value(i))
                .toStdString();
        }
    }
    return {};
}

} // namespace

std::string goldenMismatch(const QString& actual, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return "missing golden file " + path.toStdString() +
               "\nrun the test with THIDUA_UPDATE_GOLDEN=1 to write it, then review it";
    }
    const QString expected = QString::fromUtf8(file.readAll());
    if (expected == actual) {
        return {};
    }
    return path.toStdString() + " differs at " + firstDifference(expected, actual) +
           "\nif the change is intended, rerun with THIDUA_UPDATE_GOLDEN=1 and review the diff";
}

void expectMatchesGolden(const Document& document, const QString& name) {
    const auto laidOut = layoutDocument(document, bundledFont());
    ASSERT_TRUE(laidOut) << laidOut.error().message.toStdString();
    const QString actual = dumpLayout(*laidOut);
    const QString path = QDir(goldenDirectory()).filePath(name + QStringLiteral(".golden.txt"));

    if (qEnvironmentVariableIntValue("THIDUA_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        file.write(actual.toUtf8());
        std::cout << "[ golden ] rewrote " << path.toStdString() << '\n';
        return;
    }
    const std::string mismatch = goldenMismatch(actual, path);
    EXPECT_TRUE(mismatch.empty()) << mismatch;
}

} // namespace thidua::documents::testing
