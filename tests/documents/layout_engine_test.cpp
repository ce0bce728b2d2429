#include "layout_engine.h"
#include "sample_documents.h"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <vector>

namespace thidua::documents {
namespace {

using testing::bundledFont;
using testing::sampleReport;

constexpr double kEpsilon = 0.05;

const TextRun* findRun(const LaidOutPage& page, const QString& text) {
    for (const TextRun& run : page.texts) {
        if (run.text == text) {
            return &run;
        }
    }
    return nullptr;
}

// The first page that shows the text, or -1.
qsizetype pageWith(const LaidOutDocument& laidOut, const QString& text) {
    for (qsizetype p = 0; p < laidOut.pages.size(); ++p) {
        if (findRun(laidOut.pages.at(p), text)) {
            return p;
        }
    }
    return -1;
}

double rightEnd(const TextRun& run) {
    return run.baseline.x() + run.width + run.wordSpacing * run.text.count(QLatin1Char(' '));
}

LaidOutDocument layOut(const Document& document) {
    auto laidOut = layoutDocument(document, bundledFont());
    EXPECT_TRUE(laidOut) << laidOut.error().message.toStdString();
    return laidOut.value_or(LaidOutDocument{});
}

TEST(LayoutEngineTest, EmptyDocumentIsOneBlankPage) {
    const LaidOutDocument laidOut = layOut(Document{});
    ASSERT_EQ(laidOut.pages.size(), 1);
    EXPECT_TRUE(laidOut.pages.front().texts.isEmpty());
    EXPECT_TRUE(laidOut.pages.front().rules.isEmpty());
}

TEST(LayoutEngineTest, HeaderHasTwoColumnsWithNumberLevelWithTheDate) {
    const LaidOutDocument laidOut = layOut(sampleReport(5));
    const LaidOutPage& page = laidOut.pages.front();
    const QRectF area = laidOut.geometry.textArea();
    const double split = area.left() + area.width() * 0.4;

    const TextRun* parent = findRun(page, QStringLiteral("UBND THÀNH PHỐ HÀ NỘI"));
    const TextRun* issuing = findRun(page, QStringLiteral("SỞ NỘI VỤ"));
    const TextRun* number = findRun(page, QStringLiteral("Số: 15/BC-SNV"));
    const TextRun* nation = findRun(page, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    const TextRun* motto = findRun(page, QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    const TextRun* date = findRun(page, QStringLiteral("Hà Nội, ngày 05 tháng 02 năm 2026"));
    ASSERT_TRUE(parent && issuing && number && nation && motto && date);

    for (const TextRun* left : {parent, issuing, number}) {
        EXPECT_LE(rightEnd(*left), split + kEpsilon) << left->text.toStdString();
        EXPECT_GE(left->baseline.x(), area.left() - kEpsilon);
    }
    for (const TextRun* right : {nation, motto, date}) {
        EXPECT_GE(right->baseline.x(), split - kEpsilon) << right->text.toStdString();
        EXPECT_LE(rightEnd(*right), area.right() + kEpsilon);
    }
    // Both columns start at the top margin; the issuing agency is bold, the parent is not.
    EXPECT_NEAR(parent->baseline.y(), nation->baseline.y(), 0.5);
    EXPECT_FALSE(parent->font.bold);
    EXPECT_TRUE(issuing->font.bold && nation->font.bold && motto->font.bold);
    EXPECT_TRUE(date->font.italic);
    // "Số" and the date share a row.
    EXPECT_NEAR(number->baseline.y(), date->baseline.y(), 0.6);
    EXPECT_GT(number->baseline.y(), issuing->baseline.y());

    // A rule as long as the motto, right under it; a shorter one under the agency.
    bool mottoRule = false;
    bool agencyRule = false;
    for (const Rule& rule : page.rules) {
        const double length = rule.to.x() - rule.from.x();
        const double below = rule.from.y() - motto->baseline.y();
        if (std::abs(length - motto->width) < kEpsilon &&
            std::abs(rule.from.x() - motto->baseline.x()) < kEpsilon && below > 0 && below < 3) {
            mottoRule = true;
        }
        const double belowAgency = rule.from.y() - issuing->baseline.y();
        if (length > 10 && length < issuing->width && belowAgency > 0 && belowAgency < 3) {
            agencyRule = true;
            EXPECT_NEAR((rule.from.x() + rule.to.x()) / 2,
                        issuing->baseline.x() + issuing->width / 2, kEpsilon);
        }
    }
    EXPECT_TRUE(mottoRule);
    EXPECT_TRUE(agencyRule);
}

TEST(LayoutEngineTest, InvalidDateLeavesBlanksToFillIn) {
    Document document = sampleReport(1);
    document.header->date = QDate();
    const LaidOutDocument laidOut = layOut(document);
    EXPECT_TRUE(findRun(laidOut.pages.front(), QStringLiteral("Hà Nội, ngày …… tháng …… năm ……")));
}

TEST(LayoutEngineTest, TitleIsCentredBoldCapitals) {
    const LaidOutDocument laidOut = layOut(sampleReport(5));
    const QRectF area = laidOut.geometry.textArea();
    const TextRun* type = findRun(laidOut.pages.front(), QStringLiteral("BÁO CÁO"));
    const TextRun* summary = findRun(
        laidOut.pages.front(), QStringLiteral("Kết quả bình xét thi đua, khen thưởng năm 2025"));
    ASSERT_TRUE(type && summary);
    for (const TextRun* run : {type, summary}) {
        EXPECT_TRUE(run->font.bold);
        EXPECT_NEAR(run->baseline.x() + run->width / 2, area.center().x(), kEpsilon);
    }
    EXPECT_GT(summary->baseline.y(), type->baseline.y());
}

TEST(LayoutEngineTest, ParagraphsAreJustifiedWithAFirstLineIndent) {
    Document document;
    document.add(Paragraph{QStringLiteral(
        "Thực hiện Luật Thi đua, khen thưởng năm 2022 và Nghị định số 152/2025/NĐ-CP của Chính "
        "phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng, Sở Nội vụ báo cáo kết "
        "quả bình xét thi đua, khen thưởng năm 2025 như sau.")});
    const LaidOutDocument laidOut = layOut(document);
    const QRectF area = laidOut.geometry.textArea();
    const QList<TextRun>& runs = laidOut.pages.front().texts;
    ASSERT_GE(runs.size(), 3);
    EXPECT_NEAR(runs.front().baseline.x(), area.left() + 12.7, kEpsilon);
    for (qsizetype i = 0; i + 1 < runs.size(); ++i) {
        EXPECT_GT(runs.at(i).wordSpacing, 0);
        EXPECT_NEAR(rightEnd(runs.at(i)), area.right(), kEpsilon) << i;
    }
    EXPECT_DOUBLE_EQ(runs.back().wordSpacing, 0); // The last line is not stretched.
    EXPECT_NEAR(runs.at(1).baseline.x(), area.left(), kEpsilon);
}

TEST(LayoutEngineTest, HeadingLevelsUseNghiDinh30Styles) {
    Document document;
    document.add(Heading{Heading::Level::Part, QStringLiteral("I. Kết quả thực hiện")});
    document.add(Heading{Heading::Level::Section, QStringLiteral("1. Danh hiệu thi đua")});
    document.add(Heading{Heading::Level::Item, QStringLiteral("a) Cá nhân")});
    const LaidOutDocument laidOut = layOut(document);
    const LaidOutPage& page = laidOut.pages.front();
    const TextRun* part = findRun(page, QStringLiteral("I. KẾT QUẢ THỰC HIỆN"));
    const TextRun* section = findRun(page, QStringLiteral("1. Danh hiệu thi đua"));
    const TextRun* item = findRun(page, QStringLiteral("a) Cá nhân"));
    ASSERT_TRUE(part && section && item);
    EXPECT_TRUE(part->font.bold);
    EXPECT_TRUE(section->font.bold);
    EXPECT_FALSE(item->font.bold);
    EXPECT_TRUE(item->font.italic);
    EXPECT_LT(part->baseline.y(), section->baseline.y());
    EXPECT_LT(section->baseline.y(), item->baseline.y());
}

TEST(LayoutEngineTest, SignatureBlockHasRecipientsLeftAndSignerRight) {
    const LaidOutDocument laidOut = layOut(sampleReport(3));
    const LaidOutPage& page = laidOut.pages.back();
    const QRectF area = laidOut.geometry.textArea();
    const TextRun* recipients = findRun(page, QStringLiteral("Nơi nhận:"));
    const TextRun* first = findRun(page, QStringLiteral("- UBND thành phố (để b/c);"));
    const TextRun* last = findRun(page, QStringLiteral("- Lưu: VT, TĐKT."));
    const TextRun* authority = findRun(page, QStringLiteral("KT. GIÁM ĐỐC"));
    const TextRun* position = findRun(page, QStringLiteral("PHÓ GIÁM ĐỐC"));
    const TextRun* name = findRun(page, QStringLiteral("Nguyễn Thị Minh Hạnh"));
    ASSERT_TRUE(recipients && first && last && authority && position && name);
    EXPECT_TRUE(recipients->font.bold && recipients->font.italic);
    EXPECT_DOUBLE_EQ(recipients->font.pointSize, 12);
    EXPECT_DOUBLE_EQ(first->font.pointSize, 11);
    EXPECT_NEAR(recipients->baseline.x(), area.left(), kEpsilon);
    EXPECT_GT(authority->baseline.x(), area.center().x() - 20);
    EXPECT_NEAR(recipients->baseline.y(), authority->baseline.y(), 1.0);
    // Room for the signature and seal between the position and the name.
    EXPECT_GT(name->baseline.y() - position->baseline.y(), 20.0);
    EXPECT_TRUE(name->font.bold);
}

SignatureColumns fiveUnits() {
    SignatureColumns signatures;
    signatures.caption = QStringLiteral("Đại diện các đơn vị ký giao ước");
    for (const char16_t* unit :
         {u"Sở Tư pháp tỉnh Bắc Ninh", u"Sở Tư pháp tỉnh Vĩnh Phúc", u"Sở Tư pháp tỉnh Phú Thọ",
          u"Sở Tư pháp tỉnh Hà Nam", u"Sở Tư pháp tỉnh Hưng Yên"}) {
        signatures.signatures.append({QString::fromUtf16(unit), QStringLiteral("Giám đốc"), {}});
    }
    return signatures;
}

TEST(LayoutEngineTest, SignatureColumnsSitSideBySideWithAShortLastRowCentred) {
    Document document;
    document.add(fiveUnits());
    const LaidOutDocument laidOut = layOut(document);
    ASSERT_EQ(laidOut.pages.size(), 1);
    const LaidOutPage& page = laidOut.pages.front();
    const QRectF area = laidOut.geometry.textArea();
    const TextRun* caption = findRun(page, QStringLiteral("ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC"));
    ASSERT_TRUE(caption);
    EXPECT_NEAR(caption->baseline.x() + caption->width / 2, area.center().x(), kEpsilon);

    std::vector<const TextRun*> units;
    for (const TextRun& run : page.texts) {
        if (run.text.startsWith(QStringLiteral("SỞ TƯ PHÁP"))) {
            units.push_back(&run);
        }
    }
    ASSERT_EQ(units.size(), 5U) << "one line per unit at this width";
    const double third = area.width() / 3;
    for (int i = 0; i < 3; ++i) {
        EXPECT_NEAR(units[i]->baseline.y(), units[0]->baseline.y(), kEpsilon);
        EXPECT_NEAR(units[i]->baseline.x() + units[i]->width / 2, area.left() + third * (i + 0.5),
                    kEpsilon);
        EXPECT_TRUE(units[i]->font.bold);
        EXPECT_GT(units[i]->baseline.y(), caption->baseline.y());
    }
    // The second row is below the first one's signature space, its two columns centred.
    EXPECT_GT(units[3]->baseline.y() - units[0]->baseline.y(), 24.0);
    EXPECT_NEAR(units[3]->baseline.y(), units[4]->baseline.y(), kEpsilon);
    EXPECT_NEAR(units[3]->baseline.x() + units[3]->width / 2, area.center().x() - third / 2,
                kEpsilon);
    EXPECT_NEAR(units[4]->baseline.x() + units[4]->width / 2, area.center().x() + third / 2,
                kEpsilon);
}

TEST(LayoutEngineTest, ASignatureRowNeverSplitsAcrossPages) {
    for (int paragraphs = 20; paragraphs <= 40; ++paragraphs) {
        Document document;
        for (int i = 0; i < paragraphs; ++i) {
            document.add(Paragraph{QStringLiteral("Đoạn văn số %1.").arg(i + 1)});
        }
        document.add(fiveUnits());
        const LaidOutDocument laidOut = layOut(document);
        const double bottom = laidOut.geometry.textArea().bottom();
        for (const LaidOutPage& page : laidOut.pages) {
            int units = 0;
            for (const TextRun& run : page.texts) {
                units += run.text.startsWith(QStringLiteral("SỞ TƯ PHÁP")) ? 1 : 0;
                EXPECT_LE(run.baseline.y(), bottom) << run.text.toStdString();
            }
            // Whole rows only: the first three, the last two, or all five.
            EXPECT_TRUE(units == 0 || units == 2 || units == 3 || units == 5)
                << units << " units on a page after " << paragraphs << " paragraphs";
        }
    }
}

// Wherever the page ends, a heading and the lines that introduce a table
// stand on the page where the table's header is, and a paragraph far above
// the table stays where it falls.
TEST(LayoutEngineTest, WhatIntroducesATableStaysWithItsHeader) {
    for (int paragraphs = 30; paragraphs <= 44; ++paragraphs) {
        Document document;
        for (int i = 0; i < paragraphs; ++i) {
            document.add(Paragraph{QStringLiteral("Đoạn văn số %1.").arg(i + 1)});
        }
        document.add(Heading{Heading::Level::Section, QStringLiteral("Lượt 3: Chiến sĩ thi đua")});
        document.add(Paragraph{QStringLiteral("Người dẫn chương trình mời lên sân khấu.")});
        Table table;
        table.columns = {{QStringLiteral("Vị trí"), 1, Alignment::Center},
                         {QStringLiteral("Người lên nhận"), 4, Alignment::Left}};
        for (int row = 0; row < 5; ++row) {
            table.rows.append(
                TableRow::data({QString::number(row + 1), QStringLiteral("Lê Văn An")}));
        }
        document.add(table);
        const LaidOutDocument laidOut = layOut(document);
        auto pageOf = [&](const QString& text) {
            return pageWith(laidOut, text);
        };
        const qsizetype header = pageOf(QStringLiteral("Người lên nhận"));
        ASSERT_GE(header, 0);
        EXPECT_EQ(pageOf(QStringLiteral("Lượt 3: Chiến sĩ thi đua")), header) << paragraphs;
        EXPECT_EQ(pageOf(QStringLiteral("Người dẫn chương trình mời lên sân khấu.")), header)
            << paragraphs;
        // The paragraphs above fill the first page as before.
        EXPECT_EQ(pageOf(QStringLiteral("Đoạn văn số 1.")), 0);
    }
}

TEST(LayoutEngineTest, ASignatureKeepsTheParagraphAboveIt) {
    for (int paragraphs = 30; paragraphs <= 44; ++paragraphs) {
        Document document;
        for (int i = 0; i < paragraphs; ++i) {
            document.add(Paragraph{QStringLiteral("Đoạn văn số %1.").arg(i + 1)});
        }
        SignatureBlock signature;
        signature.authority = QStringLiteral("TM. KHỐI THI ĐUA NỘI CHÍNH");
        signature.position = QStringLiteral("TRƯỞNG KHỐI");
        signature.recipients = {QStringLiteral("Lưu: VT")};
        document.add(signature);
        const LaidOutDocument laidOut = layOut(document);
        auto pageOf = [&](const QString& text) {
            return pageWith(laidOut, text);
        };
        const qsizetype signed_ = pageOf(QStringLiteral("TRƯỞNG KHỐI"));
        ASSERT_GE(signed_, 0) << paragraphs;
        EXPECT_EQ(pageOf(QStringLiteral("Đoạn văn số %1.").arg(paragraphs)), signed_) << paragraphs;
        EXPECT_EQ(pageOf(QStringLiteral("Đoạn văn số 1.")), 0);
    }
}

TEST(LayoutEngineTest, APreparerSignsLeftLevelWithTheHead) {
    Document document = sampleReport(3);
    SignatureBlock signature;
    signature.recipients = {QStringLiteral("Lưu: VT")}; // the preparer takes their place
    signature.preparer = Preparer{QStringLiteral("Người lập biểu"), QStringLiteral("Lê Thị Hoa")};
    signature.position = QStringLiteral("Thủ trưởng đơn vị");
    document.blocks.back() = signature;
    const LaidOutDocument laidOut = layOut(document);
    const LaidOutPage& page = laidOut.pages.back();
    const QRectF area = laidOut.geometry.textArea();
    const double split = area.left() + area.width() * Typography{}.signatureLeftShare;
    const TextRun* preparer = findRun(page, QStringLiteral("NGƯỜI LẬP BIỂU"));
    const TextRun* preparerName = findRun(page, QStringLiteral("Lê Thị Hoa"));
    const TextRun* head = findRun(page, QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ"));
    ASSERT_TRUE(preparer && preparerName && head);
    EXPECT_EQ(findRun(page, QStringLiteral("Nơi nhận:")), nullptr);
    EXPECT_TRUE(preparer->font.bold && head->font.bold && preparerName->font.bold);
    EXPECT_LE(rightEnd(*preparer), split + kEpsilon);
    EXPECT_GE(head->baseline.x(), split - kEpsilon);
    EXPECT_NEAR(preparer->baseline.y(), head->baseline.y(), kEpsilon);
    // Centred in its column, with room to sign above the name.
    const double centre = (area.left() + split) / 2;
    EXPECT_NEAR(preparer->baseline.x() + preparer->width / 2, centre, kEpsilon);
    EXPECT_NEAR(preparerName->baseline.x() + preparerName->width / 2, centre, kEpsilon);
    EXPECT_GT(preparerName->baseline.y() - preparer->baseline.y(), 20.0);
}

TEST(LayoutEngineTest, PageNumbersFromPageTwoCentredInTheTopMargin) {
    const LaidOutDocument laidOut = layOut(sampleReport(200));
    ASSERT_GE(laidOut.pages.size(), 3);
    const QRectF area = laidOut.geometry.textArea();
    for (const TextRun& run : laidOut.pages.front().texts) {
        EXPECT_GE(run.baseline.y(), area.top())
            << "page 1 has text in the top margin: " << run.text.toStdString();
    }
    for (qsizetype i = 1; i < laidOut.pages.size(); ++i) {
        std::optional<TextRun> number;
        for (const TextRun& run : laidOut.pages.at(i).texts) {
            if (run.baseline.y() < area.top()) {
                EXPECT_FALSE(number) << "two runs in the top margin of page " << i + 1;
                number = run;
            }
        }
        ASSERT_TRUE(number) << "no page number on page " << i + 1;
        EXPECT_EQ(number->text, QString::number(i + 1));
        EXPECT_FALSE(number->font.bold || number->font.italic);
        EXPECT_NEAR(number->baseline.x() + number->width / 2, area.center().x(), kEpsilon);
        EXPECT_GT(number->baseline.y(), 5.0);
    }
}

TEST(LayoutEngineTest, EverythingStaysInsideTheTextArea) {
    for (const Orientation orientation : {Orientation::Portrait, Orientation::Landscape}) {
        Document document = sampleReport(120);
        document.orientation = orientation;
        const LaidOutDocument laidOut = layOut(document);
        const QRectF area = laidOut.geometry.textArea();
        for (qsizetype p = 0; p < laidOut.pages.size(); ++p) {
            for (const TextRun& run : laidOut.pages.at(p).texts) {
                EXPECT_GE(run.baseline.x(), area.left() - kEpsilon) << run.text.toStdString();
                EXPECT_LE(rightEnd(run), area.right() + kEpsilon) << run.text.toStdString();
                if (p > 0 && run.baseline.y() < area.top()) {
                    continue; // the page number
                }
                EXPECT_GE(run.baseline.y(), area.top()) << run.text.toStdString();
                EXPECT_LE(run.baseline.y(), area.bottom()) << run.text.toStdString();
            }
            for (const Rule& rule : laidOut.pages.at(p).rules) {
                for (const QPointF end : {rule.from, rule.to}) {
                    EXPECT_TRUE(
                        area.adjusted(-kEpsilon, -kEpsilon, kEpsilon, kEpsilon).contains(end))
                        << "rule end " << end.x() << "," << end.y() << " on page " << p + 1;
                }
            }
        }
    }
}

TEST(LayoutEngineTest, PageBreakStartsANewPage) {
    Document document;
    document.add(Paragraph{QStringLiteral("Trang một.")});
    document.add(PageBreak{});
    document.add(Paragraph{QStringLiteral("Trang hai.")});
    const LaidOutDocument laidOut = layOut(document);
    ASSERT_EQ(laidOut.pages.size(), 2);
    EXPECT_TRUE(findRun(laidOut.pages.at(1), QStringLiteral("Trang hai.")));
}

TEST(LayoutEngineTest, DecomposedTextIsLaidOutLikePrecomposedText) {
    // "Nguyễn" typed with combining marks (NFD) measures as its NFC form.
    const QString composed = QStringLiteral("Nguyễn Thị Hương");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    ASSERT_NE(composed, decomposed);
    Document document;
    document.add(Paragraph{decomposed, Alignment::Left, false, false, false});
    const LaidOutDocument laidOut = layOut(document);
    ASSERT_EQ(laidOut.pages.front().texts.size(), 1);
    EXPECT_EQ(laidOut.pages.front().texts.front().text, composed);
}

} // namespace
} // namespace thidua::documents
