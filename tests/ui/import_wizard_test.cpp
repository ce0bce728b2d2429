#include "catalogue_service.h"
#include "fake_clock.h"
#include "file_dialog.h"
#include "gui_fixture.h"
#include "import_check_page.h"
#include "import_mapping_page.h"
#include "import_problems_model.h"
#include "import_result_page.h"
#include "import_wizard.h"
#include "input_dialog.h"
#include "listing_service.h"
#include "message_box.h"
#include "people_model.h"
#include "people_workbook.h"
#include "registration_service.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace thidua;

namespace {

const QString peopleHeader = QStringLiteral("STT,Họ và tên,Ngày sinh,Giới tính,Chức vụ,Đơn vị\n");
// The headers of an office that never used the usual ones.
const QString otherHeader = QStringLiteral("STT;Tên đầy đủ;NS;Phái;Nơi làm việc\n");

// A database of its own with two units, a main window on it, and the import
// wizard opened from the File menu as a clerk opens it.
class GuiImportWizard : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder.isValid());
        workspace = test::openWorkspace(folder.filePath(QStringLiteral("thidua.sqlite")), clock);
        for (const QString& name : {QStringLiteral("Vụ Pháp luật quốc tế"),
                                    QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc")}) {
            domain::Unit unit;
            unit.name = name;
            ASSERT_TRUE(workspace->catalogue().createUnit(unit));
        }
        session = std::make_unique<ui::Session>(clock);
        session->borrow(*workspace);
        settings = std::make_unique<ui::Settings>(folder.filePath(QStringLiteral("settings.ini")));
        window = std::make_unique<ui::MainWindow>(*session, *settings);
        window->show();
    }

    void TearDown() override {
        ui::MessageBox::setNextAnswer(ui::MessageBox::NoButton);
        ui::InputDialog::clearNextText();
    }

    QString file(const QString& name, const QString& text) { return file(name, text.toUtf8()); }

    QString file(const QString& name, const QByteArray& bytes) {
        const QString path = folder.filePath(name);
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    }

    // The database and its write-ahead log, byte for byte.
    QByteArray fingerprint() const {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile data(folder.filePath(QStringLiteral("thidua.sqlite")) + suffix);
            if (data.open(QIODevice::ReadOnly))
                hash.addData(data.readAll());
        }
        return hash.result();
    }

    qint64 people() { return *workspace->listing().countPeople({}); }

    ui::ImportWizard* openWizard() {
        auto action = test::child<QAction>(*window, "importAction");
        if (!action)
            return nullptr;
        action->trigger();
        wizard = window->findChild<ui::ImportWizard*>();
        EXPECT_NE(wizard, nullptr);
        if (wizard) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard));
        }
        return wizard;
    }

    template <typename T>
    T* find(const char* name) {
        return test::child<T>(*wizard, name);
    }

    // Chooses the file on the first page, through the Browse button.
    void chooseFile(const QString& path) {
        ui::FileDialog::setNextFileName(path);
        QTest::mouseClick(find<QPushButton>("importBrowseButton"), Qt::LeftButton);
        EXPECT_EQ(find<QLineEdit>("importFileLineEdit")->text(), QDir::toNativeSeparators(path));
    }

    void clickNext() {
        QAbstractButton* next = wizard->button(wizard->currentId() == ui::ImportWizard::CheckPage
                                                   ? QWizard::CommitButton
                                                   : QWizard::NextButton);
        ASSERT_TRUE(next->isEnabled()) << "on page " << wizard->currentId();
        QTest::mouseClick(next, Qt::LeftButton);
    }

    ui::ImportCheckPage* checkPage() {
        return qobject_cast<ui::ImportCheckPage*>(wizard->page(ui::ImportWizard::CheckPage));
    }

    ui::ImportResultPage* resultPage() {
        return qobject_cast<ui::ImportResultPage*>(wizard->page(ui::ImportWizard::ResultPage));
    }

    // Waits for the dry run the check page starts when it is shown.
    void waitForCheck() {
        ASSERT_EQ(wizard->currentId(), ui::ImportWizard::CheckPage);
        ASSERT_TRUE(QTest::qWaitFor([&] { return checkPage()->report().has_value(); }, 5000));
    }

    void waitForImport() {
        ASSERT_EQ(wizard->currentId(), ui::ImportWizard::ResultPage);
        ASSERT_TRUE(QTest::qWaitFor([&] { return resultPage()->isComplete(); }, 5000));
    }

    void chooseColumn(const char* field, int column) {
        auto mapping =
            qobject_cast<ui::ImportMappingPage*>(wizard->page(ui::ImportWizard::MappingPage));
        QComboBox* comboBox = mapping->columnComboBox(QString::fromLatin1(field));
        ASSERT_NE(comboBox, nullptr) << field;
        // As a clerk does it: focus the list and pick with the keyboard.
        comboBox->setFocus();
        const int index = comboBox->findData(column);
        ASSERT_GE(index, 0);
        comboBox->setCurrentIndex(index);
        EXPECT_EQ(comboBox->objectName(),
                  QStringLiteral("importColumnComboBox_") + QString::fromLatin1(field));
    }

    // With THIDUA_IMPORT_SCREENSHOTS set to a folder, each step is saved
    // there as a PNG, to look at the wizard without a screen.
    void snapshot(const char* name) {
        const QString folderPath = qEnvironmentVariable("THIDUA_IMPORT_SCREENSHOTS");
        if (folderPath.isEmpty() || !wizard)
            return;
        QCoreApplication::processEvents();
        wizard->grab().save(
            QDir(folderPath).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
    }

    test::FakeClock clock;
    QTemporaryDir folder;
    std::unique_ptr<services::Workspace> workspace;
    std::unique_ptr<ui::Session> session;
    std::unique_ptr<ui::Settings> settings;
    std::unique_ptr<ui::MainWindow> window;
    ui::ImportWizard* wizard = nullptr;
};

} // namespace

