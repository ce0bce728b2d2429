#include "gui_entry.h"
#include "gui_fixture.h"
#include "work_areas.h"

#include <QFileInfo>
#include <QImage>

using namespace thidua;

namespace {

class GuiScreenshots : public test::GuiTest {};

} // namespace

TEST_F(GuiScreenshots, WritesOnePngPerNavigationEntry) {
    const QString folder = scratch.filePath(QStringLiteral("shots"));
    auto files = ui::renderScreenshots(*workspace, folder);
    ASSERT_TRUE(files) << files.error().message.toStdString();
    const auto areas = ui::workAreas();
    ASSERT_EQ(files->size(), static_cast<qsizetype>(ui::screenshotCount()));
    ASSERT_GT(ui::screenshotCount(), areas.size());
    for (std::size_t i = 0; i < areas.size(); ++i)
        EXPECT_EQ(QFileInfo((*files)[static_cast<qsizetype>(i)]).fileName(),
                  QStringLiteral("%1-%2.png")
                      .arg(i + 1, 2, 10, QLatin1Char('0'))
                      .arg(QLatin1String(areas[i].key)));
    EXPECT_EQ(QFileInfo((*files)[static_cast<qsizetype>(areas.size())]).fileName(),
              QStringLiteral("03-clusters-covenant.png"));
    EXPECT_EQ(QFileInfo(files->last()).fileName(), QStringLiteral("10-reports-conference.png"));
    for (const QString& file : *files) {
        const QImage image(file);
        EXPECT_EQ(image.size(), QSize(1280, 800)) << file.toStdString();
    }
}

TEST_F(GuiScreenshots, ReportsAFolderItCannotCreate) {
    const QString blocked = scratch.filePath(QStringLiteral("file"));
    QFile(blocked).open(QIODevice::WriteOnly);
    auto files = ui::renderScreenshots(*workspace, blocked + QStringLiteral("/shots"));
    ASSERT_FALSE(files);
    EXPECT_EQ(files.error().code, ErrorCode::Io);
}
