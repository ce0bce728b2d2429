#include "cli_fixture.h"
#include "poppler.h"

#include <QFile>
#include <QRegularExpression>

using thidua::test::CliTest;
using thidua::test::Outcome;

namespace {

const QString kCsvHeader =
    QStringLiteral("STT,Họ và tên / Tên tập thể,Chức vụ,Đơn vị,Danh hiệu đăng ký,Ghi chú");

class ExportCommandTest : public CliTest {
protected:
    void SetUp() override {
        db = file(QStringLiteral("thidua.sqlite"));
        ASSERT_EQ(thidua({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    }

    Outcome exportList(const QStringList& arguments) {
        return thidua(QStringList{QStringLiteral("export"), QStringLiteral("registrations"),
                                  QStringLiteral("--db"), db} +
                      arguments);
    }

    QByteArray bytes(const QString& path) const {
        QFile in(path);
        EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << path.toStdString();
        return in.readAll();
    }

    QString db;
};

} // namespace

TEST_F(ExportCommandTest, WritesAUnitsListAsPdfXlsxAndCsv) {
    const QStringList unit{QStringLiteral("--year"), QStringLiteral("2025"),
                           QStringLiteral("--unit"), QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"),
                           QStringLiteral("--date"), QStringLiteral("05/02/2026")};

    const QString pdf = file(QStringLiteral("danh-sach.pdf"));
    Outcome run = exportList(unit + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                                QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(pdf)) << run.out.toStdString();
    const auto text = thidua::documents::testing::pdfText(pdf);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    const QString printed = text.output.normalized(QString::NormalizationForm_C);
    for (const QString& expected :
         {QStringLiteral("DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2025"),
          QStringLiteral("SỞ TƯ PHÁP TỈNH VĨNH PHÚC"),
          QStringLiteral("Vĩnh Phúc, ngày 05 tháng 02 năm 2026"), QStringLiteral("I. TẬP THỂ"),
          QStringLiteral("Văn phòng Sở"), QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ")})
        EXPECT_TRUE(printed.contains(expected)) << expected.toStdString();

    // The format follows the file's suffix when --format is left out.
    const QString xlsx = file(QStringLiteral("danh-sach.xlsx"));
    run = exportList(unit + QStringList{QStringLiteral("--out"), xlsx});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(bytes(xlsx).startsWith("PK")); // a zip package

    const QString csv = file(QStringLiteral("danh-sach.csv"));
    run = exportList(unit + QStringList{QStringLiteral("--format"), QStringLiteral("CSV"),
                                        QStringLiteral("--out"), csv});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray content = bytes(csv);
    EXPECT_TRUE(content.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(content.mid(3)).split(QStringLiteral("\r\n"));
    ASSERT_GT(lines.size(), 3);
    EXPECT_EQ(lines[0], kCsvHeader);
    EXPECT_EQ(lines[1], QStringLiteral("I. TẬP THỂ,,,,,"));
    // The message counts the numbered rows.
    int numbered = 0;
    for (const QString& line : lines)
        if (line.section(u',', 0, 0).toInt() > 0)
            ++numbered;
    EXPECT_GT(numbered, 0);
    EXPECT_TRUE(run.out.contains(QRegularExpression(QStringLiteral("(^|\\D)%1\\D").arg(numbered))))
        << numbered << " not in: " << run.out.toStdString();
}

TEST_F(ExportCommandTest, RefusesWhatItCannotDoWithAClearMessage) {
    const QString out = file(QStringLiteral("ds.pdf"));
    const QStringList year{QStringLiteral("--year"), QStringLiteral("2025")};
    const QStringList to{QStringLiteral("--out"), out};
    struct Case {
        QStringList arguments;
        int exitCode;
        QString says;
    };
    const std::vector<Case> cases{
        {year + to + QStringList{QStringLiteral("--format"), QStringLiteral("odt")}, 2,
         QStringLiteral("odt")},
        {year + QStringList{QStringLiteral("--out"), file(QStringLiteral("ds"))}, 2,
         QStringLiteral(".xlsx")},
        {QStringList{QStringLiteral("--year"), QStringLiteral("2030")} + to, 2,
         QStringLiteral("2025")},
        {QStringList{QStringLiteral("--year"), QStringLiteral("năm nay")} + to, 2,
         QStringLiteral("năm nay")},
        {year + to + QStringList{QStringLiteral("--unit"), QStringLiteral("Phòng Không Có")}, 2,
         QStringLiteral("Phòng Không Có")},
        {year + to + QStringList{QStringLiteral("--date"), QStringLiteral("31/02/2026")}, 2,
         QStringLiteral("31/02/2026")},
        {year, 2, QStringLiteral("--out")},
        {to, 2, QStringLiteral("--year")},
        {year + QStringList{QStringLiteral("--out"), file(QStringLiteral("none/ds.pdf"))}, 1,
         QStringLiteral("ds.pdf")},
    };
    for (const Case& wrong : cases) {
        const Outcome run = exportList(wrong.arguments);
        EXPECT_EQ(run.exitCode, wrong.exitCode) << wrong.arguments.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(wrong.says))
            << wrong.says.toStdString() << " not in: " << run.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));

    const Outcome people =
        thidua({QStringLiteral("export"), QStringLiteral("people"), QStringLiteral("--db"), db,
                QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), out});
    EXPECT_EQ(people.exitCode, 2);
    EXPECT_TRUE(people.err.contains(QStringLiteral("people"))) << people.err.toStdString();

    const Outcome missing =
        thidua({QStringLiteral("export"), QStringLiteral("registrations"), QStringLiteral("--db"),
                file(QStringLiteral("none.sqlite")), QStringLiteral("--year"),
                QStringLiteral("2025"), QStringLiteral("--out"), out});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ExportCommandTest, WritesAUnitsListAsDocx) {
    const QString docx = file(QStringLiteral("danh-sach.docx"));
    const Outcome run =
        exportList({QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--unit"),
                    QStringLiteral("Văn phòng Sở"), QStringLiteral("--format"),
                    QStringLiteral("docx"), QStringLiteral("--out"), docx});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(docx)) << run.out.toStdString();
    const QByteArray package = bytes(docx);
    EXPECT_TRUE(package.startsWith("PK"));
    EXPECT_TRUE(package.contains("word/document.xml")); // entry names are stored as they are
}