TEST_F(GuiImportWizard, AGoodFileImportsThroughEveryStepWithTheKeyboardOnly) {
    const QString path =
        file(QStringLiteral("can-bo.csv"),
             peopleHeader + QStringLiteral("1,Nguyễn Thị Tố Nga,14/03/1985,Nữ,Chuyên viên,"
                                           "Vụ Pháp luật quốc tế\n"
                                           "2,Đào Quý Lộc,05/02/1979,Nam,Phó Vụ trưởng,"
                                           "Vụ Pháp luật quốc tế\n"
                                           "3,Lê Văn Bình,,Nam,Thanh tra viên,"
                                           "Sở Tư pháp tỉnh Vĩnh Phúc\n"));
    ASSERT_TRUE(openWizard());
    EXPECT_EQ(wizard->currentId(), ui::ImportWizard::FilePage);
    // Units are in the catalogue already, so people come next.
    EXPECT_TRUE(find<QRadioButton>("importPeopleRadioButton")->isChecked());

    auto pathEdit = find<QLineEdit>("importFileLineEdit");
    EXPECT_TRUE(pathEdit->hasFocus());
    QTest::keyClicks(pathEdit, path);
    snapshot("01-file");
    QTest::keyClick(pathEdit, Qt::Key_Return);
    ASSERT_EQ(wizard->currentId(), ui::ImportWizard::MappingPage);
    snapshot("02-mapping");

    // The headers gave every required field its column.
    auto mapping = qobject_cast<ui::ImportMappingPage*>(wizard->currentPage());
    EXPECT_TRUE(mapping->isComplete());
    EXPECT_EQ(mapping->columnComboBox(QStringLiteral("full_name"))->currentData().toInt(), 1);
    EXPECT_EQ(mapping->columnComboBox(QStringLiteral("unit"))->currentData().toInt(), 5);
    EXPECT_EQ(mapping->columnComboBox(QStringLiteral("identity_number"))->currentData().toInt(),
              -1);
    EXPECT_EQ(find<QLabel>("importSampleLabel_full_name")->text(),
              QStringLiteral("Nguyễn Thị Tố Nga"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_EQ(wizard->currentId(), ui::ImportWizard::PreviewPage);
    snapshot("03-preview");

    auto preview = find<QTableView>("importPreviewTableView");
    QAbstractItemModelTester tester(preview->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(preview->model()->rowCount(), 3);
    ASSERT_EQ(preview->model()->columnCount(), 5); // name, birth, gender, position, unit
    EXPECT_EQ(preview->model()->headerData(0, Qt::Horizontal).toString(),
              QStringLiteral("Full name"));
    EXPECT_EQ(preview->model()->headerData(0, Qt::Vertical).toInt(), 2); // the file's line
    EXPECT_EQ(preview->model()->index(1, 0).data().toString(), QStringLiteral("Đào Quý Lộc"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    waitForCheck();
    snapshot("04-check");
    EXPECT_FALSE(checkPage()->report()->hasProblems());
    EXPECT_EQ(checkPage()->report()->rowsGood, 3);
    EXPECT_EQ(people(), 0); // checked, not written
    EXPECT_TRUE(find<QRadioButton>("importAllOrNothingRadioButton")->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    waitForImport();
    snapshot("05-result");
    EXPECT_EQ(resultPage()->report()->rowsImported, 3);
    EXPECT_EQ(people(), 3);
    EXPECT_TRUE(find<QLabel>("importResultLabel")->text().contains(QStringLiteral("3 of 3")));
    // The people page heard the import and reloaded.
    auto listed = qobject_cast<ui::PeopleModel*>(
        test::child<QTableView>(*window, "peopleTableView")->model());
    ASSERT_TRUE(listed && test::waitUntilLoaded(*listed));
    EXPECT_EQ(listed->rowCount(), 3);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window->findChild<ui::ImportWizard*>(); }, 2000));
}

TEST_F(GuiImportWizard, AFileWithOtherHeadersImportsOnceTheColumnsAreChosen) {
    const QString path =
        file(QStringLiteral("phong-to-chuc.csv"),
             otherHeader + QStringLiteral("1;Nguyễn Văn An;01/01/1980;Nam;Vụ Pháp luật quốc tế\n"
                                          "2;Trần Thị Hoa;02/02/1985;Nữ;Vụ Pháp luật quốc tế\n"));
    ASSERT_TRUE(openWizard());
    chooseFile(path);
    clickNext();
    ASSERT_EQ(wizard->currentId(), ui::ImportWizard::MappingPage);

    // Nothing fits by the headers: the page says what to choose, and waits.
    auto message = find<QLabel>("importMappingMessageLabel");
    EXPECT_TRUE(message->text().contains(QStringLiteral("Choose the column")))
        << message->text().toStdString();
    EXPECT_TRUE(message->text().contains(QStringLiteral("Gender")));
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());

    chooseColumn("full_name", 1);
    chooseColumn("birth_date", 2);
    chooseColumn("gender", 3);
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled()); // the unit still missing
    chooseColumn("unit", 4);
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(message->text().contains(QStringLiteral("STT"))) // left out, and said so
        << message->text().toStdString();
    snapshot("02-mapping-chosen");
    clickNext();

    auto preview = find<QTableView>("importPreviewTableView");
    ASSERT_EQ(preview->model()->columnCount(), 4);
    EXPECT_EQ(preview->model()->headerData(1, Qt::Horizontal).toString(),
              QStringLiteral("Date of birth"));
    EXPECT_EQ(preview->model()->index(0, 1).data().toString(), QStringLiteral("01/01/1980"));
    clickNext();

    waitForCheck();
    EXPECT_FALSE(checkPage()->report()->hasProblems())
        << checkPage()->report()->problems.front().message.toStdString();
    clickNext();
    waitForImport();
    EXPECT_EQ(people(), 2);
}

TEST_F(GuiImportWizard, ABadFileShowsEveryProblemWritesNothingThenImportsTheGoodRowsWhenAsked) {
    const QString path =
        file(QStringLiteral("loi.csv"),
             peopleHeader + QStringLiteral("1,Nguyễn Văn An,01/01/1980,Nam,,Vụ Pháp luật quốc tế\n"
                                           "2,Trần Thị Hoa,31/02/1985,Nữ,,Vụ Pháp luật quốc tế\n"
                                           "3,Phạm Văn Cường,02/03/1975,Không rõ,,Vụ không có\n"));
    const QByteArray before = fingerprint();
    ASSERT_TRUE(openWizard());
    chooseFile(path);
    clickNext();
    clickNext();
    clickNext();
    waitForCheck();
    snapshot("04-check-problems");

    auto table = find<QTableView>("importProblemsTableView");
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(table->model()->rowCount(), 3);
    auto cell = [&](int row, int column) {
        return table->model()->index(row, column).data();
    };
    EXPECT_EQ(cell(0, ui::ImportProblemsModel::LineColumn).toString(), QStringLiteral("3"));
    EXPECT_EQ(cell(0, ui::ImportProblemsModel::ColumnColumn).toString(),
              QStringLiteral("Ngày sinh"));
    EXPECT_TRUE(cell(0, ui::ImportProblemsModel::MessageColumn)
                    .toString()
                    .contains(QStringLiteral("31/02/1985")));
    EXPECT_EQ(cell(2, ui::ImportProblemsModel::LineColumn).toString(), QStringLiteral("4"));

    // All or nothing: the import button waits, and nothing was written.
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(people(), 0);

    // The list goes to the clipboard, one problem a line, cells by tabs.
    QTest::mouseClick(find<QPushButton>("importProblemsCopyButton"), Qt::LeftButton);
    const QStringList copied =
        QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(copied.size(), 4);
    EXPECT_EQ(copied.at(0), QStringLiteral("Line\tColumn\tProblem"));
    EXPECT_TRUE(copied.at(1).startsWith(QStringLiteral("3\tNgày sinh\t")));
    // Ctrl+C copies the rows selected.
    table->setFocus();
    table->selectRow(2);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(QStringLiteral("Vụ không có")));
    EXPECT_FALSE(QGuiApplication::clipboard()->text().contains(QStringLiteral("31/02/1985")));

    // On the round indicator: a radio button takes clicks on its indicator and text only.
    auto skip = find<QRadioButton>("importSkipBadRowsRadioButton");
    QTest::mouseClick(skip, Qt::LeftButton, {}, QPoint(8, skip->height() / 2));
    EXPECT_TRUE(find<QLabel>("importDecisionLabel")->text().contains(QStringLiteral("left out")));
    snapshot("04-check-skip");
    clickNext();
    waitForImport();
    snapshot("05-result-left-out");
    EXPECT_EQ(resultPage()->report()->rowsImported, 1);
    EXPECT_EQ(people(), 1);
    // The rows left out are listed again, for the clerk to correct.
    EXPECT_EQ(find<QTableView>("importLeftOutTableView")->model()->rowCount(), 3);
}

