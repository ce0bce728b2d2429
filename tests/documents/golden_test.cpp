#include "golden.h"
#include "sample_documents.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Each sample document type is compared with a stored expected layout
// (golden.h); the reports' own documents have theirs in the reports suite.
namespace thidua::documents {
namespace {

using testing::expectMatchesGolden;
using testing::goldenMismatch;

TEST(LayoutGoldenTest, OfficialReport) {
    expectMatchesGolden(testing::goldenReport(), QStringLiteral("official_report"));
}

TEST(LayoutGoldenTest, LandscapeListWithASplitRow) {
    expectMatchesGolden(testing::goldenLandscapeList(), QStringLiteral("landscape_list"));
}

TEST(LayoutGoldenTest, MissingGoldenFileFailsAndIsNotCreated) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no_such_document.golden.txt"));
    const std::string mismatch = goldenMismatch(QStringLiteral("layout\n"), path);
    EXPECT_NE(mismatch.find("missing golden file"), std::string::npos) << mismatch;
    EXPECT_NE(mismatch.find("THIDUA_UPDATE_GOLDEN=1"), std::string::npos) << mismatch;
    EXPECT_FALSE(QFile::exists(path));
}

TEST(LayoutGoldenTest, DifferentLayoutNamesTheFirstDifferingLine) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("doc.golden.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("page 1\n  text 30.0,20.0\n");
    file.close();
    EXPECT_TRUE(goldenMismatch(QStringLiteral("page 1\n  text 30.0,20.0\n"), path).empty());
    const std::string mismatch = goldenMismatch(QStringLiteral("page 1\n  text 30.0,20.1\n"), path);
    EXPECT_NE(mismatch.find("line 2"), std::string::npos) << mismatch;
}

} // namespace
} // namespace thidua::documents
