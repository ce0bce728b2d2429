#include "cli_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using thidua::test::CliTest;
using thidua::test::Outcome;

namespace {

class ListCommandTest : public CliTest {
protected:
    void SetUp() override {
        db = file(QStringLiteral("thidua.sqlite"));
        ASSERT_EQ(thidua({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    }

    Outcome list(const QStringList& arguments) {
        return thidua(QStringList{QStringLiteral("list")} + arguments +
                      QStringList{QStringLiteral("--db"), db});
    }

    // The rows of a JSON list; fails the test when the output is not one.
    QJsonArray json(const QStringList& arguments) {
        const Outcome run =
            list(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        EXPECT_TRUE(document.isArray());
        return document.array();
    }

    // The bytes on stdout: QString::fromUtf8 drops a leading byte order mark,
    // which is what a test of the CSV must see.
    QByteArray rawList(const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(THIDUA_EXECUTABLE),
                      QStringList{QStringLiteral("list")} + arguments +
                          QStringList{QStringLiteral("--db"), db});
        EXPECT_TRUE(process.waitForFinished(120000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return process.readAllStandardOutput();
    }

    QString db;
};

// Diacritics off, đ as d, lower case: what the search compares.
QString plain(const QString& text) {
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            result += c == QChar(0x0110) || c == QChar(0x0111) ? QLatin1Char('d') : c.toLower();
    return result;
}

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_TRUE(field.isEmpty() && record.isEmpty()) << "the last record must end with CRLF";
    return records;
}

} // namespace

TEST_F(ListCommandTest, SearchFindsExactlyThePeopleWhoseNamesMatchWithoutDiacritics) {
    const QJsonArray found =
        json({QStringLiteral("people"), QStringLiteral("--search"), QStringLiteral("nguyen thi")});
    ASSERT_FALSE(found.isEmpty());
    QSet<QString> foundIds;
    for (const QJsonValue& person : found) {
        const QString name = person[QLatin1String("name")].toString();
        EXPECT_TRUE(plain(name).contains(QStringLiteral("nguyen thi"))) << name.toStdString();
        foundIds << person[QLatin1String("uuid")].toString();
    }
    QSet<QString> expected;
    for (const QJsonValue& person : json({QStringLiteral("people")}))
        if (plain(person[QLatin1String("name")].toString()).contains(QStringLiteral("nguyen thi")))
            expected << person[QLatin1String("uuid")].toString();
    EXPECT_EQ(foundIds, expected);
    EXPECT_EQ(foundIds.size(), found.size());
}

TEST_F(ListCommandTest, TextAlignsTheColumnsAndWritesDatesTheVietnameseWay) {
    const Outcome run =
        list({QStringLiteral("people"), QStringLiteral("--search"), QStringLiteral("nguyen thi")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    ASSERT_GT(lines.size(), 4);
    const QRegularExpression date(QStringLiteral(R"(\b\d\d/\d\d/\d{4}\b)"));
    // Names and units are NFC, one column a character: the date column starts
    // at the same place on every row however long the name before it.
    const qsizetype column = lines.at(2).indexOf(date);
    ASSERT_GT(column, 0) << lines.at(2).toStdString();
    int rows = 0;
    for (const QString& line : lines.mid(2)) {
        if (line.isEmpty())
            break;
        EXPECT_EQ(line.indexOf(date), column) << line.toStdString();
        EXPECT_FALSE(line.endsWith(QLatin1Char(' ')));
        ++rows;
    }
    EXPECT_GT(rows, 10);
    EXPECT_TRUE(run.out.contains(QString::number(rows))) << "the row count closes the list";
}

TEST_F(ListCommandTest, CsvIsRfc4180WithAByteOrderMarkForExcel) {
    const QByteArray bytes =
        rawList({QStringLiteral("people"), QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--sort"), QStringLiteral("unit")});
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "a UTF-8 byte order mark";
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    ASSERT_GT(records.size(), 1000);
    const qsizetype columns = records.front().size();
    EXPECT_EQ(columns, 6); // number, name, gender, birth date, position, unit
    for (const QStringList& record : records)
        ASSERT_EQ(record.size(), columns) << record.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(records.size() - 1, json({QStringLiteral("people")}).size());
    EXPECT_EQ(records.at(1).at(0), QStringLiteral("1"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(^\d\d/\d\d/\d{4}$)"))
                    .match(records.at(1).at(3))
                    .hasMatch())
        << records.at(1).at(3).toStdString();

    const QByteArray bare = rawList({QStringLiteral("units"), QStringLiteral("--format"),
                                     QStringLiteral("csv"), QStringLiteral("--no-bom")});
    EXPECT_FALSE(bare.startsWith("\xEF\xBB\xBF"));
    EXPECT_GT(parseCsv(QString::fromUtf8(bare)).size(), 50);
}

TEST_F(ListCommandTest, JsonHasStableEnglishKeysIsoDatesAndCodes) {
    const QJsonArray people = json({QStringLiteral("people")});
    ASSERT_GT(people.size(), 1000);
    const QJsonObject first = people.first().toObject();
    EXPECT_EQ(first.keys(), (QStringList{QStringLiteral("birth_date"), QStringLiteral("gender"),
                                         QStringLiteral("name"), QStringLiteral("position"),
                                         QStringLiteral("unit"), QStringLiteral("uuid")}));
    for (const QJsonValue& person : people) {
        const QString gender = person[QLatin1String("gender")].toString();
        EXPECT_TRUE(gender == QStringLiteral("female") || gender == QStringLiteral("male"));
        EXPECT_TRUE(QDate::fromString(person[QLatin1String("birth_date")].toString(), Qt::ISODate)
                        .isValid());
    }

    const QJsonArray units = json({QStringLiteral("units")});
    ASSERT_FALSE(units.isEmpty());
    EXPECT_TRUE(units.first()[QLatin1String("parent")].isNull()) << "a top unit has no parent";
    EXPECT_EQ(units.first()[QLatin1String("depth")].toInt(-1), 0);
}

TEST_F(ListCommandTest, RegistrationsOfAYearNamePeopleAndUnitsWithTheirTitles) {
    const QJsonArray registrations =
        json({QStringLiteral("registrations"), QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_GT(registrations.size(), 1000);
    QSet<QString> kinds, statuses;
    for (const QJsonValue& registration : registrations) {
        kinds << registration[QLatin1String("subject_kind")].toString();
        statuses << registration[QLatin1String("status")].toString();
        EXPECT_TRUE(registration[QLatin1String("registered_on")].toString().startsWith(
            QStringLiteral("2024-")));
        EXPECT_FALSE(registration[QLatin1String("title")].toString().isEmpty());
    }
    EXPECT_EQ(kinds, (QSet<QString>{QStringLiteral("person"), QStringLiteral("unit")}));
    EXPECT_EQ(statuses, QSet<QString>{QStringLiteral("accepted")}) << "past years are settled";

    const Outcome text =
        list({QStringLiteral("registrations"), QStringLiteral("--year"), QStringLiteral("2024"),
              QStringLiteral("--search"), QStringLiteral("hoc vien toa an")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Học viện Tòa án"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Tập thể lao động tiên tiến")) ||
                text.out.contains(QStringLiteral("Tập thể lao động xuất sắc")));
    EXPECT_TRUE(text.out.contains(QRegularExpression(QStringLiteral(R"(\d\d/\d\d/2024)"))));
}

TEST_F(ListCommandTest, AUnitFilterTakesTheUnitAndItsSubUnits) {
    const QString department = QStringLiteral("so tu phap tinh vinh phuc");
    QSet<QString> branch;
    for (const QJsonValue& unit :
         json({QStringLiteral("units"), QStringLiteral("--unit"), department}))
        branch << unit[QLatin1String("name")].toString();
    ASSERT_GT(branch.size(), 1) << "the Sở and its sections";

    const QJsonArray people = json({QStringLiteral("people"), QStringLiteral("--unit"), department,
                                    QStringLiteral("--sort"), QStringLiteral("unit")});
    ASSERT_FALSE(people.isEmpty());
    QSet<QString> seen;
    for (const QJsonValue& person : people)
        seen << person[QLatin1String("unit")].toString();
    EXPECT_TRUE(branch.contains(seen)) << "people only from the branch";
    EXPECT_GT(seen.size(), 1) << "the sections' people too";
}

TEST_F(ListCommandTest, WrongUsageExitsWithTwo) {
    EXPECT_EQ(list({QStringLiteral("awards")}).exitCode, 2);
    EXPECT_EQ(list({QStringLiteral("registrations")}).exitCode, 2) << "--year is required";
    EXPECT_EQ(list({QStringLiteral("registrations"), QStringLiteral("--year"),
                    QStringLiteral("hai nghìn")})
                  .exitCode,
              2);
    EXPECT_EQ(
        list({QStringLiteral("people"), QStringLiteral("--year"), QStringLiteral("2024")}).exitCode,
        2);
    EXPECT_EQ(list({QStringLiteral("people"), QStringLiteral("--format"), QStringLiteral("xml")})
                  .exitCode,
              2);
    EXPECT_EQ(
        list({QStringLiteral("people"), QStringLiteral("--sort"), QStringLiteral("age")}).exitCode,
        2);
    EXPECT_EQ(thidua({QStringLiteral("list"), QStringLiteral("people")}).exitCode, 2)
        << "--db is required";

    const Outcome unknownUnit = list(
        {QStringLiteral("people"), QStringLiteral("--unit"), QStringLiteral("Phòng Không Có")});
    EXPECT_EQ(unknownUnit.exitCode, 2);
    EXPECT_TRUE(unknownUnit.err.contains(QStringLiteral("Phòng Không Có")))
        << unknownUnit.err.toStdString();
    // A partial name is refused too, with the units that contain it.
    const Outcome partial =
        list({QStringLiteral("people"), QStringLiteral("--unit"), QStringLiteral("van phong")});
    EXPECT_EQ(partial.exitCode, 2);
    EXPECT_TRUE(partial.err.contains(QStringLiteral("Văn phòng Sở"))) << partial.err.toStdString();

    const Outcome unknownYear =
        list({QStringLiteral("registrations"), QStringLiteral("--year"), QStringLiteral("2031")});
    EXPECT_EQ(unknownYear.exitCode, 2);
    EXPECT_TRUE(unknownYear.err.contains(QStringLiteral("2025"))) << unknownYear.err.toStdString();
}

TEST_F(ListCommandTest, AMissingDatabaseFailsWithOne) {
    const Outcome run = thidua({QStringLiteral("list"), QStringLiteral("units"),
                                QStringLiteral("--db"), file(QStringLiteral("khong-co.sqlite"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("khong-co.sqlite")));
}
