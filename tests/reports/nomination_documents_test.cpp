#include "achievement_report.h"
#include "award_service.h"
#include "submission.h"

#include <gtest/gtest.h>

using namespace thidua;
using domain::NominationEntry;

namespace {

NominationEntry nominated(const QString& code, const QString& award, int precedence,
                          bool collective) {
    NominationEntry entry;
    entry.collective = collective;
    entry.candidateName =
        collective ? QStringLiteral("Văn phòng Sở") : QStringLiteral("Lê Thị Yến");
    entry.position = collective ? QString() : QStringLiteral("Chuyên viên");
    entry.unitName = QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc");
    entry.awardCode = code;
    entry.awardName = award;
    entry.precedence = precedence;
    entry.basis = QStringLiteral("CSTĐCS 2024–2025");
    return entry;
}

// Every paragraph's text, one per line.
QStringList paragraphs(const documents::Document& document) {
    QStringList texts;
    for (const documents::Block& block : document.blocks)
        if (const auto* paragraph = std::get_if<documents::Paragraph>(&block))
            texts << paragraph->text;
    return texts;
}

documents::Document submissionOn(QDate day, const std::vector<NominationEntry>& entries,
                                 const QStringList& recipients = {
                                     QStringLiteral("Hội đồng Thi đua - Khen thưởng tỉnh")}) {
    documents::OfficialHeader header;
    header.date = day;
    return reports::submissionDocument(2025, header, QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"),
                                       recipients, entries);
}

} // namespace

TEST(Submission, CountsCollectivesAndIndividualsPerAwardInOrderOfPrecedence) {
    const QString merit = QStringLiteral("Bằng khen của Bộ, ban, ngành, tỉnh");
    const QString flag = QStringLiteral("Cờ thi đua của Bộ, ban, ngành, tỉnh");
    const documents::Document document =
        submissionOn(QDate(2025, 12, 20), {nominated(QStringLiteral("BKBO"), merit, 500, false),
                                           nominated(QStringLiteral("BKBO"), merit, 500, true),
                                           nominated(QStringLiteral("CTDBO"), flag, 400, true),
                                           nominated(QStringLiteral("BKBO"), merit, 500, false)});
    EXPECT_EQ(document.documentType, QStringLiteral("Tờ trình"));
    EXPECT_EQ(document.summary, QStringLiteral("Về việc đề nghị khen thưởng năm 2025"));
    const QStringList texts = paragraphs(document);
    EXPECT_EQ(texts.first(), QStringLiteral("Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh."));
    const auto at = [&](const QString& text) {
        return texts.indexOf(text);
    };
    const int flags = at(QStringLiteral("- %1: 01 tập thể;").arg(flag));
    const int merits = at(QStringLiteral("- %1: 01 tập thể, 02 cá nhân;").arg(merit));
    ASSERT_GE(flags, 0) << texts.join(u'\n').toStdString();
    EXPECT_EQ(merits, flags + 1);
    EXPECT_TRUE(
        texts.join(u'\n').contains(QStringLiteral("khen thưởng cho 02 tập thể, 02 cá nhân")));
}

TEST(Submission, SeveralRecipientsStandALineEachAndNoneLeavesDots) {
    const std::vector<NominationEntry> one{
        nominated(QStringLiteral("BKBO"), QStringLiteral("Bằng khen"), 500, false)};
    const QStringList texts =
        paragraphs(submissionOn(QDate(2025, 12, 20), one,
                                {QStringLiteral(" Bộ Tư pháp "), QStringLiteral("  "),
                                 QStringLiteral("Hội đồng Thi đua - Khen thưởng tỉnh")}));
    EXPECT_EQ(texts.first(), QStringLiteral("Kính gửi:\n- Bộ Tư pháp;\n- Hội đồng Thi đua - "
                                            "Khen thưởng tỉnh."));
    EXPECT_TRUE(texts.join(u'\n').contains(
        QStringLiteral("Kính trình Bộ Tư pháp, Hội đồng Thi đua - Khen thưởng tỉnh xem xét")));
    const QStringList blank = paragraphs(submissionOn(QDate(2025, 12, 20), one, {}));
    EXPECT_EQ(blank.first(), QStringLiteral("Kính gửi: ……………………………."))
        << blank.first().toStdString();
}

