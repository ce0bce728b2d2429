#include "cluster_service.h"
#include "conference_report.h"
#include "demo_service.h"
#include "docx_renderer.h"
#include "fake_clock.h"
#include "poppler.h"
#include "temp_database.h"
#include "workspace.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

// The year-end report drafted from the demo, saved as DOCX for the head unit
// to edit in Word or LibreOffice, and printed by LibreOffice: its sections,
// the seeds' cluster II and the ranking chart read back.
namespace thidua::test {
namespace {

TEST(LibreOfficeConferenceReport, WriterOpensTheYearEndReportWithItsChart) {
    TempDatabase temp;
    FakeClock clock;
    auto workspace = services::Workspace::open(temp.path(), clock, u"thu.ky"_s);
    ASSERT_TRUE(workspace) << workspace.error().message.toStdString();
    ASSERT_TRUE((*workspace)->demo().generate({services::DemoScale::Small, 1}));
    auto cluster = (*workspace)->clusters().find(2020, u"II"_s);
    ASSERT_TRUE(cluster) << cluster.error().message.toStdString();
    auto facts = reports::readConferenceFacts(**workspace, {domain::ReportKind::YearEnd,
                                                            domain::ReportScopeKind::Cluster,
                                                            cluster->cluster.id,
                                                            2020,
                                                            {QDate(2020, 12, 18), u"Hà Nội"_s}});
    ASSERT_TRUE(facts) << facts.error().message.toStdString();
    const QString docx = temp.dir() + u"/tong-ket.docx"_s;
    ASSERT_TRUE(documents::writeDocx(reports::conferenceReport(*facts), docx));

    const QTemporaryDir profile;
    const auto run = documents::testing::runTool(
        u"soffice"_s,
        {u"-env:UserInstallation="_s + QUrl::fromLocalFile(profile.path()).toString(),
         u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, temp.dir(), docx},
        240000);
    ASSERT_TRUE(run.ok) << run.output.toStdString();
    const QString pdf = temp.dir() + u"/tong-ket.pdf"_s;
    ASSERT_TRUE(QFileInfo::exists(pdf)) << run.output.toStdString();
    const QString text = documents::testing::pdfText(pdf)
                             .output.normalized(QString::NormalizationForm_C)
                             .simplified();
    for (const QString& expected :
         {u"Hà Nội, ngày 18 tháng 12 năm 2020"_s, u"CỤM THI ĐUA SỐ II"_s,
          u"II. KẾT QUẢ THỰC HIỆN"_s, u"4. Kết quả chấm điểm, xếp hạng thi đua"_s,
          u"Biểu đồ: Tổng điểm thi đua của các đơn vị Cụm thi đua số II năm 2020"_s,
          u"VI. KIẾN NGHỊ, ĐỀ XUẤT"_s, u"TM. CỤM THI ĐUA SỐ II"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    const auto images = documents::testing::runTool(u"pdfimages"_s, {u"-list"_s, pdf});
    ASSERT_TRUE(images.ok) << images.output.toStdString();
    // A header of two lines, then a line per picture: the two charts.
    EXPECT_EQ(images.output.split(u'\n', Qt::SkipEmptyParts).size(), 4)
        << images.output.toStdString();
}

} // namespace
} // namespace thidua::test
