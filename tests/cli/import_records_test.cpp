// `thidua import registrations|evaluations|discipline|awards|initiatives` on the
// small demo: the
// documentation's example files import, and every broken file of the corpus in
// tests/data/imports/<kind>/ is refused with the Vietnamese lines its
// .expected file holds, leaving the database byte for byte as it was.

#include "cli_fixture.h"
#include "test_data.h"

#include <QDir>

using thidua::test::Outcome;

namespace {

using ImportRecordsTest = thidua::test::ImportIntoDemoTest;

QString examples() {
    return QDir(thidua::test::testDataDir()).filePath(QStringLiteral("../../docs/examples"));
}

QString readUtf8(const QString& path) {
    QFile in(path);
    EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(in.readAll());
}

} // namespace

TEST_F(ImportRecordsTest, TheDocumentationsExampleFilesImportIntoTheDemo) {
    const std::vector<std::pair<QString, QString>> files{
        {QStringLiteral("registrations"), QStringLiteral("dang-ky-thi-dua.csv")},
        {QStringLiteral("evaluations"), QStringLiteral("xep-loai.csv")},
        {QStringLiteral("discipline"), QStringLiteral("ky-luat.csv")},
        {QStringLiteral("awards"), QStringLiteral("khen-thuong.csv")},
        {QStringLiteral("initiatives"), QStringLiteral("sang-kien.csv")},
    };
    for (const auto& [kind, name] : files) {
        const QString path = QDir(examples()).filePath(name);
        const Outcome run = import(kind, path);
        EXPECT_EQ(run.exitCode, 0) << name.toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("Đã nhập"))) << run.out.toStdString();
        // Imported once: a second time, every row is already there.
        EXPECT_EQ(import(kind, path).exitCode, 3) << name.toStdString();
    }
}

TEST_F(ImportRecordsTest, EveryBrokenFileIsRefusedWithItsVietnameseMessagesAndWritesNothing) {
    int files = 0;
    for (const QString& kind :
         {QStringLiteral("registrations"), QStringLiteral("evaluations"),
          QStringLiteral("discipline"), QStringLiteral("awards"), QStringLiteral("initiatives")}) {
        const QDir folder(thidua::test::testDataDir() + QStringLiteral("/imports/") + kind);
        const QStringList broken = folder.entryList(
            {QStringLiteral("*.csv"), QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
        EXPECT_GE(broken.size(), 5) << kind.toStdString();
        for (const QString& name : broken) {
            ++files;
            const QString expected = readUtf8(
                folder.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".expected")));
            const QByteArray before = fingerprint();
            const Outcome run = import(kind, folder.filePath(name));
            EXPECT_EQ(run.exitCode, 3) << name.toStdString();
            EXPECT_EQ(run.err, expected) << name.toStdString();
            EXPECT_EQ(fingerprint(), before) << name.toStdString();
        }
    }
    EXPECT_GE(files, 15);
}

TEST_F(ImportRecordsTest, TheYearComesFromTheOptionAndOnlyForKindsThatHaveOne) {
    const QString file = writeText(QStringLiteral("khong-nam.csv"),
                                   QStringLiteral("Đơn vị,Danh hiệu\nVụ Pháp luật quốc tế,"
                                                  "TTLĐXS\n"));
    Outcome run = import(QStringLiteral("registrations"), file);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("khong-nam.csv: "))) << run.err.toStdString();
    run = import(QStringLiteral("registrations"), file,
                 {QStringLiteral("--year"), QStringLiteral("2026")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Đã nhập 1/1 dòng"))) << run.out.toStdString();

    EXPECT_EQ(import(QStringLiteral("registrations"), file,
                     {QStringLiteral("--year"), QStringLiteral("hai nghìn")})
                  .exitCode,
              2);
    run = import(QStringLiteral("discipline"), file,
                 {QStringLiteral("--year"), QStringLiteral("2026")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--year"))) << run.err.toStdString();
    EXPECT_EQ(import(QStringLiteral("honours"), file).exitCode, 2);

    const Outcome help = thidua({QStringLiteral("import"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(
        QStringLiteral("units|people|registrations|evaluations|discipline|awards")))
        << help.out.toStdString();
}