TEST_F(GuiImportWizard, CancelAtAnyStepWritesNothing) {
    const QString path = file(
        QStringLiteral("huy.csv"),
        peopleHeader + QStringLiteral("1,Nguyễn Văn An,01/01/1980,Nam,,Vụ Pháp luật quốc tế\n"));
    const QByteArray before = fingerprint();
    for (int step = ui::ImportWizard::FilePage; step <= ui::ImportWizard::CheckPage; ++step) {
        ASSERT_TRUE(openWizard());
        chooseFile(path);
        while (wizard->currentId() < step)
            clickNext();
        if (step == ui::ImportWizard::CheckPage)
            waitForCheck();
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !window->findChild<ui::ImportWizard*>(); }, 2000))
            << "step " << step;
    }
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(people(), 0);
}

namespace {

QString manyPeople(int count) {
    QString text = peopleHeader;
    for (int row = 1; row <= count; ++row)
        text += QStringLiteral("%1,Nguyễn Văn %2%3,,Nam,,Vụ Pháp luật quốc tế\n")
                    .arg(row)
                    .arg(QChar(u'A' + row % 26))
                    .arg(QChar(u'a' + row / 26 % 26));
    return text;
}

} // namespace

TEST_F(GuiImportWizard, EscapeWhileCheckingOrImportingStopsAndWritesNothing) {
    const QString path = file(QStringLiteral("lon.csv"), manyPeople(300));
    const QByteArray before = fingerprint();

    // While checking: Escape as soon as the bar moves.
    ASSERT_TRUE(openWizard());
    chooseFile(path);
    clickNext();
    clickNext();
    auto checkBar = find<QProgressBar>("importCheckProgressBar");
    QObject::connect(checkBar, &QProgressBar::valueChanged, wizard,
                     [this] { QTest::keyClick(wizard, Qt::Key_Escape); });
    clickNext();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window->findChild<ui::ImportWizard*>(); }, 5000));

    // While importing: Escape at the last step, every row written but not committed.
    ASSERT_TRUE(openWizard());
    chooseFile(path);
    clickNext();
    clickNext();
    clickNext();
    waitForCheck();
    ASSERT_FALSE(checkPage()->report()->hasProblems());
    auto importBar = find<QProgressBar>("importProgressBar");
    QObject::connect(importBar, &QProgressBar::valueChanged, wizard, [this, importBar] {
        if (importBar->maximum() > 300 && importBar->value() == importBar->maximum())
            QTest::keyClick(wizard, Qt::Key_Escape);
    });
    clickNext();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window->findChild<ui::ImportWizard*>(); }, 5000));
    EXPECT_EQ(people(), 0);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(GuiImportWizard, ASavedTemplateIsOfferedAndAppliedToTheNextFile) {
    const QString first =
        file(QStringLiteral("thang-1.csv"),
             otherHeader + QStringLiteral("1;Nguyễn Văn An;01/01/1980;Nam;Vụ Pháp luật quốc tế\n"));
    ASSERT_TRUE(openWizard());
    chooseFile(first);
    clickNext();
    chooseColumn("full_name", 1);
    chooseColumn("birth_date", 2);
    chooseColumn("gender", 3);
    chooseColumn("unit", 4);
    ui::InputDialog::setNextText(QStringLiteral("Phòng Tổ chức cán bộ"));
    QTest::mouseClick(find<QPushButton>("importSaveTemplateButton"), Qt::LeftButton);
    auto templates = settings->importTemplates();
    ASSERT_EQ(templates.size(), 1u);
    EXPECT_EQ(templates.front().name, QStringLiteral("Phòng Tổ chức cán bộ"));
    EXPECT_EQ(templates.front().kind, services::ImportKind::People);
    EXPECT_EQ(templates.front().columns.size(), 4u);
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->findChild<ui::ImportWizard*>(); }, 2000));

    // Next month's file: the same headers in another order, one more column.
    const QString second =
        file(QStringLiteral("thang-2.csv"),
             QStringLiteral("Nơi làm việc;STT;Ghi chú;Tên đầy đủ;Phái;NS\n"
                            "Vụ Pháp luật quốc tế;1;;Trần Thị Hoa;Nữ;02/02/1985\n"));
    ASSERT_TRUE(openWizard());
    chooseFile(second);
    clickNext();
    auto templateComboBox = find<QComboBox>("importTemplateComboBox");
    EXPECT_EQ(templateComboBox->currentText(), QStringLiteral("Phòng Tổ chức cán bộ"));
    EXPECT_TRUE(find<QLabel>("importTemplateNoteLabel")->text().contains(QStringLiteral("fits")));
    auto mapping = qobject_cast<ui::ImportMappingPage*>(wizard->currentPage());
    EXPECT_EQ(mapping->columnComboBox(QStringLiteral("full_name"))->currentData().toInt(), 3);
    EXPECT_EQ(mapping->columnComboBox(QStringLiteral("unit"))->currentData().toInt(), 0);
    EXPECT_EQ(mapping->columnComboBox(QStringLiteral("birth_date"))->currentData().toInt(), 5);
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    snapshot("02-mapping-template");

    // The headers alone do not do, the template again does.
    templateComboBox->setCurrentIndex(0);
    Q_EMIT templateComboBox->activated(0);
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    templateComboBox->setCurrentIndex(1);
    Q_EMIT templateComboBox->activated(1);
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());

    clickNext();
    clickNext();
    waitForCheck();
    clickNext();
    waitForImport();
    EXPECT_EQ(people(), 1);
    // Kept for the next start.
    EXPECT_EQ(ui::Settings(folder.filePath(QStringLiteral("settings.ini"))).importTemplates(),
              templates);
}

