#include "covenant_document.h"
#include "roman_spin_box.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace thidua;

namespace {

ui::CovenantPrint fourUnits() {
    return {QStringLiteral("Bộ Tư pháp"),
            QStringLiteral("Cụm thi đua số IV"),
            2025,
            QDate(2025, 2, 5),
            QStringLiteral("Hội trường Vụ Hợp tác quốc tế"),
            {QStringLiteral("Vụ Hợp tác quốc tế"), QStringLiteral("Vụ Pháp luật quốc tế"),
             QStringLiteral("Cục Bổ trợ tư pháp"), QStringLiteral("Cục Con nuôi")},
            {QStringLiteral("Hoàn thành toàn diện các chỉ tiêu năm 2025."),
             QStringLiteral("100% công chức đăng ký thi đua.")}};
}

template <typename T>
std::vector<T> blocksOf(const documents::Document& document) {
    std::vector<T> found;
    for (const documents::Block& block : document.blocks)
        if (const T* item = std::get_if<T>(&block))
            found.push_back(*item);
    return found;
}

} // namespace

TEST(CovenantDocument, HasTheOfficialHeaderTitleNumberedTargetsAndOneSignatureEachUnit) {
    const documents::Document document = ui::covenantDocument(fourUnits());
    ASSERT_TRUE(document.header);
    EXPECT_EQ(document.header->parentAgency, QStringLiteral("Bộ Tư pháp"));
    EXPECT_EQ(document.header->issuingAgency, QStringLiteral("Cụm thi đua số IV"));
    EXPECT_EQ(document.header->date, QDate(2025, 2, 5));
    EXPECT_EQ(document.documentType, QStringLiteral("GIAO ƯỚC THI ĐUA NĂM 2025"));
    EXPECT_TRUE(document.summary.contains(QStringLiteral("Cụm thi đua số IV")));

    QStringList texts;
    for (const documents::Paragraph& paragraph : blocksOf<documents::Paragraph>(document))
        texts << paragraph.text;
    const QString all = texts.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("ngày 05 tháng 02 năm 2025, tại Hội trường Vụ Hợp "
                                            "tác quốc tế")));
    EXPECT_TRUE(texts.contains(QStringLiteral("1. Hoàn thành toàn diện các chỉ tiêu năm 2025.")));
    EXPECT_TRUE(texts.contains(QStringLiteral("2. 100% công chức đăng ký thi đua.")));
    EXPECT_TRUE(texts.contains(QStringLiteral("- Vụ Pháp luật quốc tế;")));
    EXPECT_TRUE(texts.contains(QStringLiteral("- Cục Con nuôi.")));
    EXPECT_TRUE(all.contains(QStringLiteral("lập thành 04 bản")));

    const auto signatures = blocksOf<documents::SignatureColumns>(document);
    ASSERT_EQ(signatures.size(), 1U);
    ASSERT_EQ(signatures.front().signatures.size(), 4);
    EXPECT_EQ(signatures.front().signatures.at(2).authority, QStringLiteral("Cục Bổ trợ tư pháp"));
}

TEST(CovenantDocument, AnUndatedCovenantLeavesBlanksToFillIn) {
    ui::CovenantPrint print = fourUnits();
    print.signedOn = {};
    print.place.clear();
    const documents::Document document = ui::covenantDocument(print);
    const auto paragraphs = blocksOf<documents::Paragraph>(document);
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_TRUE(paragraphs.front().text.startsWith(
        QStringLiteral("Hôm nay, ngày …… tháng …… năm ……, các đơn vị thành viên")));
}

TEST(RomanSpinBox, ReadsAndWritesClusterNumbersInRomanNumerals) {
    ui::RomanSpinBox box;
    box.setSpecialValueText(QStringLiteral("(none)"));
    box.setValue(4);
    EXPECT_EQ(box.text(), QStringLiteral("IV"));
    box.selectAll();
    QTest::keyClicks(&box, QStringLiteral("xii"));
    box.interpretText();
    EXPECT_EQ(box.value(), 12);
    box.selectAll();
    QTest::keyClicks(&box, QStringLiteral("9"));
    box.interpretText();
    EXPECT_EQ(box.value(), 9);
    EXPECT_EQ(box.text(), QStringLiteral("IX"));
    box.setValue(0);
    EXPECT_EQ(box.text(), QStringLiteral("(none)"));
}
