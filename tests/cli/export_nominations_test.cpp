#include "cli_fixture.h"
#include "poppler.h"

#include <QFile>

using thidua::test::DemoCliTest;
using thidua::test::Outcome;

namespace {

class ExportNominationsTest : public DemoCliTest {
protected:
    Outcome exportNominations(const QStringList& arguments) {
        return onDemo(QStringLiteral("export"),
                      QStringList{QStringLiteral("nominations")} + arguments);
    }

    QStringList csvLines(const QString& path) const {
        QFile in(path);
        EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << path.toStdString();
        QString text = QString::fromUtf8(in.readAll());
        text.remove(QChar(0xFEFF));
        return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }
};

} // namespace

// Seed 001: in 2018 cluster II voted four units for the sector flag, two of
// them also proposed for the Government's.
TEST_F(ExportNominationsTest, ClusterTwoOf2018ProposedFourUnitsForTheFlagAndTwoForTheGovernments) {
    const QString csv = file(QStringLiteral("de-nghi-2018.csv"));
    const Outcome run = exportNominations({QStringLiteral("--year"), QStringLiteral("2018"),
                                           QStringLiteral("--cluster"), QStringLiteral("II"),
                                           QStringLiteral("--out"), csv});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(csv)) << run.out.toStdString();
    const QStringList lines = csvLines(csv);
    ASSERT_EQ(lines.size(), 10) << lines.join(u'\n').toStdString();
    EXPECT_EQ(lines[1], QStringLiteral("I. TẬP THỂ,,,,,"));
    EXPECT_EQ(lines[2], QStringLiteral("1. Cờ thi đua của Chính phủ,,,,,"));
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("1,")));
    EXPECT_TRUE(lines[4].startsWith(QStringLiteral("2,")));
    EXPECT_EQ(lines[5], QStringLiteral("\"2. Cờ thi đua của Bộ, ban, ngành, tỉnh\",,,,,"));
    for (int row = 6; row < 10; ++row)
        EXPECT_TRUE(lines[row].contains(QStringLiteral("Dẫn đầu Cụm thi đua số II năm 2018")))
            << lines[row].toStdString();
}

