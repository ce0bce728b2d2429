#include "docx_renderer.h"
#include "file_renderer.h"
#include "sample_documents.h"
#include "zip_package.h"

#include <QFile>
#include <QImage>
#include <QMap>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace thidua::documents {
namespace {

using testing::awardsChart;
using testing::chartReport;
using testing::goldenLandscapeList;
using testing::nameTable;
using testing::rankingChart;
using testing::sampleReport;
using testing::vietnameseName;
using testing::zipEntries;
using testing::zipEntry;

// What Word reads from word/document.xml: the paragraphs outside tables, each
// table's rows as cell texts, and the section's page setup.
struct WordTable {
    bool repeatedHeader = false;
    QList<int> columnWidths; // Twips.
    QList<QStringList> rows;
};

struct WordBody {
    QStringList paragraphs;
    QList<WordTable> tables;
    QMap<QString, QString> pageSize; // w:w, w:h, w:orient
    QMap<QString, QString> margins;  // w:top, w:left, ...
    QStringList headerKinds;         // w:headerReference w:type
    bool titlePage = false;
    QString error;
};

QMap<QString, QString> attributesOf(const QXmlStreamReader& xml) {
    QMap<QString, QString> map;
    for (const QXmlStreamAttribute& attribute : xml.attributes()) {
        map.insert(attribute.qualifiedName().toString(), attribute.value().toString());
    }
    return map;
}

WordBody readBody(const QByteArray& bytes) {
    WordBody body;
    QXmlStreamReader xml(bytes);
    QString paragraph;
    QStringList cells;
    bool inTable = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        const QString name = xml.qualifiedName().toString();
        if (token == QXmlStreamReader::StartElement) {
            if (name == u"w:tbl"_s) {
                inTable = true;
                body.tables.append(WordTable{});
            } else if (name == u"w:tblHeader"_s) {
                body.tables.last().repeatedHeader = true;
            } else if (name == u"w:gridCol"_s) {
                body.tables.last().columnWidths.append(attributesOf(xml).value(u"w:w"_s).toInt());
            } else if (name == u"w:tr"_s) {
                cells.clear();
            } else if (name == u"w:tc"_s) {
                cells.append(QString());
            } else if (name == u"w:p"_s) {
                paragraph.clear();
            } else if (name == u"w:t"_s) {
                paragraph += xml.readElementText();
            } else if (name == u"w:br"_s) {
                paragraph += u'\n';
            } else if (name == u"w:pgSz"_s) {
                body.pageSize = attributesOf(xml);
            } else if (name == u"w:pgMar"_s) {
                body.margins = attributesOf(xml);
            } else if (name == u"w:headerReference"_s) {
                body.headerKinds.append(attributesOf(xml).value(u"w:type"_s));
            } else if (name == u"w:titlePg"_s) {
                body.titlePage = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == u"w:tbl"_s) {
                inTable = false;
            } else if (name == u"w:tr"_s) {
                body.tables.last().rows.append(cells);
            } else if (name == u"w:p"_s && inTable) {
                QString& cell = cells.last();
                cell += (cell.isEmpty() ? QString() : u"\n"_s) + paragraph;
            } else if (name == u"w:p"_s && !paragraph.isEmpty()) {
                body.paragraphs.append(paragraph);
            }
        }
    }
    if (xml.hasError()) {
        body.error = xml.errorString();
    }
    return body;
}

class DocxRendererTest : public ::testing::Test {
protected:
    QString path(const QString& name) const { return temp.filePath(name); }

    // Writes `document` and reads one part of the package back.
    QByteArray writeAndRead(const Document& document, const QString& part) {
        const QString file = path(u"van-ban.docx"_s);
        auto written = writeDocx(document, file);
        EXPECT_TRUE(written) << written.error().message.toStdString();
        QString error;
        const QByteArray bytes = zipEntry(file, part, &error);
        EXPECT_FALSE(bytes.isEmpty()) << error.toStdString();
        return bytes;
    }

