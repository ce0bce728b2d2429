#include "catalogue_service.h"
#include "gui_fixture.h"
#include "listing_service.h"
#include "people_model.h"
#include "people_page.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace thidua;

namespace {

class GuiPeople : public test::GuiTest {
protected:
    void SetUp() override {
        GuiTest::SetUp();
        window = makeWindow();
        window->show();
        window->showArea(ui::Area::UnitsPeople);
        search = test::child<QLineEdit>(*window, "searchLineEdit");
        table = test::child<QTableView>(*window, "peopleTableView");
        count = test::child<QLabel>(*window, "peopleCountLabel");
        ASSERT_TRUE(search && table && count);
        model = qobject_cast<ui::PeopleModel*>(table->model());
        ASSERT_NE(model, nullptr);
        ASSERT_TRUE(test::waitUntilLoaded(*model));
    }

    // Types text as a user would and waits for the debounced search to run.
    void type(const QString& text) {
        search->setFocus();
        QTest::keyClicks(search, text);
        EXPECT_TRUE(QTest::qWaitFor([&] { return model->search() == search->text().trimmed(); },
                                    ui::PeoplePage::SearchDelayMs * 10));
        test::waitUntilLoaded(*model);
    }

    QString countText(const QString& searchText) {
        return QStringLiteral("%1 people")
            .arg(domain::vn::formatInteger(*workspace->listing().countPeople({searchText})));
    }

    std::unique_ptr<ui::MainWindow> window;
    QLineEdit* search = nullptr;
    QTableView* table = nullptr;
    QLabel* count = nullptr;
    ui::PeopleModel* model = nullptr;
};

} // namespace

TEST_F(GuiPeople, ListsEveryoneWithTheirCount) {
    EXPECT_EQ(count->text(), countText({}));
    ASSERT_GT(model->rowCount(), 0);
    const QModelIndex first = model->index(0, ui::PeopleModel::BirthDateColumn);
    // dd/MM/yyyy
    EXPECT_TRUE(first.data().toString().contains(
        QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d{4}$"))))
        << first.data().toString().toStdString();
}

TEST_F(GuiPeople, SearchFiltersAsYouType) {
    type(QStringLiteral("nguyen"));
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_LT(*workspace->listing().countPeople({QStringLiteral("nguyen")}),
              *workspace->listing().countPeople({}));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, ui::PeopleModel::NameColumn).data().toString();
        EXPECT_TRUE(domain::vn::wordsMatch(domain::vn::searchKey(name), {QStringLiteral("nguyen")}))
            << name.toStdString();
    }
    EXPECT_TRUE(model->index(0, ui::PeopleModel::NameColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Nguyễn")));
    EXPECT_EQ(count->text(), countText(QStringLiteral("nguyen")));

    search->clear();
    EXPECT_TRUE(QTest::qWaitFor([&] { return model->search().isEmpty(); }, 2000));
    test::waitUntilLoaded(*model);
    EXPECT_EQ(count->text(), countText({}));
}

TEST_F(GuiPeople, OnlyTheLatestSearchIsShownWhenSearchesOvertakeEachOther) {
    const QString wanted = model->index(3, ui::PeopleModel::NameColumn).data().toString();
    // Each request reaches the loader before the previous answer is back.
    for (const QString& typed : {QStringLiteral("n"), QStringLiteral("ng"), QStringLiteral("tran"),
                                 QStringLiteral("le van"), domain::vn::searchKey(wanted)})
        model->setSearch(typed);
    ASSERT_TRUE(test::waitUntilLoaded(*model));
    // Late answers to the older searches would arrive now; none may show.
    QTest::qWait(200);
    ASSERT_GE(model->rowCount(), 1);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_TRUE(domain::vn::wordsMatch(
            domain::vn::searchKey(model->index(row, ui::PeopleModel::NameColumn).data().toString()),
            domain::vn::searchWords(wanted)));
    EXPECT_EQ(model->totalCount(), *workspace->listing().countPeople({wanted}));
}

TEST_F(GuiPeople, FindsAFullNameTypedWithoutDiacritics) {
    const QString name = model->index(57, ui::PeopleModel::NameColumn).data().toString();
    ASSERT_FALSE(name.isEmpty());
    type(domain::vn::searchKey(name));
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_EQ(model->index(0, ui::PeopleModel::NameColumn).data().toString(), name);
}

TEST_F(GuiPeople, LoadsOnePageAtATime) {
    const qint64 total = *workspace->listing().countPeople({});
    ASSERT_GT(total, 2 * ui::PeopleModel::PageSize);
    EXPECT_EQ(model->rowCount(), ui::PeopleModel::PageSize);
    EXPECT_EQ(model->totalCount(), total);
    ASSERT_TRUE(model->canFetchMore({}));

    // Scrolling to the end makes the view ask for the next page.
    table->scrollToBottom();
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return model->rowCount() > ui::PeopleModel::PageSize; }, 2000));
    EXPECT_LE(model->rowCount(), 2 * ui::PeopleModel::PageSize);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            model->fetchMore({});
            return model->rowCount() == total;
        },
        10000));
    EXPECT_FALSE(model->canFetchMore({}));
}

// On a database of its own: this test adds a person.
TEST(GuiPeopleChanges, ANewPersonAppearsAndIsFoundWithoutDiacritics) {
    test::FakeClock clock;
    QTemporaryDir folder;
    auto workspace = test::openWorkspace(folder.filePath(QStringLiteral("empty.sqlite")), clock);
    ui::Session session(clock);
    session.borrow(*workspace);
    ui::Settings settings(folder.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(session, settings);
    window.showArea(ui::Area::UnitsPeople);
    auto count = test::child<QLabel>(window, "peopleCountLabel");
    auto table = test::child<QTableView>(window, "peopleTableView");
    ASSERT_TRUE(count && table);
    auto model = qobject_cast<ui::PeopleModel*>(table->model());
    ASSERT_TRUE(model && test::waitUntilLoaded(*model));
    EXPECT_EQ(model->rowCount(), 0);

    domain::Unit unit;
    unit.name = QStringLiteral("Vụ Thi đua - Khen thưởng");
    auto created = workspace->catalogue().createUnit(unit);
    ASSERT_TRUE(created);
    domain::Person person;
    person.name = domain::splitFullName(u"Nguyễn Thị Tố Nga");
    person.unitId = created->id;
    person.birthDate = QDate(1980, 2, 5);
    person.position = QStringLiteral("Chuyên viên");
    ASSERT_TRUE(workspace->catalogue().createPerson(person));

    ASSERT_TRUE(test::waitUntilLoaded(*model));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(count->text(), QStringLiteral("1 people"));
    EXPECT_EQ(table->model()->index(0, 2).data().toString(), QStringLiteral("05/02/1980"));

    auto search = test::child<QLineEdit>(window, "searchLineEdit");
    search->setText(QStringLiteral("nguyen thi to nga"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !model->search().isEmpty(); }, 2000));
    test::waitUntilLoaded(*model);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, ui::PeopleModel::NameColumn).data().toString(),
              QStringLiteral("Nguyễn Thị Tố Nga"));
}