TEST_F(GuiImportWizard, AnUnreadableFileIsSaidOnTheFirstStep) {
    ASSERT_TRUE(openWizard());
    auto pathEdit = find<QLineEdit>("importFileLineEdit");
    pathEdit->setText(folder.filePath(QStringLiteral("khong-co.csv")));
    clickNext();
    EXPECT_EQ(wizard->currentId(), ui::ImportWizard::FilePage);
    auto error = find<QLabel>("importFileErrorLabel");
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("khong-co.csv")))
        << error->text().toStdString();
}

TEST_F(GuiImportWizard, AnAnsiCsvIsShownConvertedOrRefusedWhenItLostItsLetters) {
    // Excel's "CSV (Comma delimited)" on Windows set to Vietnamese: Windows-1258
    // (iconv's CP1258, written as the Windows-1252 characters of its bytes).
    const QString vietnamese =
        file(QStringLiteral("excel-1258.csv"),
             QStringLiteral(
                 "STT,Hoò và tên,Ngày sinh,Giõìi tính,Chýìc vuò,Ðõn viò\n"
                 "1,NguyêÞn Thiò Tôì Nga,14/03/1985,NýÞ,Chuyên viên,Vuò Pháp luâòt quôìc têì\n")
                 .toLatin1());
    ASSERT_TRUE(openWizard());
    auto pathEdit = find<QLineEdit>("importFileLineEdit");
    QTest::keyClicks(pathEdit, vietnamese);
    QTest::keyClick(pathEdit, Qt::Key_Return);
    ASSERT_EQ(wizard->currentId(), ui::ImportWizard::MappingPage);
    EXPECT_EQ(find<QLabel>("importSampleLabel_full_name")->text(),
              QStringLiteral("Nguyễn Thị Tố Nga"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_EQ(wizard->currentId(), ui::ImportWizard::PreviewPage);
    snapshot("06-windows-1258");
    EXPECT_TRUE(
        find<QLabel>("importPreviewSummaryLabel")->text().contains(QStringLiteral("Windows-1258")));

    // The same list saved on an English Windows: every letter 1252 lacks is "?".
    const QString lost =
        file(QStringLiteral("excel-1252.csv"),
             QStringLiteral("STT,H? và tên,Ngày sinh,Gi?i tính,Ch?c v?,??n v?\n"
                            "1,Nguy?n Th? T? Nga,14/03/1985,N?,Chuyên viên,V? Pháp lu?t qu?c t?\n")
                 .toLatin1());
    wizard->back();
    wizard->back();
    ASSERT_EQ(wizard->currentId(), ui::ImportWizard::FilePage);
    pathEdit->setText(lost);
    clickNext();
    snapshot("07-lost-letters");
    EXPECT_EQ(wizard->currentId(), ui::ImportWizard::FilePage);
    auto error = find<QLabel>("importFileErrorLabel");
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("\"H? và tên\"")) &&
                error->text().contains(QStringLiteral("CSV UTF-8")))
        << error->text().toStdString();
}

