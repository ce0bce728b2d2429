#include "layout_engine.h"
#include "sample_documents.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace thidua::documents {
namespace {

using testing::bundledFont;
using testing::nameTable;
using testing::vietnameseName;

constexpr double kEpsilon = 0.05;

LaidOutDocument layOutTable(const Table& table, Orientation orientation = Orientation::Portrait) {
    Document document;
    document.orientation = orientation;
    document.add(table);
    auto laidOut = layoutDocument(document, bundledFont());
    EXPECT_TRUE(laidOut) << laidOut.error().message.toStdString();
    return laidOut.value_or(LaidOutDocument{});
}

QList<const TextRun*> runsInColumn(const LaidOutPage& page, double left, double right) {
    QList<const TextRun*> runs;
    for (const TextRun& run : page.texts) {
        if (run.baseline.x() >= left && run.baseline.x() < right) {
            runs.append(&run);
        }
    }
    return runs;
}

bool hasRun(const LaidOutPage& page, const QString& text, bool bold) {
    return std::any_of(page.texts.cbegin(), page.texts.cend(), [&](const TextRun& run) {
        return run.text == text && run.font.bold == bold;
    });
}

TEST(TableLayoutTest, HeaderRowRepeatsOnEveryPage) {
    const LaidOutDocument laidOut = layOutTable(nameTable(200));
    ASSERT_GE(laidOut.pages.size(), 4);
    const QRectF area = laidOut.geometry.textArea();
    for (qsizetype p = 0; p < laidOut.pages.size(); ++p) {
        const LaidOutPage& page = laidOut.pages.at(p);
        for (const char* header : {"STT", "Họ và tên", "Ghi chú"}) {
            EXPECT_TRUE(hasRun(page, QString::fromUtf8(header), true))
                << header << " missing on page " << p + 1;
        }
        // The header is the first row: nothing of the table above it.
        double headerY = 1e9;
        double firstDataY = 1e9;
        for (const TextRun& run : page.texts) {
            if (run.baseline.y() < area.top()) {
                continue;
            }
            (run.font.bold ? headerY : firstDataY) =
                std::min(run.font.bold ? headerY : firstDataY, run.baseline.y());
        }
        EXPECT_LT(headerY, firstDataY) << "page " << p + 1;
    }
}

TEST(TableLayoutTest, EveryRowAppearsOnceInOrder) {
    const int rows = 200;
    const LaidOutDocument laidOut = layOutTable(nameTable(rows));
    QStringList names;
    for (const LaidOutPage& page : laidOut.pages) {
        for (const TextRun& run : page.texts) {
            if (!run.font.bold && run.text.count(QLatin1Char(' ')) == 2 &&
                run.text == vietnameseName(int(names.size()))) {
                names.append(run.text);
            }
        }
    }
    ASSERT_EQ(names.size(), rows);
}

TEST(TableLayoutTest, GridLinesFrameEveryPageOfTheTable) {
    const LaidOutDocument laidOut = layOutTable(nameTable(120));
    const QRectF area = laidOut.geometry.textArea();
    for (const LaidOutPage& page : laidOut.pages) {
        int leftEdge = 0;
        int rightEdge = 0;
        for (const Rule& rule : page.rules) {
            if (std::abs(rule.from.x() - rule.to.x()) < 1e-9) {
                leftEdge += std::abs(rule.from.x() - area.left()) < kEpsilon;
                rightEdge += std::abs(rule.from.x() - area.right()) < kEpsilon;
            }
        }
        // One continuous outer line per side per page.
        EXPECT_EQ(leftEdge, 1);
        EXPECT_EQ(rightEdge, 1);
    }
}

TEST(TableLayoutTest, TallRowIsSplitAcrossPagesUnderARepeatedHeader) {
    Table table = nameTable(3);
    table.rows[0].cells[4].clear();
    QStringList sentences;
    for (int i = 1; i <= 90; ++i) {
        sentences.append(QStringLiteral("Câu %1 của ghi chú dài.").arg(i));
    }
    table.rows[1].cells[4] = sentences.join(QLatin1Char(' '));
    const LaidOutDocument laidOut = layOutTable(table);
    ASSERT_GE(laidOut.pages.size(), 2);

    // The words of the long cell, read page after page, give back the text.
    QStringList words;
    QList<int> pagesWithNote;
    const QRectF area = laidOut.geometry.textArea();
    const double noteLeft = area.right() - area.width() * 1.2 / 9.1 - kEpsilon;
    for (qsizetype p = 0; p < laidOut.pages.size(); ++p) {
        const LaidOutPage& page = laidOut.pages.at(p);
        EXPECT_TRUE(hasRun(page, QStringLiteral("Họ và tên"), true)) << "page " << p + 1;
        for (const TextRun* run : runsInColumn(page, noteLeft, area.right())) {
            if (!run->font.bold && run->baseline.y() > area.top()) {
                words += run->text.split(QLatin1Char(' '));
                if (pagesWithNote.isEmpty() || pagesWithNote.back() != p) {
                    pagesWithNote.append(int(p));
                }
            }
        }
    }
    EXPECT_GE(pagesWithNote.size(), 2);
    EXPECT_EQ(words.join(QLatin1Char(' ')), sentences.join(QLatin1Char(' ')));
    // The row's other cells print once, on the first part.
    int names = 0;
    for (const LaidOutPage& page : laidOut.pages) {
        names += hasRun(page, vietnameseName(1), false);
    }
    EXPECT_EQ(names, 1);
}

// Slid over the foot of a page, a table of five names moves to the next page
// whole, as a batch called up on stage is read; a long list still splits.
TEST(TableLayoutTest, AShortTableIsNeverSplitALongOneIs) {
    for (int before = 30; before < 52; ++before) {
        QStringList lines;
        for (int i = 0; i < before; ++i) {
            lines.append(QStringLiteral("Dòng %1").arg(i + 1));
        }
        for (int rows : {5, 60}) {
            Document document;
            document.add(
                Paragraph{lines.join(QLatin1Char('\n')), Alignment::Left, false, false, false});
            document.add(nameTable(rows));
            const auto laidOut = layoutDocument(document, bundledFont());
            ASSERT_TRUE(laidOut);
            std::set<qsizetype> pages;
            for (qsizetype p = 0; p < laidOut->pages.size(); ++p) {
                for (int row = 0; row < rows; ++row) {
                    if (hasRun(laidOut->pages.at(p), vietnameseName(row), false)) {
                        pages.insert(p);
                    }
                }
            }
            if (rows == 5) {
                EXPECT_EQ(pages.size(), 1u) << "before=" << before;
            } else {
                EXPECT_GT(pages.size(), 1u) << "before=" << before;
            }
        }
    }
}

TEST(TableLayoutTest, ShortRowsMoveWholeAndTheHeaderNeverStandsAlone) {
    // Slide a table whose first row is five lines tall over the foot of a page.
    for (int before = 30; before < 52; ++before) {
        QStringList lines;
        for (int i = 0; i < before; ++i) {
            lines.append(QStringLiteral("Dòng %1").arg(i + 1));
        }
        Document document;
        document.add(
            Paragraph{lines.join(QLatin1Char('\n')), Alignment::Left, false, false, false});
        Table table = nameTable(3);
        table.rows[0].cells[4] = QStringLiteral("a\nb\nc\nd\ne");
        document.add(table);
        const auto laidOut = layoutDocument(document, bundledFont());
        ASSERT_TRUE(laidOut);
        qsizetype headerPage = -1;
        QList<qsizetype> partPages;
        for (qsizetype p = 0; p < laidOut->pages.size(); ++p) {
            const LaidOutPage& page = laidOut->pages.at(p);
            if (headerPage < 0 && hasRun(page, QStringLiteral("Họ và tên"), true)) {
                headerPage = p;
            }
            for (const char* part : {"a", "b", "c", "d", "e"}) {
                if (hasRun(page, QString::fromUtf8(part), false)) {
                    partPages.append(p);
                }
            }
        }
        ASSERT_EQ(partPages.size(), 5) << "before=" << before;
        EXPECT_EQ(partPages.front(), partPages.back()) << "short row split, before=" << before;
        EXPECT_EQ(headerPage, partPages.front()) << "header alone, before=" << before;
    }
}

TEST(TableLayoutTest, GroupRowSpansAllColumnsInBold) {
    Table table = nameTable(4);
    table.rows.insert(0, TableRow::group(QStringLiteral("I. Cá nhân")));
    const LaidOutDocument laidOut = layOutTable(table);
    const LaidOutPage& page = laidOut.pages.front();
    const QRectF area = laidOut.geometry.textArea();
    const TextRun* group = nullptr;
    for (const TextRun& run : page.texts) {
        if (run.text == QStringLiteral("I. Cá nhân")) {
            group = &run;
        }
    }
    ASSERT_TRUE(group);
    EXPECT_TRUE(group->font.bold);
    EXPECT_NEAR(group->baseline.x(), area.left() + 1.5, kEpsilon);
    // No inner vertical line crosses the group row.
    for (const Rule& rule : page.rules) {
        const bool vertical = std::abs(rule.from.x() - rule.to.x()) < 1e-9;
        const bool inner =
            rule.from.x() > area.left() + kEpsilon && rule.from.x() < area.right() - kEpsilon;
        if (vertical && inner) {
            EXPECT_FALSE(rule.from.y() < group->baseline.y() && group->baseline.y() < rule.to.y())
                << "inner line at x=" << rule.from.x();
        }
    }
}

TEST(TableLayoutTest, GroupRowIsNeverLastOnAPage) {
    // Slide a group row over the foot of the first page.
    for (int before = 20; before < 70; ++before) {
        Table table = nameTable(before);
        table.rows.append(TableRow::group(QStringLiteral("II. Tập thể")));
        table.rows.append(TableRow::data({QStringLiteral("1"), QStringLiteral("Văn phòng Sở")}));
        const LaidOutDocument laidOut = layOutTable(table);
        for (const LaidOutPage& page : laidOut.pages) {
            for (qsizetype i = 0; i < page.texts.size(); ++i) {
                if (page.texts.at(i).text == QStringLiteral("II. Tập thể")) {
                    ASSERT_LT(i + 1, page.texts.size()) << "before=" << before;
                    EXPECT_EQ(page.texts.at(i + 1).text, QStringLiteral("1"));
                }
            }
        }
    }
}

TEST(TableLayoutTest, NestedGroupRowsStayTogetherWithTheirFirstRow) {
    // "II. Cá nhân" over "1. Lao động tiên tiến": neither ends a page.
    for (int before = 20; before < 70; ++before) {
        Table table = nameTable(before);
        table.rows.append(TableRow::group(QStringLiteral("II. Cá nhân")));
        table.rows.append(TableRow::group(QStringLiteral("1. Lao động tiên tiến")));
        table.rows.append(TableRow::data({QStringLiteral("1"), QStringLiteral("Lê Văn An")}));
        const LaidOutDocument laidOut = layOutTable(table);
        for (const LaidOutPage& page : laidOut.pages) {
            for (qsizetype i = 0; i < page.texts.size(); ++i) {
                if (page.texts.at(i).text == QStringLiteral("II. Cá nhân")) {
                    ASSERT_LT(i + 2, page.texts.size()) << "before=" << before;
                    EXPECT_EQ(page.texts.at(i + 1).text, QStringLiteral("1. Lao động tiên tiến"));
                    EXPECT_EQ(page.texts.at(i + 2).text, QStringLiteral("1"));
                }
            }
        }
    }
}

TEST(TableLayoutTest, ColumnAlignmentAndWidths) {
    const LaidOutDocument laidOut = layOutTable(nameTable(2));
    const QRectF area = laidOut.geometry.textArea();
    const double unit = area.width() / 9.1;
    int checked = 0;
    for (const TextRun& run : laidOut.pages.front().texts) {
        if (run.text == QStringLiteral("1") && !run.font.bold) { // STT: centred in 0.7 units
            EXPECT_NEAR(run.baseline.x() + run.width / 2, area.left() + 0.35 * unit, kEpsilon);
            ++checked;
        }
        if (run.text == vietnameseName(0)) { // Họ và tên: left, after the padding
            EXPECT_NEAR(run.baseline.x(), area.left() + 0.7 * unit + 1.5, kEpsilon);
            ++checked;
        }
    }
    EXPECT_EQ(checked, 2);
}

TEST(TableLayoutTest, RowWithMoreCellsThanColumnsIsAnError) {
    Table table = nameTable(3);
    table.rows[1].cells.append(QStringLiteral("thừa"));
    Document document;
    document.add(table);
    const auto laidOut = layoutDocument(document, bundledFont());
    ASSERT_FALSE(laidOut);
    EXPECT_EQ(laidOut.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(laidOut.error().message.contains(QStringLiteral("Dòng 2")))
        << laidOut.error().message.toStdString();
}

TEST(TableLayoutTest, TableWithoutColumnsOrWithABadWidthIsAnError) {
    Document empty;
    empty.add(Table{});
    EXPECT_FALSE(layoutDocument(empty, bundledFont()));

    Table table = nameTable(1);
    table.columns[2].relativeWidth = 0;
    Document zero;
    zero.add(table);
    const auto laidOut = layoutDocument(zero, bundledFont());
    ASSERT_FALSE(laidOut);
    EXPECT_TRUE(laidOut.error().message.contains(QStringLiteral("Chức vụ, đơn vị công tác")));

    Table tiny = nameTable(1);
    tiny.fontPointSize = 0;
    Document noSize;
    noSize.add(tiny);
    EXPECT_FALSE(layoutDocument(noSize, bundledFont()));
}

TEST(TableLayoutTest, ShortRowsMayLeaveCellsEmpty) {
    Table table = nameTable(1);
    table.rows.append(TableRow::data({QStringLiteral("2")}));
    EXPECT_EQ(layOutTable(table).pages.size(), 1);
}

TEST(TableLayoutTest, ASignatureAfterTheTableNeverStandsAloneOnAPage) {
    // Slide the end of the table over the foot of the first page: the
    // signature always shares its page with the table's last row.
    const QString lastName = QStringLiteral("Người cuối danh sách");
    int signaturesMoved = 0;
    for (int before = 20; before < 70; ++before) {
        Table table = nameTable(before);
        table.rows.append(TableRow::data({QStringLiteral("0"), lastName}));
        Document document;
        document.add(table);
        SignatureBlock signature;
        signature.preparer = Preparer{QStringLiteral("Người lập biểu"), {}};
        signature.position = QStringLiteral("Thủ trưởng đơn vị");
        document.add(signature);
        auto laidOut = layoutDocument(document, bundledFont());
        ASSERT_TRUE(laidOut) << laidOut.error().message.toStdString();
        const LaidOutPage& last = laidOut->pages.back();
        EXPECT_TRUE(hasRun(last, QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ"), true)) << "before=" << before;
        EXPECT_TRUE(hasRun(last, lastName, false)) << "before=" << before;
        if (laidOut->pages.size() > 1 && !hasRun(laidOut->pages.front(), lastName, false))
            ++signaturesMoved;
    }
    EXPECT_GT(signaturesMoved, 0) << "no length put the last row at the foot of the page";
}

} // namespace
} // namespace thidua::documents