    WordBody body(const Document& document) {
        WordBody read = readBody(writeAndRead(document, u"word/document.xml"_s));
        EXPECT_TRUE(read.error.isEmpty()) << read.error.toStdString();
        return read;
    }

    // The table with a repeated header row: the document's data table.
    static WordTable dataTable(const WordBody& body) {
        for (const WordTable& table : body.tables) {
            if (table.repeatedHeader) {
                return table;
            }
        }
        ADD_FAILURE() << "no table with a repeated header row";
        return {};
    }

    QTemporaryDir temp;
};

TEST_F(DocxRendererTest, FormatIsNamedDocx) {
    EXPECT_EQ(fileFormatNamed(u"DOCX"_s), FileFormat::Docx);
    EXPECT_EQ(fileFormatOf(u"Báo cáo.Docx"_s), FileFormat::Docx);
    EXPECT_EQ(fileSuffix(FileFormat::Docx), u"docx"_s);
}

TEST_F(DocxRendererTest, PackageHoldsEveryPartWordNeeds) {
    const QString file = path(u"bao-cao.docx"_s);
    ASSERT_TRUE(renderFile(sampleReport(12), FileFormat::Docx, file));
    QString error;
    const QStringList entries = zipEntries(file, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    for (const QString& part :
         {u"[Content_Types].xml"_s, u"_rels/.rels"_s, u"word/document.xml"_s, u"word/styles.xml"_s,
          u"word/settings.xml"_s, u"word/_rels/document.xml.rels"_s, u"word/header1.xml"_s,
          u"word/header2.xml"_s, u"docProps/core.xml"_s, u"docProps/app.xml"_s}) {
        EXPECT_TRUE(entries.contains(part)) << part.toStdString();
    }
    const QString types = QString::fromUtf8(zipEntry(file, u"[Content_Types].xml"_s, &error));
    EXPECT_TRUE(types.contains(u"wordprocessingml.document.main+xml"_s));
    const QString styles = QString::fromUtf8(zipEntry(file, u"word/styles.xml"_s, &error));
    EXPECT_TRUE(styles.contains(u"w:ascii=\"Times New Roman\""_s));
    EXPECT_TRUE(styles.contains(u"<w:sz w:val=\"28\"/>"_s)) << "14 pt body text";
    const QString core = QString::fromUtf8(zipEntry(file, u"docProps/core.xml"_s, &error));
    EXPECT_TRUE(core.contains(u"Báo cáo - Kết quả bình xét thi đua, khen thưởng năm 2025"_s));
}

TEST_F(DocxRendererTest, OfficialHeaderAndTitleKeepTheirVietnameseText) {
    const WordBody read = body(sampleReport(12));
    ASSERT_FALSE(read.tables.isEmpty());
    const WordTable& header = read.tables.first();
    EXPECT_FALSE(header.repeatedHeader);
    ASSERT_EQ(header.rows.size(), 2);
    EXPECT_EQ(
        header.rows.at(0),
        (QStringList{u"UBND THÀNH PHỐ HÀ NỘI\nSỞ NỘI VỤ\n"_s,
                     u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"_s}));
    EXPECT_EQ(header.rows.at(1),
              (QStringList{u"Số: 15/BC-SNV"_s, u"Hà Nội, ngày 05 tháng 02 năm 2026"_s}));
    ASSERT_GE(read.paragraphs.size(), 2);
    EXPECT_EQ(read.paragraphs.at(0), u"BÁO CÁO"_s);
    EXPECT_EQ(read.paragraphs.at(1), u"Kết quả bình xét thi đua, khen thưởng năm 2025"_s);
    EXPECT_TRUE(read.paragraphs.contains(u"I. KẾT QUẢ BÌNH XÉT"_s));
    EXPECT_TRUE(read.paragraphs.contains(u"a) Giấy khen của Giám đốc Sở"_s));
}

TEST_F(DocxRendererTest, AnAgencyTooLongForItsColumnBreaksIntoTwoEvenLines) {
    Document document = sampleReport(3);
    document.header->parentAgency = u"Ủy ban nhân dân tỉnh Vĩnh Phúc"_s;
    document.header->issuingAgency = u"Sở Tư pháp tỉnh Vĩnh Phúc"_s;
    const WordBody read = body(document);
    ASSERT_FALSE(read.tables.isEmpty());
    EXPECT_EQ(read.tables.first().rows.at(0).at(0),
              u"ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\nSỞ TƯ PHÁP\nTỈNH VĨNH PHÚC\n"_s);
}

TEST_F(DocxRendererTest, AnUnnumberedDocumentHasNoNumberLine) {
    Document document = sampleReport(3);
    document.header->numbered = false;
    const WordBody read = body(document);
    ASSERT_FALSE(read.tables.isEmpty());
    EXPECT_EQ(read.tables.first().rows.at(1),
              (QStringList{QString(), u"Hà Nội, ngày 05 tháng 02 năm 2026"_s}));
}

TEST_F(DocxRendererTest, DataTableRepeatsItsHeaderAndKeepsEveryRow) {
    const WordTable table = dataTable(body(sampleReport(12)));
    ASSERT_EQ(table.rows.size(), 1 + 2 + 12); // Header, two group rows, the people.
    EXPECT_EQ(table.rows.at(0),
              (QStringList{u"STT"_s, u"Họ và tên"_s, u"Chức vụ, đơn vị công tác"_s,
                           u"Danh hiệu đề nghị"_s, u"Ghi chú"_s}));
    EXPECT_EQ(table.rows.at(1), QStringList{u"I. Cá nhân"_s});
    EXPECT_EQ(table.rows.at(2).at(1), vietnameseName(0));
    EXPECT_EQ(table.rows.at(2).at(3), u"Chiến sĩ thi đua cơ sở"_s);
    EXPECT_EQ(table.rows.at(13), QStringList{u"II. Tập thể"_s});
    EXPECT_EQ(table.rows.at(14).at(0), u"1"_s);
    EXPECT_EQ(table.rows.at(14).at(1), u"Trung tâm Lưu trữ lịch sử"_s);
}

TEST_F(DocxRendererTest, ColumnWidthsKeepTheDocumentsProportions) {
    const WordTable table = dataTable(body(sampleReport(3)));
    // 0.7 : 2.5 : 2.8 : 1.9 : 1.2 of the 165 mm between the margins (9354 twips).
    const QList<double> shares{0.7, 2.5, 2.8, 1.9, 1.2};
    ASSERT_EQ(table.columnWidths.size(), shares.size());
    int total = 0;
    for (qsizetype c = 0; c < shares.size(); ++c) {
        EXPECT_NEAR(table.columnWidths.at(c), 9354 * shares.at(c) / 9.1, 1.0) << c;
        total += table.columnWidths.at(c);
    }
    EXPECT_NEAR(total, 9354, 2);
}

TEST_F(DocxRendererTest, PortraitA4WithTheMarginsOfDecree30AndNumbersFromPageTwo) {
    const WordBody read = body(sampleReport(3));
    EXPECT_EQ(read.pageSize.value(u"w:w"_s), u"11906"_s);
    EXPECT_EQ(read.pageSize.value(u"w:h"_s), u"16838"_s);
    EXPECT_FALSE(read.pageSize.contains(u"w:orient"_s));
    EXPECT_EQ(read.margins.value(u"w:top"_s), u"1134"_s);    // 20 mm
    EXPECT_EQ(read.margins.value(u"w:bottom"_s), u"1134"_s); // 20 mm
    EXPECT_EQ(read.margins.value(u"w:left"_s), u"1701"_s);   // 30 mm
    EXPECT_EQ(read.margins.value(u"w:right"_s), u"850"_s);   // 15 mm
    EXPECT_TRUE(read.titlePage) << "the first page has a header of its own";
    EXPECT_EQ(read.headerKinds, (QStringList{u"default"_s, u"first"_s}));

    const QString numbers = QString::fromUtf8(writeAndRead(sampleReport(3), u"word/header1.xml"_s));
    EXPECT_TRUE(numbers.contains(u"<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"_s));
    EXPECT_TRUE(numbers.contains(u"<w:jc w:val=\"center\"/>"_s));
    const QString first = QString::fromUtf8(writeAndRead(sampleReport(3), u"word/header2.xml"_s));
    EXPECT_FALSE(first.contains(u"PAGE"_s));
}

TEST_F(DocxRendererTest, LandscapeListTurnsThePage) {
    const WordBody read = body(goldenLandscapeList());
    EXPECT_EQ(read.pageSize.value(u"w:orient"_s), u"landscape"_s);
    EXPECT_EQ(read.pageSize.value(u"w:w"_s), u"16838"_s);
    EXPECT_EQ(read.pageSize.value(u"w:h"_s), u"11906"_s);
    // The title note, in italics under the title.
    EXPECT_TRUE(read.paragraphs.contains(
        u"(Kèm theo Tờ trình số 15/TTr-SNV ngày 05/02/2026 của Sở Nội vụ)"_s));
}

TEST_F(DocxRendererTest, SignaturesAreBorderlessColumns) {
    Document document = sampleReport(2);
    SignatureColumns columns;
    columns.caption = u"Đại diện các đơn vị ký giao ước"_s;
    for (int i = 0; i < 5; ++i) {
        columns.signatures.append(
            {u"Sở Tư pháp tỉnh %1"_s.arg(i + 1), u"Giám đốc"_s, vietnameseName(i)});
    }
    document.add(columns);
    const WordBody read = body(document);
    EXPECT_TRUE(read.paragraphs.contains(u"ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC"_s));
    // The signature block, then rows of three and two columns.
    ASSERT_GE(read.tables.size(), 3);
    const WordTable& block = read.tables.at(read.tables.size() - 3);
    ASSERT_EQ(block.rows.size(), 1);
    EXPECT_EQ(block.rows.at(0).at(0), u"Nơi nhận:\n- UBND thành phố (để b/c);\n- Ban Thi đua - "
                                      u"Khen thưởng TP;\n- Lưu: VT, TĐKT."_s);
    EXPECT_EQ(block.rows.at(0).at(1), u"KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Minh Hạnh"_s);
    EXPECT_EQ(read.tables.at(read.tables.size() - 2).rows.at(0).size(), 3);
    const WordTable& last = read.tables.last();
    ASSERT_EQ(last.rows.at(0).size(), 2);
    EXPECT_EQ(last.rows.at(0).at(1), u"SỞ TƯ PHÁP TỈNH 5\nGIÁM ĐỐC\n\n"_s + vietnameseName(4));
}

TEST_F(DocxRendererTest, LineBreaksAndControlCharactersStayWellFormed) {
    Document document;
    document.documentType = u"Danh sách"_s;
    Table table = nameTable(1);
    table.rows[0].cells[4] = u"Dòng một\nDòng hai\u0001"_s;
    document.add(table);
    const WordTable read = dataTable(body(document));
    EXPECT_EQ(read.rows.at(1).at(4), u"Dòng một\nDòng hai"_s);
}

TEST_F(DocxRendererTest, ChartsArePngPicturesInlineOverTheirCaptions) {
    const QString file = path(u"bieu-do.docx"_s);
    ASSERT_TRUE(writeDocx(chartReport(), file));
    QString error;
    const QStringList entries = zipEntries(file, &error);
    EXPECT_TRUE(entries.contains(u"word/media/chart1.png"_s)) << entries.join(u' ').toStdString();
    EXPECT_TRUE(entries.contains(u"word/media/chart2.png"_s));
    EXPECT_FALSE(entries.contains(u"word/media/chart3.png"_s));
    for (const QString& picture : {u"word/media/chart1.png"_s, u"word/media/chart2.png"_s}) {
        const QImage image = QImage::fromData(zipEntry(file, picture, &error), "PNG");
        ASSERT_FALSE(image.isNull()) << picture.toStdString();
        EXPECT_NEAR(image.width(), 1299, 1); // 165 mm at 200 dpi.
    }
    const QString types = QString::fromUtf8(zipEntry(file, u"[Content_Types].xml"_s, &error));
    EXPECT_TRUE(types.contains(u"<Default Extension=\"png\" ContentType=\"image/png\"/>"_s));
    const QString relationships =
        QString::fromUtf8(zipEntry(file, u"word/_rels/document.xml.rels"_s, &error));
    EXPECT_TRUE(relationships.contains(
        u"Id=\"rIdChart1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        u"relationships/image\" Target=\"media/chart1.png\""_s));
    EXPECT_TRUE(relationships.contains(u"Id=\"rIdChart2\""_s));

    const QByteArray xml = zipEntry(file, u"word/document.xml"_s, &error);
    QXmlStreamReader reader(xml);
    QStringList embedded;
    QList<QMap<QString, QString>> extents;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            if (reader.qualifiedName() == u"a:blip"_s) {
                embedded.append(attributesOf(reader).value(u"r:embed"_s));
            } else if (reader.qualifiedName() == u"wp:extent"_s) {
                extents.append(attributesOf(reader));
            }
        }
    }
    ASSERT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    EXPECT_EQ(embedded, (QStringList{u"rIdChart1"_s, u"rIdChart2"_s}));
    ASSERT_EQ(extents.size(), 2);
    EXPECT_EQ(extents.at(0).value(u"cx"_s), u"5940000"_s); // 165 mm in EMU.
    EXPECT_GT(extents.at(0).value(u"cy"_s).toLongLong(), 80 * 36000);

    const WordBody read = readBody(xml);
    EXPECT_TRUE(read.paragraphs.contains(rankingChart().caption));
    EXPECT_TRUE(read.paragraphs.contains(awardsChart().caption));
}

TEST_F(DocxRendererTest, ADocumentWithoutChartsHasNoPictures) {
    const QString file = path(u"khong-bieu-do.docx"_s);
    ASSERT_TRUE(writeDocx(sampleReport(3), file));
    QString error;
    for (const QString& entry : zipEntries(file, &error)) {
        EXPECT_FALSE(entry.startsWith(u"word/media/"_s)) << entry.toStdString();
    }
    EXPECT_FALSE(zipEntry(file, u"word/_rels/document.xml.rels"_s, &error).contains("image"));
}

TEST_F(DocxRendererTest, FailedWriteLeavesTheOldFile) {
    const QString file = path(u"giu-nguyen.docx"_s);
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    auto readOld = [&] {
        QFile old(file);
        EXPECT_TRUE(old.open(QIODevice::ReadOnly));
        return old.readAll();
    };

    Document bad = sampleReport(2);
    Table wide = nameTable(1);
    wide.rows[0].cells.append(u"thừa"_s);
    bad.add(wide);
    auto refused = writeDocx(bad, file);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(readOld(), "old");

    auto stopped = writeDocx(sampleReport(50), file, [](qint64 done, qint64) { return done < 10; });
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(readOld(), "old");

    auto nowhere = writeDocx(sampleReport(2), path(u"khong-co/thu-muc/x.docx"_s));
    ASSERT_FALSE(nowhere);
    EXPECT_EQ(nowhere.error().code, ErrorCode::Io);
    EXPECT_TRUE(nowhere.error().message.contains(u"x.docx"_s));
}

} // namespace
} // namespace thidua::documents