TEST_F(GuiImportWizard, DatesOfBirthUnderNamAndNuAreShownAsTheGenderTheyGive) {
    const QString path =
        file(QStringLiteral("nam-nu.csv"),
             QStringLiteral("DANH SÁCH CÁN BỘ\n"
                            "STT,Họ và tên,Ngày sinh,,Chức vụ,Đơn vị\n"
                            ",,Nam,Nữ,,\n"
                            "1,Lê Thị Bình,,05/06/1985,Chuyên viên,Vụ Pháp luật quốc tế\n"));
    ASSERT_TRUE(openWizard());
    find<QLineEdit>("importFileLineEdit")->setText(path);
    clickNext();
    ASSERT_EQ(wizard->currentId(), ui::ImportWizard::MappingPage);
    snapshot("08-nam-nu");
    EXPECT_EQ(find<QLabel>("importSampleLabel_gender")->text(), QStringLiteral("Nữ"));
    EXPECT_EQ(find<QLabel>("importSampleLabel_birth_date")->text(), QStringLiteral("05/06/1985"));
}

TEST_F(GuiImportWizard, AWorkbookWithSeveralSheetsOffersThemAndImportsTheOneChosen) {
    const QString path = folder.filePath(QStringLiteral("hai-trang.xlsx"));
    // The empty third tab is not offered.
    ASSERT_TRUE(
        test::writePeopleWorkbook(path,
                                  {{"Vụ PLQT", "Trịnh Thị Mai Anh", "Vụ Pháp luật quốc tế"},
                                   {"Sở Vĩnh Phúc", "Quách Văn Dũng", "Sở Tư pháp tỉnh Vĩnh Phúc"}},
                                  true));

    ASSERT_TRUE(openWizard());
    auto sheets = find<QComboBox>("importSheetComboBox");
    EXPECT_TRUE(sheets->isHidden());
    chooseFile(path);
    ASSERT_FALSE(sheets->isHidden());
    ASSERT_EQ(sheets->count(), 2);
    EXPECT_EQ(sheets->itemText(1), QStringLiteral("Sở Vĩnh Phúc"));
    sheets->setCurrentIndex(1);
    snapshot("09-sheets");
    clickNext();
    ASSERT_EQ(wizard->currentId(), ui::ImportWizard::MappingPage);
    EXPECT_EQ(find<QLabel>("importSampleLabel_full_name")->text(),
              QStringLiteral("Quách Văn Dũng"));
    clickNext();
    ASSERT_EQ(wizard->currentId(), ui::ImportWizard::PreviewPage);
    EXPECT_TRUE(
        find<QLabel>("importPreviewSummaryLabel")->text().contains(QStringLiteral("\"Vụ PLQT\"")));
    clickNext();
    waitForCheck();
    clickNext();
    waitForImport();
    EXPECT_EQ(people(), 1);
}

