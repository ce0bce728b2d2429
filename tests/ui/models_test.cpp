#include "catalogue_service.h"
#include "cluster_table_model.h"
#include "gui_fixture.h"
#include "overview_service.h"
#include "people_model.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QStringList>
#include <QTest>

using namespace thidua;

namespace {

// Collects what QAbstractItemModelTester reports (category "qt.modeltest"), so
// a broken model fails the test with the tester's own words.
class ModelTesterReports {
public:
    ModelTesterReports() { previous_ = qInstallMessageHandler(&ModelTesterReports::handle); }
    ~ModelTesterReports() { qInstallMessageHandler(previous_); }

    static QStringList& reports() {
        static QStringList collected;
        return collected;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& text) {
        if (type >= QtWarningMsg && context.category &&
            QLatin1String(context.category).startsWith(QLatin1String("qt.modeltest")))
            reports() << text;
    }

    QtMessageHandler previous_;
};

class GuiModels : public test::GuiTest {
protected:
    void SetUp() override {
        GuiTest::SetUp();
        ModelTesterReports::reports().clear();
    }
    void TearDown() override {
        GuiTest::TearDown();
        EXPECT_TRUE(ModelTesterReports::reports().isEmpty())
            << ModelTesterReports::reports().join(QLatin1Char('\n')).toStdString();
    }

    ModelTesterReports capture;
};

} // namespace

TEST_F(GuiModels, ClusterTableModelPassesTheModelTester) {
    ui::ClusterTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    auto years = workspace->overview().years();
    ASSERT_TRUE(years && years->size() >= 2);
    model.setClusters(workspace->overview().overview(years->front())->clusters);
    EXPECT_GT(model.rowCount(), 0);
    model.setClusters(workspace->overview().overview(years->back())->clusters);
    model.retranslate();
    model.setClusters({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(GuiModels, PeopleModelPassesTheModelTester) {
    ui::PeopleModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    // The tester fetches pages itself; the paging is checked in people_page_test.
    model.setWorkspace(workspace.get());
    ASSERT_TRUE(test::waitUntilLoaded(model));
    EXPECT_GT(model.rowCount(), 0);
    model.fetchMore({});
    model.setSearch(QStringLiteral("tran"));
    ASSERT_TRUE(test::waitUntilLoaded(model));
    EXPECT_GT(model.rowCount(), 0);
    model.retranslate();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            model.fetchMore({});
            return model.rowCount() == model.totalCount();
        },
        5000));
    model.setSearch(QStringLiteral("no such name at all"));
    ASSERT_TRUE(test::waitUntilLoaded(model));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
    model.setWorkspace(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(GuiModelsChanges, PeopleModelResetsOnChangeEventsUnderTheTester) {
    ModelTesterReports capture;
    ModelTesterReports::reports().clear();
    test::FakeClock clock;
    QTemporaryDir folder;
    auto workspace = test::openWorkspace(folder.filePath(QStringLiteral("small.sqlite")), clock);
    ui::PeopleModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setWorkspace(workspace.get());
    ASSERT_TRUE(test::waitUntilLoaded(model));
    EXPECT_EQ(model.rowCount(), 0);

    domain::Unit unit;
    unit.name = QStringLiteral("Văn phòng Bộ");
    auto created = workspace->catalogue().createUnit(unit);
    ASSERT_TRUE(created);
    domain::Person person;
    person.name = domain::splitFullName(u"Lê Văn Đức");
    person.unitId = created->id;
    ASSERT_TRUE(workspace->catalogue().createPerson(person));
    ASSERT_TRUE(test::waitUntilLoaded(model));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.totalCount(), 1);
    EXPECT_TRUE(ModelTesterReports::reports().isEmpty())
        << ModelTesterReports::reports().join(QLatin1Char('\n')).toStdString();
}
