#include "file_dialog.h"
#include "gui_fixture.h"
#include "unit_picker.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>

using namespace thidua;

namespace {

// Read-only: printing and exporting never change the shared demo database.
class GuiRegistrationList : public test::GuiTest {
protected:
    void SetUp() override {
        GuiTest::SetUp();
        window = makeWindow();
        window->showArea(ui::Area::Registrations);
        auto picker = test::child<ui::UnitPicker>(*window, "unitPicker");
        ASSERT_NE(picker, nullptr);
        const int unit = picker->findText(QStringLiteral("Văn phòng Sở"), Qt::MatchContains);
        ASSERT_GE(unit, 0);
        picker->setCurrentIndex(unit);
        Q_EMIT picker->unitChosen(picker->unitId());
    }

    QPushButton* button(const char* name) { return test::child<QPushButton>(*window, name); }

    QByteArray fileBytes(const QString& path) {
        QFile in(path);
        EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << path.toStdString();
        return in.readAll();
    }
    // Without the byte order mark, which QString::fromUtf8 drops.
    QString fileText(const QString& path) { return QString::fromUtf8(fileBytes(path)); }

    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_F(GuiRegistrationList, ExportWritesTheChosenUnitsListInTheFormatOfTheSuffix) {
    ASSERT_TRUE(button("printListButton") && button("exportListButton"));
    EXPECT_TRUE(button("printListButton")->isEnabled());
    EXPECT_TRUE(button("exportListButton")->isEnabled());

    const QString csv = scratch.filePath(QStringLiteral("danh-sach.csv"));
    ui::FileDialog::setNextFileName(csv);
    button("exportListButton")->click();
    EXPECT_TRUE(fileBytes(csv).startsWith("\xEF\xBB\xBF"));
    const QStringList lines = fileText(csv).split(QStringLiteral("\r\n"));
    ASSERT_GT(lines.size(), 4);
    EXPECT_EQ(
        lines[0],
        QStringLiteral("STT,Họ và tên / Tên tập thể,Chức vụ,Đơn vị,Danh hiệu đăng ký,Ghi chú"));
    // Only the chosen unit: the office itself, or one of its people.
    for (const QString& line : lines.mid(1)) {
        if (line.section(u',', 0, 0).toInt() > 0) {
            EXPECT_TRUE(line.contains(QStringLiteral("Văn phòng Sở"))) << line.toStdString();
        }
    }
    EXPECT_TRUE(test::child<QLabel>(*window, "listOutputLabel")->text().contains(csv));

    // No suffix: a PDF.
    const QString bare = scratch.filePath(QStringLiteral("danh-sach"));
    ui::FileDialog::setNextFileName(bare);
    button("exportListButton")->click();
    EXPECT_TRUE(fileBytes(bare + QStringLiteral(".pdf")).startsWith("%PDF"));
}

TEST_F(GuiRegistrationList, AllUnitsListsMoreThanTheChosenUnit) {
    const QString unit = scratch.filePath(QStringLiteral("unit.csv"));
    ui::FileDialog::setNextFileName(unit);
    button("exportListButton")->click();
    const QString all = scratch.filePath(QStringLiteral("all.csv"));
    test::child<QCheckBox>(*window, "allUnitsCheckBox")->setChecked(true);
    ui::FileDialog::setNextFileName(all);
    button("exportListButton")->click();
    EXPECT_GT(fileText(all).count(QStringLiteral("\r\n")),
              2 * fileText(unit).count(QStringLiteral("\r\n")));
}

TEST_F(GuiRegistrationList, ADocxNameWritesAWordFile) {
    const QString docx = scratch.filePath(QStringLiteral("danh-sach.docx"));
    ui::FileDialog::setNextFileName(docx);
    button("exportListButton")->click();
    EXPECT_TRUE(fileBytes(docx).startsWith("PK")); // a zip package
    EXPECT_TRUE(test::child<QLabel>(*window, "listOutputLabel")->text().contains(docx));
}

TEST_F(GuiRegistrationList, AFileOfAnotherKindIsRefusedNamingTheKindsItCanWrite) {
    const QString odt = scratch.filePath(QStringLiteral("danh-sach.odt"));
    ui::FileDialog::setNextFileName(odt);
    button("exportListButton")->click();
    EXPECT_FALSE(QFile::exists(odt));
    auto page = test::child<QWidget>(*window, "registrationsPage");
    ASSERT_NE(page, nullptr);
    const QString error = test::child<QLabel>(*page, "pageErrorLabel")->text();
    EXPECT_TRUE(error.contains(QStringLiteral(".xlsx"))) << error.toStdString();
}

TEST_F(GuiRegistrationList, PrintOpensThePreviewOfTheLaidOutPages) {
    button("printListButton")->click();
    auto preview = window->findChild<QPrintPreviewDialog*>(QStringLiteral("documentPreview"));
    ASSERT_NE(preview, nullptr);
    EXPECT_TRUE(preview->isVisible());
    auto pages = preview->findChild<QPrintPreviewWidget*>();
    ASSERT_NE(pages, nullptr);
    EXPECT_GE(pages->pageCount(), 1);
    EXPECT_EQ(preview->printer()->pageLayout().orientation(), QPageLayout::Landscape);
    const QString shot = qEnvironmentVariable("THIDUA_PREVIEW_PNG");
    if (!shot.isEmpty()) // for looking at it: THIDUA_PREVIEW_PNG=/tmp/preview.png
        preview->grab().save(shot);
    preview->close();
}