TEST_F(GuiImportWizard, UnitsComeFirstIntoAnEmptyCatalogueAndThePeoplePageOffersTheImport) {
    // The people page carries the same action, with its shortcut.
    auto button = test::child<QToolButton>(*window, "importToolButton");
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->defaultAction(), test::child<QAction>(*window, "importAction"));
    EXPECT_EQ(button->defaultAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));

    test::FakeClock otherClock;
    auto empty = test::openWorkspace(folder.filePath(QStringLiteral("trong.sqlite")), otherClock);
    session->borrow(*empty);
    window->showArea(ui::Area::UnitsPeople);
    QTest::mouseClick(button, Qt::LeftButton);
    wizard = window->findChild<ui::ImportWizard*>();
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(find<QRadioButton>("importUnitsRadioButton")->isChecked());

    const QString path = file(QStringLiteral("don-vi.csv"),
                              QStringLiteral("STT;Tên đơn vị;Đơn vị cấp trên\n"
                                             "1;Phòng Hành chính tư pháp;Sở Tư pháp tỉnh Bắc Ninh\n"
                                             "2;Sở Tư pháp tỉnh Bắc Ninh;\n"));
    chooseFile(path);
    clickNext();
    clickNext();
    clickNext();
    waitForCheck();
    clickNext();
    waitForImport();
    EXPECT_EQ(resultPage()->report()->rowsImported, 2);
    EXPECT_EQ(empty->catalogue().units()->size(), 2u);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->findChild<ui::ImportWizard*>(); }, 2000));
    session->borrow(*workspace);
}