TEST(Submission, CitesTheDecreeInForceOnTheDayItIsSigned) {
    const auto cites = [](QDate day, const char* decree) {
        return paragraphs(submissionOn(day, {})).join(u'\n').contains(QString::fromUtf8(decree));
    };
    EXPECT_TRUE(cites(QDate(2025, 6, 30), "Nghị định số 98/2023/NĐ-CP"));
    EXPECT_FALSE(cites(QDate(2025, 6, 30), "Nghị định số 152/2025/NĐ-CP"));
    EXPECT_TRUE(cites(QDate(2025, 7, 1), "Nghị định số 152/2025/NĐ-CP"));
    EXPECT_TRUE(paragraphs(submissionOn(QDate(2025, 7, 1), {}))
                    .join(u'\n')
                    .contains(QStringLiteral("chưa có trường hợp nào")));
}

TEST(AchievementReport, TabulatesTitlesAndFormsApartLeavingRevokedAwardsOut) {
    services::AwardHistory history;
    history.catalogue = {{QStringLiteral("LDTT"),
                          QStringLiteral("Lao động tiên tiến"),
                          QStringLiteral("LĐTT"),
                          domain::AwardCategory::Title,
                          domain::TitleSubject::Individual,
                          {},
                          900,
                          {}},
                         {QStringLiteral("GK"),
                          QStringLiteral("Giấy khen"),
                          QStringLiteral("GK"),
                          domain::AwardCategory::Form,
                          std::nullopt,
                          {},
                          1000,
                          {}}};
    const auto award = [](const QString& code, int year) {
        domain::Award made;
        made.awardCode = code;
        made.firstYear = made.year = year;
        made.decisionNumber = QStringLiteral("%1/QĐ-STP").arg(year - 2000);
        made.decisionDate = QDate(year + 1, 1, 10);
        made.issuer = QStringLiteral("Giám đốc Sở Tư pháp");
        return made;
    };
    history.awards = {award(QStringLiteral("LDTT"), 2024), award(QStringLiteral("LDTT"), 2023),
                      award(QStringLiteral("GK"), 2022)};
    history.awards.back().revokedBy = QStringLiteral("5/QĐ-STP");
    const documents::Document document = reports::achievementReportDocument(
        nominated(QStringLiteral("BKBO"), QStringLiteral("Bằng khen"), 500, false), history,
        QDate(2025, 12, 1));
    EXPECT_EQ(document.summary, QStringLiteral("Đề nghị tặng Bằng khen"));
    ASSERT_TRUE(document.header);
    EXPECT_EQ(document.header->place, QStringLiteral("Vĩnh Phúc")); // from the unit's name
    std::vector<QStringList> tables;
    for (const documents::Block& block : document.blocks)
        if (const auto* table = std::get_if<documents::Table>(&block)) {
            QStringList rows;
            for (const documents::TableRow& row : table->rows)
                rows << row.cells.join(QStringLiteral(" | "));
            tables.push_back(rows);
        }
    ASSERT_EQ(tables.size(), 1u) << "the revoked Giấy khen leaves the forms without a table";
    EXPECT_EQ(tables.front(),
              (QStringList{QStringLiteral("2023 | Lao động tiên tiến | Quyết định số 23/QĐ-STP "
                                          "ngày 10/01/2024 của Giám đốc Sở Tư pháp"),
                           QStringLiteral("2024 | Lao động tiên tiến | Quyết định số 24/QĐ-STP "
                                          "ngày 10/01/2025 của Giám đốc Sở Tư pháp")}));
    EXPECT_TRUE(paragraphs(document).contains(QStringLiteral("Chưa có.")));
}

TEST(AchievementReport, IsPlacedByTheProposingUnitElseLeftToWriteByHand) {
    NominationEntry entry =
        nominated(QStringLiteral("BKBO"), QStringLiteral("Bằng khen"), 500, true);
    entry.unitName = QStringLiteral("Bộ Tư pháp");
    entry.proposingUnitName = QStringLiteral("UBND thành phố Hà Nội");
    const auto placeOf = [](const NominationEntry& of) {
        return reports::achievementReportDocument(of, {}, QDate(2025, 12, 1))
            .header.value_or(documents::OfficialHeader{})
            .place;
    };
    EXPECT_EQ(placeOf(entry), QStringLiteral("Hà Nội"));
    entry.proposingUnitName.clear();
    EXPECT_EQ(placeOf(entry), QStringLiteral("……"));
}
