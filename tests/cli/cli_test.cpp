#include "cli_fixture.h"

#include <QDir>
#include <QImage>

using thidua::test::CliTest;
using thidua::test::Outcome;

TEST_F(CliTest, HelpListsEveryCommand) {
    const Outcome run = thidua({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    for (const char* command : {"demo", "check", "backup", "import", "screenshots"})
        EXPECT_TRUE(run.out.contains(QLatin1String(command))) << command;
}

TEST_F(CliTest, VersionPrintsTheProjectVersion) {
    const Outcome run = thidua({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("thidua 0."))) << run.out.toStdString();
}

TEST_F(CliTest, HelpAndVersionNeedNoDisplay) {
    Outcome run = thidua({QStringLiteral("--help")}, Display::None);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("screenshots"))) << run.out.toStdString();
    run = thidua({QStringLiteral("--version")}, Display::None);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("thidua "))) << run.out.toStdString();
}

TEST_F(CliTest, WrongUsageExitsWithTwoAndSaysWhatIsWrong) {
    Outcome run = thidua({QStringLiteral("frobnicate")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("frobnicate"))) << run.err.toStdString();

    run = thidua({QStringLiteral("check")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--db"))) << run.err.toStdString();

    run = thidua({QStringLiteral("demo"), QStringLiteral("--db"), file(QStringLiteral("x.sqlite")),
                  QStringLiteral("--scale"), QStringLiteral("huge")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("huge"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("x.sqlite"))));

    run = thidua({QStringLiteral("backup"), QStringLiteral("--db"), QStringLiteral("a"),
                  QStringLiteral("--bogus")});
    EXPECT_EQ(run.exitCode, 2);
}

TEST_F(CliTest, CheckingAMissingDatabaseFailsWithoutCreatingIt) {
    const QString missing = file(QStringLiteral("missing.sqlite"));
    const Outcome run = thidua({QStringLiteral("check"), QStringLiteral("--db"), missing});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(missing)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(missing));
}

TEST_F(CliTest, DemoThenCheckThenBackup) {
    const QString db = file(QStringLiteral("demo.sqlite"));
    Outcome run = thidua({QStringLiteral("demo"), QStringLiteral("--db"), db});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(db));

    run = thidua({QStringLiteral("demo"), QStringLiteral("--db"), db});
    EXPECT_EQ(run.exitCode, 1) << "a second demo into the same file must be refused";

    run = thidua({QStringLiteral("check"), QStringLiteral("--db"), db});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();

    const QString copy = file(QStringLiteral("copy.sqlite"));
    run = thidua(
        {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = thidua({QStringLiteral("check"), QStringLiteral("--db"), copy});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
}

TEST_F(CliTest, CheckReportsADamagedFileAndFails) {
    const QString db = junkFile(QStringLiteral("broken.sqlite"), 8192);
    const Outcome run = thidua({QStringLiteral("check"), QStringLiteral("--db"), db});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(run.err.isEmpty());
}

TEST_F(CliTest, ScreenshotsRenderEveryMainScreen) {
    const QString db = file(QStringLiteral("shots.sqlite"));
    ASSERT_EQ(thidua({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString folder = file(QStringLiteral("shots"));
    const Outcome run = thidua({QStringLiteral("screenshots"), QStringLiteral("--db"), db,
                                QStringLiteral("--out"), folder});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList pngs = QDir(folder).entryList({QStringLiteral("*.png")});
    // One per navigation entry (11), then the clusters page's covenant tab and
    // the scoring page's ranking tab, the nominations page's dossier and history tabs.
    EXPECT_EQ(pngs.size(), 17) << pngs.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(pngs.contains(QStringLiteral("03-clusters-covenant.png")));
    EXPECT_TRUE(pngs.contains(QStringLiteral("06-scoring-ranking.png")));
    for (const QString& png : pngs) {
        const QImage image(QDir(folder).filePath(png));
        EXPECT_EQ(image.size(), QSize(1280, 800)) << png.toStdString();
    }
}

TEST_F(CliTest, SqliteAndQtMessagesReachTheLogFile) {
    const QString db = junkFile(QStringLiteral("not-a-database.sqlite"), 4096);
    ASSERT_EQ(
        thidua({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--verbose")})
            .exitCode,
        1);
    QFile log(file(QStringLiteral("data/thidua/logs/thidua.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly)) << log.fileName().toStdString();
    const QString text = QString::fromUtf8(log.readAll());
    // SQLite's own error log, forwarded through SQLITE_CONFIG_LOG.
    EXPECT_TRUE(text.contains(QStringLiteral("[sqlite]"))) << text.toStdString();
    // --verbose turns on debug lines from the libraries.
    EXPECT_TRUE(text.contains(QStringLiteral("[debug]"))) << text.toStdString();
}