TEST_F(GuiImportWizard, RegistrationsAreAKindOfTheirOwnWithTheYearOfAFileThatNamesNone) {
    // The year chosen below is this year's, by the calendar the wizard lists.
    const int year = QDate::currentDate().year();
    clock.set(QDateTime::currentDateTime());
    const auto units = *workspace->catalogue().units();
    domain::Person an;
    an.name = domain::splitFullName(QStringLiteral("Nguyễn Văn An"));
    an.birthDate = QDate(1980, 1, 1);
    an.gender = domain::Gender::Male;
    an.unitId = units.front().id;
    ASSERT_TRUE(workspace->catalogue().createPerson(an));
    const QString path =
        file(QStringLiteral("dang-ky.csv"), QStringLiteral("Họ và tên,Ngày sinh,Danh hiệu\n"
                                                           "Nguyễn Văn An,01/01/1980,LĐTT\n"
                                                           ",,TTLĐTT\n"));
    ASSERT_TRUE(openWizard());
    for (const char* name :
         {"importUnitsRadioButton", "importPeopleRadioButton", "importRegistrationsRadioButton",
          "importEvaluationsRadioButton", "importDisciplineRadioButton"})
        ASSERT_NE(find<QRadioButton>(name), nullptr) << name;
    auto yearBox = find<QComboBox>("importYearComboBox");
    EXPECT_FALSE(yearBox->isEnabled()); // people have no year
    // On the round mark: a choice stretches across the page, its text does not.
    auto choose = [&](const char* name) {
        auto button = find<QRadioButton>(name);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        EXPECT_TRUE(button->isChecked()) << name;
    };
    choose("importDisciplineRadioButton");
    EXPECT_FALSE(yearBox->isEnabled());
    choose("importRegistrationsRadioButton");
    EXPECT_TRUE(yearBox->isEnabled());
    EXPECT_EQ(yearBox->currentData().toInt(), 0); // as the file says
    yearBox->setCurrentIndex(yearBox->findData(year));
    chooseFile(path);
    snapshot("10-file-registrations");
    clickNext();

    // The registration fields, matched by the headers; no year column.
    auto mapping = qobject_cast<ui::ImportMappingPage*>(wizard->currentPage());
    ASSERT_NE(mapping, nullptr);
    EXPECT_EQ(mapping->columnComboBox(QStringLiteral("full_name"))->currentData().toInt(), 0);
    EXPECT_EQ(mapping->columnComboBox(QStringLiteral("title"))->currentData().toInt(), 2);
    EXPECT_EQ(mapping->columnComboBox(QStringLiteral("year"))->currentData().toInt(), -1);
    EXPECT_EQ(mapping->columnComboBox(QStringLiteral("gender")), nullptr);
    snapshot("11-mapping-registrations");
    clickNext();
    clickNext();

    // The second row names nobody: the unit column is not chosen.
    waitForCheck();
    snapshot("12-check-registrations");
    EXPECT_EQ(checkPage()->report()->rowsGood, 1);
    ASSERT_EQ(checkPage()->report()->problems.size(), 1u);
    EXPECT_EQ(checkPage()->report()->problems.front().line, 3);
    choose("importSkipBadRowsRadioButton");
    clickNext();
    waitForImport();
    snapshot("13-result-registrations");
    EXPECT_EQ(resultPage()->report()->rowsImported, 1);
    EXPECT_TRUE(find<QLabel>("importResultLabel")->text().contains(QStringLiteral("registrations")))
        << find<QLabel>("importResultLabel")->text().toStdString();

    const auto period = workspace->registrations().yearPeriod(year);
    ASSERT_TRUE(period && period->has_value());
    const auto sheet = workspace->registrations().unitSheet((*period)->id, units.front().id);
    ASSERT_TRUE(sheet);
    ASSERT_EQ(sheet->size(), 1u);
    ASSERT_EQ(sheet->front().registrations.size(), 1u);
    EXPECT_EQ(sheet->front().registrations.front().titleCode, QStringLiteral("LDTT"));
}
