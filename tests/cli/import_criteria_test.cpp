// `thidua import criteria` on the small demo: the documentation's table
// becomes the Ministry's table for 2026, while 2025's, which has points given
// against it, keeps its shape and the database stays byte for byte the same.

#include "cli_fixture.h"
#include "test_data.h"

#include <QDir>

using thidua::test::Outcome;

namespace {

class ImportCriteriaTest : public thidua::test::ImportIntoDemoTest {
protected:
    Outcome importCriteria(const QString& year, const QStringList& extra = {}) {
        return import(QStringLiteral("criteria"),
                      QDir(thidua::test::testDataDir())
                          .filePath(QStringLiteral("../../docs/examples/bang-tieu-chi.csv")),
                      QStringList{QStringLiteral("--organiser"), QStringLiteral("Bộ Tư pháp"),
                                  QStringLiteral("--year"), year} +
                          extra);
    }
};

} // namespace

TEST_F(ImportCriteriaTest, TheExampleTableImportsAndAScoredTableKeepsItsShape) {
    const QByteArray before = fingerprint();
    const Outcome scored = importCriteria(QStringLiteral("2025"));
    EXPECT_EQ(scored.exitCode, 3);
    EXPECT_TRUE(scored.err.startsWith(
        QStringLiteral("bang-tieu-chi.csv: Bảng tiêu chí của Bộ Tư pháp năm 2025 đã có")))
        << scored.err.toStdString();
    EXPECT_EQ(importCriteria(QStringLiteral("2026"), {QStringLiteral("--dry-run")}).exitCode, 0);
    EXPECT_EQ(importCriteria(QStringLiteral("2026"), {QStringLiteral("--skip-bad")}).exitCode, 2);
    EXPECT_EQ(import(QStringLiteral("criteria"), file(QStringLiteral("x.csv")),
                     {QStringLiteral("--year"), QStringLiteral("2026")})
                  .exitCode,
              2);
    EXPECT_EQ(fingerprint(), before);

    const Outcome run = importCriteria(QStringLiteral("2026"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Đã nhập 17/17 dòng"))) << run.out.toStdString();
}
