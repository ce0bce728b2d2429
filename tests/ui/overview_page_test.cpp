#include "gui_fixture.h"
#include "overview_service.h"
#include "page_header.h"
#include "stat_card.h"
#include "vietnamese_format.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>

using namespace thidua;

namespace {

class GuiOverview : public test::GuiTest {
protected:
    static const QWidget& page(const ui::MainWindow& window) {
        return *test::child<QWidget>(window, "overviewPage");
    }

    QString card(const ui::MainWindow& window, const char* name) {
        auto found = test::child<ui::StatCard>(window, name);
        return found ? found->value() : QString();
    }

    // The page shows exactly what the service reports for year.
    void expectShows(const ui::MainWindow& window, int year) {
        auto overview = workspace->overview().overview(year);
        ASSERT_TRUE(overview);
        EXPECT_EQ(card(window, "unitsStatCard"), domain::vn::formatInteger(overview->units));
        EXPECT_EQ(card(window, "peopleStatCard"), domain::vn::formatInteger(overview->people));
        EXPECT_EQ(card(window, "individualRegistrationsStatCard"),
                  domain::vn::formatInteger(overview->individualRegistrations));
        EXPECT_EQ(card(window, "collectiveRegistrationsStatCard"),
                  domain::vn::formatInteger(overview->collectiveRegistrations));
        EXPECT_EQ(card(window, "coverageStatCard"),
                  domain::vn::formatDecimal(overview->coverage() * 100.0, 1) + QLatin1Char('%'));
        auto table = test::child<QTableView>(window, "clustersTableView");
        ASSERT_NE(table, nullptr);
        const QAbstractItemModel* model = table->model();
        ASSERT_EQ(model->rowCount(), static_cast<int>(overview->clusters.size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto& cluster = overview->clusters[static_cast<std::size_t>(row)];
            EXPECT_EQ(model->index(row, 0).data().toString(), cluster.name);
            EXPECT_EQ(model->index(row, 1).data().toString(), cluster.organiserName);
            EXPECT_EQ(model->index(row, 2).data().toString(), cluster.headName);
            EXPECT_EQ(model->index(row, 3).data().toString(),
                      domain::vn::formatInteger(cluster.memberCount));
        }
        auto header = test::child<ui::PageHeader>(page(window), "pageHeader");
        EXPECT_TRUE(header->error().isEmpty()) << header->error().toStdString();
    }
};

} // namespace

TEST_F(GuiOverview, ShowsWhatTheServicesReportForTheNewestYear) {
    auto window = makeWindow();
    auto years = workspace->overview().years();
    ASSERT_TRUE(years && !years->empty());
    expectShows(*window, years->front());
    // The coverage is written the Vietnamese way: "87,5%".
    EXPECT_TRUE(card(*window, "coverageStatCard").endsWith(QLatin1Char('%')));
    EXPECT_FALSE(card(*window, "coverageStatCard").contains(QLatin1Char('.')));
}

TEST_F(GuiOverview, FollowsTheYearSelector) {
    auto window = makeWindow();
    auto years = workspace->overview().years();
    ASSERT_TRUE(years && years->size() >= 2);
    const int newest = years->front();
    const int oldest = years->back();
    auto combo = test::child<QComboBox>(*window, "yearComboBox");
    auto table = test::child<QTableView>(*window, "clustersTableView");
    ASSERT_TRUE(combo && table);
    const auto heads = [&] {
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names << table->model()->index(row, 2).data().toString();
        return names;
    };
    const QStringList newestHeads = heads();
    combo->setCurrentIndex(combo->findText(QString::number(oldest)));
    expectShows(*window, oldest);
    // Cluster heads rotate every year in the demo data: the table really changed.
    EXPECT_NE(heads(), newestHeads);
    EXPECT_TRUE(test::child<ui::PageHeader>(page(*window), "pageHeader")
                    ->findChild<QLabel*>(QStringLiteral("pageDescriptionLabel"))
                    ->text()
                    .contains(QString::number(oldest)));

    combo->setCurrentIndex(combo->findText(QString::number(newest)));
    expectShows(*window, newest);
}