TEST_F(ExportNominationsTest, TheYearsListIsAPdfWithTheIndividualsGroupedByAward) {
    const QString pdf = file(QStringLiteral("de-nghi-2025.pdf"));
    const Outcome run = exportNominations({QStringLiteral("--year"), QStringLiteral("2025"),
                                           QStringLiteral("--order"), QStringLiteral("name"),
                                           QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto text = thidua::documents::testing::pdfText(pdf);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    const QString printed = text.output.simplified();
    for (const QString& expected :
         {QStringLiteral("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"),
          QStringLiteral("(Kèm theo Tờ trình số"), QStringLiteral("I. CÁ NHÂN"),
          QStringLiteral("1. Chiến sĩ thi đua Bộ, ban, ngành, tỉnh"),
          QStringLiteral("2. Bằng khen của Bộ, ban, ngành, tỉnh"),
          QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ")})
        EXPECT_TRUE(printed.contains(expected)) << expected.toStdString();
}

TEST_F(ExportNominationsTest, AWrongOrderOrAnOrderForAnotherListIsExplained) {
    const QString out = file(QStringLiteral("x.csv"));
    Outcome run = exportNominations({QStringLiteral("--year"), QStringLiteral("2025"),
                                     QStringLiteral("--order"), QStringLiteral("age"),
                                     QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"age\""))) << run.err.toStdString();
    run = onDemo(QStringLiteral("export"),
                 {QStringLiteral("registrations"), QStringLiteral("--year"), QStringLiteral("2025"),
                  QStringLiteral("--order"), QStringLiteral("name"), QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--order"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ExportNominationsTest, TheSubmissionOfAClusterCountsWhatItsListCarries) {
    const QString pdf = file(QStringLiteral("to-trinh.pdf"));
    const Outcome run = exportNominations({QStringLiteral("--year"), QStringLiteral("2018"),
                                           QStringLiteral("--cluster"), QStringLiteral("II"),
                                           QStringLiteral("--date"), QStringLiteral("20/12/2025"),
                                           QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const Outcome submission =
        onDemo(QStringLiteral("export"),
               {QStringLiteral("submission"), QStringLiteral("--year"), QStringLiteral("2018"),
                QStringLiteral("--cluster"), QStringLiteral("II"), QStringLiteral("--date"),
                QStringLiteral("20/12/2025"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(submission.exitCode, 0) << submission.err.toStdString();
    const auto text = thidua::documents::testing::pdfText(pdf);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    const QString printed = text.output.simplified();
    for (const QString& expected :
         {QStringLiteral("TỜ TRÌNH"), QStringLiteral("Về việc đề nghị khen thưởng năm 2018"),
          QStringLiteral("Nghị định số 152/2025/NĐ-CP"),
          QStringLiteral("- Cờ thi đua của Chính phủ: 02 tập thể;"),
          QStringLiteral("- Cờ thi đua của Bộ, ban, ngành, tỉnh: 04 tập thể;"),
          QStringLiteral("Nơi nhận")})
        EXPECT_TRUE(printed.contains(expected)) << expected.toStdString();
}

TEST_F(ExportNominationsTest, TheSubmissionCarriesItsNumberAndRecipientsAndTheListItsNumber) {
    const QStringList cluster{QStringLiteral("--year"),    QStringLiteral("2018"),
                              QStringLiteral("--cluster"), QStringLiteral("II"),
                              QStringLiteral("--number"),  QStringLiteral("15/TTr-CTĐ")};
    const QString pdf = file(QStringLiteral("to-trinh.pdf"));
    Outcome run = onDemo(QStringLiteral("export"),
                         QStringList{QStringLiteral("submission")} + cluster +
                             QStringList{QStringLiteral("--to"), QStringLiteral("Bộ Tư pháp"),
                                         QStringLiteral("--to"),
                                         QStringLiteral("Hội đồng Thi đua - Khen thưởng Bộ\n"
                                                        "Vụ Thi đua - Khen thưởng"),
                                         QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    auto text = thidua::documents::testing::pdfText(pdf);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    QString printed = text.output.simplified();
    for (const QString& expected :
         {QStringLiteral("Số: 15/TTr-CTĐ"),
          QStringLiteral("Kính gửi: - Bộ Tư pháp; - Hội đồng Thi đua - Khen thưởng Bộ; - Vụ Thi "
                         "đua - Khen thưởng."),
          QStringLiteral("Kính trình Bộ Tư pháp, Hội đồng Thi đua - Khen thưởng Bộ, Vụ Thi đua - "
                         "Khen thưởng xem xét, quyết định./.")})
        EXPECT_TRUE(printed.contains(expected)) << expected.toStdString() << '\n'
                                                << printed.toStdString();

    const QString list = file(QStringLiteral("de-nghi.pdf"));
    run = exportNominations(cluster + QStringList{QStringLiteral("--out"), list});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    text = thidua::documents::testing::pdfText(list);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    printed = text.output.simplified();
    EXPECT_TRUE(printed.contains(QStringLiteral("(Kèm theo Tờ trình số 15/TTr-CTĐ ngày")))
        << printed.toStdString();
}

TEST_F(ExportNominationsTest, RecipientsOrANumberForAnotherDocumentAreExplained) {
    const QString out = file(QStringLiteral("x.pdf"));
    Outcome run =
        exportNominations({QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--to"),
                           QStringLiteral("Bộ Tư pháp"), QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--to"))) << run.err.toStdString();
    run = onDemo(QStringLiteral("export"),
                 {QStringLiteral("registrations"), QStringLiteral("--year"), QStringLiteral("2025"),
                  QStringLiteral("--number"), QStringLiteral("15/TTr-STP"), QStringLiteral("--out"),
                  out});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--number"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ExportNominationsTest, HelpNamesEveryFormatAndTheSubmissionsOptions) {
    const Outcome run = thidua({QStringLiteral("export"), QStringLiteral("--help")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // In capitals only in the description, whatever its language.
    EXPECT_TRUE(run.out.contains(QStringLiteral("PDF, DOCX, XLSX"))) << run.out.toStdString();
    for (const char* option : {"--to", "--number"})
        EXPECT_TRUE(run.out.contains(QLatin1String(option))) << option;
}
