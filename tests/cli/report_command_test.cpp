#include "cli_fixture.h"
#include "poppler.h"

#include <QFile>

using thidua::test::DemoCliTest;
using thidua::test::Outcome;

namespace {

// `thidua report` on the demo, whose cluster II of 2018 voted the seeds' flags.
class ReportCommandTest : public DemoCliTest {
protected:
    Outcome report(const QString& kind, const QStringList& arguments) {
        return onDemo(QStringLiteral("report"), QStringList{kind} + arguments);
    }
};

} // namespace

TEST_F(ReportCommandTest, WritesTheYearEndReportOfAClusterAsPdfDocxAndHtml) {
    const QStringList clusterTwo{QStringLiteral("--cluster"), QStringLiteral("II"),
                                 QStringLiteral("--year"),    QStringLiteral("2018"),
                                 QStringLiteral("--date"),    QStringLiteral("20/12/2018")};
    const QString pdf = file(QStringLiteral("tong-ket.pdf"));
    Outcome run =
        report(QStringLiteral("tong-ket"), clusterTwo + QStringList{QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto text = thidua::documents::testing::pdfText(pdf);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    const QString flat = text.output.simplified();
    EXPECT_TRUE(flat.contains(QStringLiteral("ngày 20 tháng 12 năm 2018")));
    EXPECT_TRUE(flat.contains(QStringLiteral("đã bỏ phiếu suy tôn 4 đơn vị đề nghị tặng Cờ thi "
                                             "đua của Bộ Tư pháp")))
        << flat.toStdString();

    const QString docx = file(QStringLiteral("tong-ket.docx"));
    run =
        report(QStringLiteral("tong-ket"), clusterTwo + QStringList{QStringLiteral("--out"), docx});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile word(docx);
    ASSERT_TRUE(word.open(QIODevice::ReadOnly));
    EXPECT_EQ(word.read(2), "PK");

    const QString html = file(QStringLiteral("tong-ket.html"));
    run =
        report(QStringLiteral("tong-ket"), clusterTwo + QStringList{QStringLiteral("--out"), html});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile page(html);
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    const QString markup = QString::fromUtf8(page.readAll());
    EXPECT_TRUE(markup.contains(QStringLiteral("II. KẾT QUẢ THỰC HIỆN")));
    EXPECT_TRUE(markup.contains(QStringLiteral("data:image/png;base64,"))); // the ranking chart
}

TEST_F(ReportCommandTest, WritesThePacksPapersAndTheOtherReports) {
    const QStringList clusterTwo{QStringLiteral("--cluster"), QStringLiteral("II"),
                                 QStringLiteral("--year"), QStringLiteral("2018")};
    const QString order = file(QStringLiteral("kich-ban.pdf"));
    Outcome run = report(QStringLiteral("tong-ket"),
                         clusterTwo + QStringList{QStringLiteral("--part"), QStringLiteral("order"),
                                                  QStringLiteral("--out"), order});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(thidua::documents::testing::pdfText(order).output.contains(
        QStringLiteral("KỊCH BẢN TRAO THƯỞNG")));

    const QString midYear = file(QStringLiteral("so-ket.pdf"));
    run = report(QStringLiteral("so-ket"),
                 clusterTwo + QStringList{QStringLiteral("--out"), midYear});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    const QString fiveYears = file(QStringLiteral("dien-hinh.pdf"));
    run = report(QStringLiteral("dien-hinh"),
                 {QStringLiteral("--organiser"), QStringLiteral("Bộ Tư pháp"),
                  QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--out"),
                  fiveYears});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(thidua::documents::testing::pdfText(fiveYears).output.simplified().contains(
        QStringLiteral("ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC BIỂU DƯƠNG")));
}

TEST_F(ReportCommandTest, RefusesWhatItCannotDoWithAClearMessage) {
    const QString out = file(QStringLiteral("bc.pdf"));
    const QStringList to{QStringLiteral("--out"), out};
    const QStringList year{QStringLiteral("--year"), QStringLiteral("2018")};
    const QStringList cluster{QStringLiteral("--cluster"), QStringLiteral("II")};
    struct Case {
        QString kind;
        QStringList arguments;
        int exitCode;
        QString says;
    };
    const std::vector<Case> cases{
        {QStringLiteral("tong-hop"), cluster + year + to, 2, QStringLiteral("tong-hop")},
        {QStringLiteral("tong-ket"), year + to, 2, QStringLiteral("--organiser")},
        {QStringLiteral("tong-ket"),
         cluster + year + to +
             QStringList{QStringLiteral("--unit"), QStringLiteral("Văn phòng Bộ")},
         2, QStringLiteral("--organiser")},
        {QStringLiteral("tong-ket"),
         cluster + year + QStringList{QStringLiteral("--out"), file(QStringLiteral("bc.xlsx"))}, 2,
         QStringLiteral("html")},
        {QStringLiteral("tong-ket"),
         cluster + year + to + QStringList{QStringLiteral("--part"), QStringLiteral("ballots")}, 2,
         QStringLiteral("ballots")},
        {QStringLiteral("tong-ket"),
         QStringList{QStringLiteral("--cluster"), QStringLiteral("IX")} + year + to, 2,
         QStringLiteral("IX")},
        {QStringLiteral("tong-ket"),
         QStringList{QStringLiteral("--organiser"), QStringLiteral("Bộ Không Có")} + year + to, 2,
         QStringLiteral("Bộ Không Có")},
        {QStringLiteral("tong-ket"),
         cluster + year + QStringList{QStringLiteral("--out"), file(QStringLiteral("none/bc.pdf"))},
         1, QStringLiteral("bc.pdf")},
    };
    for (const Case& wrong : cases) {
        const Outcome run = report(wrong.kind, wrong.arguments);
        EXPECT_EQ(run.exitCode, wrong.exitCode) << wrong.arguments.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(wrong.says))
            << wrong.says.toStdString() << " not in: " << run.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));
}
