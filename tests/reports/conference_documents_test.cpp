#include "conference_fixture.h"
#include "conference_pack.h"
#include "golden.h"
#include "rendered_text.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// The three conference papers of cluster II's 2018 conference laid out as
// their golden files say (tests/data/documents; THIDUA_UPDATE_GOLDEN=1
// rewrites them), and read back from the PDF as a user's programs read it.
namespace thidua::test {
namespace {

using documents::testing::expectMatchesGolden;

TEST(ConferenceGoldens, HonoreeList) {
    expectMatchesGolden(reports::honoreeList(clusterTwoConference()),
                        QStringLiteral("conference_honoree_list"));
}

TEST(ConferenceGoldens, PresentationOrder) {
    expectMatchesGolden(reports::presentationOrder(clusterTwoConference()),
                        QStringLiteral("conference_presentation_order"));
}

TEST(ConferenceGoldens, Minutes) {
    expectMatchesGolden(reports::conferenceMinutes(clusterTwoConference()),
                        QStringLiteral("conference_minutes"));
}

class ConferencePdf : public ::testing::Test {
protected:
    QString pdfText(const documents::Document& document, const QString& name) {
        return renderedPdfText(document, QDir(dir.path()).filePath(name));
    }

    void expectLines(const QString& text, std::initializer_list<const char*> expected) {
        for (const char* line : expected)
            EXPECT_TRUE(text.contains(QString::fromUtf8(line))) << line;
    }

    QTemporaryDir dir;
};

TEST_F(ConferencePdf, TheHonoreeListReadsBackWithItsDiacritics) {
    expectLines(pdfText(reports::honoreeList(clusterTwoConference()), QStringLiteral("ds.pdf")),
                {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỤM THI ĐUA SỐ II",
                 "DANH SÁCH CÁC TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
                 "Tại Hội nghị tổng kết công tác thi đua, khen thưởng năm 2018",
                 "II. Cờ thi đua của Bộ Tư pháp (4 tập thể)", "Đặng Văn Đức", "H'Hen Êban",
                 "3120/QĐ-BTP ngày 10/12/2018", "TRƯỞNG CỤM"});
}

TEST_F(ConferencePdf, TheScriptReadsBackWithItsBatchesAndPresenters) {
    expectLines(
        pdfText(reports::presentationOrder(clusterTwoConference()), QStringLiteral("kb.pdf")),
        {"KỊCH BẢN TRAO THƯỞNG", "Lượt 1: Bằng khen của Thủ tướng Chính phủ (1 cá nhân)",
         "Lượt 5: Chiến sĩ thi đua cơ sở (10 cá nhân)",
         "Lượt 7: Chiến sĩ thi đua cơ sở (5 cá nhân)",
         "Người trao: Trịnh Quốc Bảo, Thứ trưởng Bộ Tư pháp.", "Đại diện Báo Pháp luật Việt Nam",
         "từ trái sang phải"});
}

TEST_F(ConferencePdf, TheMinutesReadBackWithTheirSignatures) {
    expectLines(
        pdfText(reports::conferenceMinutes(clusterTwoConference()), QStringLiteral("bb.pdf")),
        {"BIÊN BẢN", "ngày 14 tháng 12 năm 2018", "Hội trường Học viện Tư pháp",
         "Chủ trì: Nguyễn Hữu Thành, Giám đốc Học viện Tư pháp",
         "có mặt 9 trên tổng số 10 đơn vị được mời", "- Cờ thi đua của Bộ Tư pháp: 4 tập thể;",
         "Đơn vị Phó Trưởng Cụm năm tiếp theo: Trường Đại học Luật Hà Nội.",
         "Hội nghị kết thúc hồi …… giờ", "THƯ KÝ", "CHỦ TRÌ", "Trần Thu Trang"});
}

TEST_F(ConferencePdf, AnEmptyPackStillPrintsThreeFormsToFillIn) {
    const reports::ConferencePack empty;
    expectLines(pdfText(reports::honoreeList(empty), QStringLiteral("ds0.pdf")),
                {"Tại Hội nghị ……", "Không có tập thể, cá nhân nào được khen thưởng"});
    expectLines(pdfText(reports::presentationOrder(empty), QStringLiteral("kb0.pdf")),
                {"KỊCH BẢN TRAO THƯỞNG", "Hội nghị không có phần trao khen thưởng."});
    expectLines(pdfText(reports::conferenceMinutes(empty), QStringLiteral("bb0.pdf")),
                {"ngày …… tháng …… năm ……", "Đồng chí …………………… kết luận Hội nghị:", "THƯ KÝ"});
}

} // namespace
} // namespace thidua::test
