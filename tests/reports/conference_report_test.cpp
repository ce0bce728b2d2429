#include "cluster_service.h"
#include "conference_pack_facts.h"
#include "conference_report.h"
#include "demo_service.h"
#include "fake_clock.h"
#include "golden.h"
#include "listing_service.h"
#include "query.h"
#include "rendered_text.h"
#include "report_sections.h"
#include "report_service.h"
#include "temp_database.h"
#include "vietnamese_format.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

// The conference reports drafted from the demo, whose justice sector holds
// the seeds' conferences: cluster II of the units under the Ministry of
// Justice voted in 2018 four units for the sector's flag, two of them also
// for the Government's (seed 001).
namespace thidua::test {
namespace {

using domain::ReportKind;
using domain::ReportScopeKind;

class ConferenceReports : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = services::Workspace::open(temp.path(), clock, QStringLiteral("thu.ky"));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        workspace = std::move(*opened);
        ASSERT_TRUE(workspace->demo().generate({services::DemoScale::Small, 1}));
        auto cluster = workspace->clusters().find(2018, QStringLiteral("II"));
        ASSERT_TRUE(cluster) << cluster.error().message.toStdString();
        clusterTwo = cluster->cluster.id;
        auto ministry = workspace->listing().findUnit(QStringLiteral("Bộ Tư pháp"));
        ASSERT_TRUE(ministry) << ministry.error().message.toStdString();
        this->ministry = *ministry;
    }

    reports::ConferenceFacts facts(ReportKind kind, ReportScopeKind scope, domain::RowId id,
                                   int year) {
        auto read = reports::readConferenceFacts(
            *workspace, {kind, scope, id, year, {QDate(2018, 12, 20), QStringLiteral("Hà Nội")}});
        EXPECT_TRUE(read) << read.error().message.toStdString();
        return read.value_or(reports::ConferenceFacts{});
    }

    reports::ConferenceFacts clusterTwoYearEnd() {
        return facts(ReportKind::YearEnd, ReportScopeKind::Cluster, clusterTwo, 2018);
    }

    QString pdfText(const documents::Document& document) {
        return renderedPdfText(document, temp.dir() + QStringLiteral("/report.pdf"));
    }

    // The same figure counted straight from the tables, for cluster II's members
    // and the units below them.
    qint64 count(std::string_view sql) { return count(sql, clusterTwo); }
    qint64 count(std::string_view sql, domain::RowId cluster) {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        auto value = storage::selectInt(db, sql, cluster);
        EXPECT_TRUE(value) << value.error().message.toStdString();
        return value.value_or(-1);
    }

    static constexpr std::string_view Members =
        "WITH RECURSIVE branch(id) AS (SELECT unit_id FROM cluster_member WHERE cluster_id = ?1"
        " UNION SELECT u.id FROM unit u JOIN branch b ON u.parent_id = b.id) ";

    TempDatabase temp;
    FakeClock clock;
    std::unique_ptr<services::Workspace> workspace;
    domain::RowId clusterTwo = domain::NoId;
    domain::RowId ministry = domain::NoId;
};

TEST_F(ConferenceReports, ClusterTwoOf2018ReportsTheSeedsVote) {
    const auto read = clusterTwoYearEnd();
    ASSERT_EQ(read.clusters.size(), 1u);
    const auto& proposals = read.clusters.front().proposals;
    ASSERT_EQ(proposals.size(), 2u);
    EXPECT_EQ(proposals[0].first, QStringLiteral("Cờ thi đua của Bộ Tư pháp"));
    EXPECT_EQ(
        proposals[0].second,
        QStringList({QStringLiteral("Báo Pháp luật Việt Nam"), QStringLiteral("Học viện Tư pháp"),
                     QStringLiteral("Trường Đại học Luật Hà Nội"),
                     QStringLiteral("Trường Trung cấp Luật Buôn Ma Thuột")}));
    EXPECT_EQ(proposals[1].first, QStringLiteral("Cờ thi đua của Chính phủ"));
    EXPECT_EQ(proposals[1].second.size(), 2);
    for (const QString& unit : proposals[1].second)
        EXPECT_TRUE(proposals[0].second.contains(unit)) << unit.toStdString();

    const QString text = pdfText(reports::conferenceReport(read));
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Cụm thi đua số II đã bỏ phiếu suy tôn 4 đơn vị đề nghị tặng Cờ thi đua của Bộ Tư pháp: "
        "Báo Pháp luật Việt Nam, Học viện Tư pháp, Trường Đại học Luật Hà Nội, Trường Trung cấp "
        "Luật Buôn Ma Thuột.")))
        << text.toStdString();
    // What the head unit wrote about that year: the late dossiers.
    EXPECT_TRUE(text.contains(QStringLiteral("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN Một số đơn vị "
                                             "gửi hồ sơ đề nghị khen thưởng chậm")));
    EXPECT_TRUE(text.contains(QStringLiteral("đã bỏ phiếu suy tôn 2 đơn vị đề nghị tặng Cờ thi "
                                             "đua của Chính phủ: %1.")
                                  .arg(proposals[1].second.join(QStringLiteral(", ")))));
}

TEST_F(ConferenceReports, EverySectionOfTheYearEndReportIsPrinted) {
    const QString text = pdfText(reports::conferenceReport(clusterTwoYearEnd()));
    for (const char* heading :
         {"BÁO CÁO", "Tổng kết công tác thi đua, khen thưởng năm 2018 của Cụm thi đua số II",
          "I. ĐẶC ĐIỂM, TÌNH HÌNH", "II. KẾT QUẢ THỰC HIỆN",
          "1. Công tác lãnh đạo, chỉ đạo, tổ chức phát động thi đua", "2. Các phong trào thi đua",
          "3. Hoạt động chung của Cụm", "4. Kết quả chấm điểm, xếp hạng thi đua",
          "5. Bình xét, suy tôn", "6. Phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến",
          "7. Công tác khen thưởng", "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
          "IV. BÀI HỌC KINH NGHIỆM", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2019", "VI. KIẾN NGHỊ, ĐỀ XUẤT",
          "TM. CỤM THI ĐUA SỐ II"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    // The movement's name says its year; the kind alone follows it.
    EXPECT_TRUE(text.contains(QStringLiteral("công tác tư pháp năm 2018 (thường xuyên) do Bộ Tư "
                                             "pháp phát động")))
        << text.toStdString();
}

TEST_F(ConferenceReports, RegistrationsAndAwardsAreTheCountsTheTablesHold) {
    const auto read = clusterTwoYearEnd();
    const qint64 people =
        count(std::string(Members) + "SELECT count(*) FROM person WHERE unit_id IN branch");
    const qint64 registered =
        count(std::string(Members) +
              "SELECT count(DISTINCT r.person_id) FROM registration r JOIN person p ON p.id = "
              "r.person_id JOIN period y ON y.id = r.period_id WHERE y.kind = 'year' AND "
              "y.start_date = '2018-01-01' AND p.unit_id IN branch");
    const qint64 awards = count(
        std::string(Members) +
        "SELECT count(*) FROM award a LEFT JOIN person p ON p.id = a.person_id WHERE a.year = 2018"
        " AND a.revoked_by = '' AND coalesce(a.unit_id, p.unit_id) IN branch");
    ASSERT_GT(registered, 0);
    ASSERT_GT(awards, 0);
    EXPECT_EQ(read.totalCoverage.people, people);
    EXPECT_EQ(read.totalCoverage.registered, registered);
    EXPECT_EQ(read.coverage.size(), 10u);
    qint64 counted = 0;
    for (const reports::AwardCount& award : read.awards)
        for (const auto* byYear : {&award.collectives, &award.individuals})
            counted += byYear->contains(2018) ? byYear->at(2018) : 0;
    EXPECT_EQ(counted, awards);

    const QString text = pdfText(reports::conferenceReport(read));
    EXPECT_TRUE(text.contains(
        QStringLiteral("Có %1/%2 cán bộ")
            .arg(domain::vn::formatInteger(registered), domain::vn::formatInteger(people))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Tổng số %1 lượt tập thể, cá nhân được khen thưởng")
                                  .arg(domain::vn::formatInteger(awards))));
}

TEST_F(ConferenceReports, ASixMonthReviewCountsTheAwardsDecidedInItsFirstHalf) {
    auto cluster = workspace->clusters().find(2019, QStringLiteral("II"));
    ASSERT_TRUE(cluster) << cluster.error().message.toStdString();
    const domain::RowId clusterTwo2019 = cluster->cluster.id;
    // Mostly the year before's, decided in January and February; the year's
    // own awards are decided after it ends and are not the review's.
    const qint64 decided = count(
        std::string(Members) +
            "SELECT count(*) FROM award a LEFT JOIN person p ON p.id = a.person_id"
            " WHERE a.year IN (2018, 2019) AND a.decision_date BETWEEN '2019-01-01' AND"
            " '2019-06-30' AND a.revoked_by = '' AND coalesce(a.unit_id, p.unit_id) IN branch",
        clusterTwo2019);
    const qint64 forTheYear =
        count(std::string(Members) +
                  "SELECT count(*) FROM award a LEFT JOIN person p ON p.id = a.person_id"
                  " WHERE a.year = 2019 AND a.revoked_by = '' AND coalesce(a.unit_id, p.unit_id) IN"
                  " branch",
              clusterTwo2019);
    ASSERT_GT(decided, 0);
    ASSERT_NE(decided, forTheYear);

    const auto read = facts(ReportKind::MidYear, ReportScopeKind::Cluster, clusterTwo2019, 2019);
    EXPECT_EQ(static_cast<qint64>(read.honorees.size()), decided);
    const QString text = pdfText(reports::conferenceReport(read));
    EXPECT_TRUE(text.contains(QStringLiteral("Tổng số %1 lượt tập thể, cá nhân được khen thưởng")
                                  .arg(domain::vn::formatInteger(decided))))
        << text.toStdString();
}

TEST_F(ConferenceReports, WrittenSectionsPrintInsteadOfDotsAndAreAuditedOnce) {
    const domain::ReportKey key = clusterTwoYearEnd().key;
    auto& reports = workspace->reports();
    const QString shortcomings =
        QStringLiteral("Một số đơn vị gửi hồ sơ đề nghị khen thưởng chậm.");
    ASSERT_TRUE(reports.setNote(key, domain::sections::Shortcomings, shortcomings));
    ASSERT_TRUE(reports.setNote(key, domain::sections::Shortcomings, shortcomings));
    const QString text = pdfText(reports::conferenceReport(clusterTwoYearEnd()));
    EXPECT_TRUE(
        text.contains(QStringLiteral("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN ") + shortcomings))
        << text.toStdString();
    auto db = temp.open(storage::OpenMode::ReadOnly);
    EXPECT_EQ(storage::selectInt(db, "SELECT count(*) FROM audit_log WHERE entity = 'report_note'")
                  .value_or(-1),
              1);

    ASSERT_TRUE(reports.setNote(key, domain::sections::Shortcomings, QStringLiteral("  \n")));
    EXPECT_FALSE(reports.notes(key)
                     .value_or(std::map<QString, QString>{})
                     .contains(domain::sections::Shortcomings));
    // The same section of another year's report is another note.
    domain::ReportKey other = key;
    other.year = 2019;
    EXPECT_TRUE(reports.notes(other).value_or(std::map<QString, QString>{{}}).empty());
}

TEST_F(ConferenceReports, TheSixMonthReviewLooksToTheSecondHalfWithoutAVote) {
    const QString text = pdfText(reports::conferenceReport(
        facts(ReportKind::MidYear, ReportScopeKind::Cluster, clusterTwo, 2018)));
    EXPECT_TRUE(text.contains(QStringLiteral("Sơ kết công tác thi đua, khen thưởng 6 tháng đầu "
                                             "năm 2018")));
    EXPECT_TRUE(text.contains(QStringLiteral("V. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2018")));
    EXPECT_FALSE(text.contains(QStringLiteral("Bình xét, suy tôn")));
}

TEST_F(ConferenceReports, AnOrganisersReportAddsUpItsClusters) {
    const auto read = facts(ReportKind::YearEnd, ReportScopeKind::Organiser, ministry, 2018);
    ASSERT_EQ(read.clusters.size(), 4u);
    ASSERT_EQ(read.coverage.size(), 4u);
    qint64 people = 0;
    for (const reports::Coverage& cluster : read.coverage)
        people += cluster.people;
    EXPECT_GT(people, 0);
    EXPECT_LE(people, read.totalCoverage.people);
    const QString text = pdfText(reports::conferenceReport(read));
    EXPECT_TRUE(text.contains(QStringLiteral("Cụm, khối thi đua")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cụm thi đua số IV")));
}

TEST_F(ConferenceReports, TheFiveYearConferenceReviewsThePeriodAndTheNextOne) {
    const auto read =
        facts(ReportKind::ModelConference, ReportScopeKind::Organiser, ministry, 2020);
    EXPECT_EQ(read.fromYear, 2016);
    EXPECT_EQ(read.coverageByYear.size(), 5u);
    const QString text = pdfText(reports::conferenceReport(read));
    for (const char* heading :
         {"Tổng kết phong trào thi đua yêu nước giai đoạn 2016 - 2020",
          "II. KẾT QUẢ PHONG TRÀO THI ĐUA GIAI ĐOẠN 2016 - 2020",
          "III. ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC BIỂU DƯƠNG", "IV. ĐỀ NGHỊ CẤP TRÊN KHEN THƯỞNG",
          "V. BẦU ĐẠI BIỂU DỰ ĐẠI HỘI THI ĐUA YÊU NƯỚC CẤP TRÊN",
          "VI. PHÁT ĐỘNG PHONG TRÀO THI ĐUA GIAI ĐOẠN 2021 - 2025",
          "VII. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "X. KIẾN NGHỊ, ĐỀ XUẤT"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    for (int year = 2018; year <= 2020; ++year)
        EXPECT_TRUE(text.contains(QStringLiteral("năm %1:").arg(year))) << year;
}

TEST_F(ConferenceReports, TheFiveYearConferencesModelsAreThePeriodsHighestFirst) {
    const auto read =
        facts(ReportKind::ModelConference, ReportScopeKind::Organiser, ministry, 2020);
    qint64 awarded = 0;
    for (const reports::AwardCount& award : read.awards)
        awarded += award.total();
    EXPECT_EQ(static_cast<qint64>(read.periodModels.size()), awarded);
    std::set<int> years;
    for (const reports::NamedAward& model : read.periodModels)
        years.insert(model.year);
    EXPECT_GE(years.size(), 2u) << "the period's years, not the last one's only";
    EXPECT_TRUE(std::ranges::is_sorted(read.periodModels, {}, &reports::NamedAward::precedence));

    const reports::NamedAward& highest = read.periodModels.front();
    ASSERT_TRUE(highest.collective);
    const QString text = pdfText(reports::conferenceReport(read));
    EXPECT_TRUE(text.contains(
        QStringLiteral("%1: %2 năm %3").arg(highest.name, highest.awardName).arg(highest.year)))
        << text.toStdString();
}

TEST_F(ConferenceReports, ABlocksLeadersAreTheBlocks) {
    auto block = workspace->clusters().find(2025, QStringLiteral("Khối thi đua Nội chính"));
    ASSERT_TRUE(block) << block.error().message.toStdString();
    const QString text = pdfText(reports::conferenceReport(
        facts(ReportKind::YearEnd, ReportScopeKind::Cluster, block->cluster.id, 2025)));
    for (const char* expected : {"Trưởng khối:", "3. Hoạt động chung của Khối", "TRƯỞNG KHỐI"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(text.contains(QStringLiteral("Trưởng cụm"), Qt::CaseInsensitive))
        << text.toStdString();
}

TEST_F(ConferenceReports, AClusterOfAnotherYearIsNotFound) {
    auto read = reports::readConferenceFacts(
        *workspace, {ReportKind::YearEnd, ReportScopeKind::Cluster, clusterTwo, 2019, {}});
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("2018")));
}

TEST_F(ConferenceReports, ThePackCallsUpTheAwardsAboveTheUnitsOwnTitles) {
    const auto pack = reports::conferencePackOf(clusterTwoYearEnd());
    ASSERT_FALSE(pack.honorees.empty());
    for (const reports::Honoree& honoree : pack.honorees)
        EXPECT_NE(honoree.awardName, QStringLiteral("Lao động tiên tiến"));
    EXPECT_EQ(pack.participants.size(), 10);
    EXPECT_EQ(pack.rankingLines.size(), 10);
    EXPECT_EQ(pack.proposals.size(), 2u);
}

TEST_F(ConferenceReports, TheCatalogueNotTheProgramSaysWhichAwardsAreCalledUp) {
    auto isLdtt = [](const auto& award) {
        return award.awardName == u"Lao động tiên tiến";
    };
    const auto before = clusterTwoYearEnd();
    ASSERT_TRUE(std::ranges::any_of(before.honorees, isLdtt));
    EXPECT_FALSE(std::ranges::any_of(reports::conferencePackOf(before).honorees, isLdtt));

    // An organiser whose conference also hands over LĐTT edits the rule data.
    {
        auto db = temp.open(storage::OpenMode::ReadWrite);
        ASSERT_TRUE(db.execute("UPDATE title SET presented_at_conference = 1 WHERE code = 'LDTT'"));
    }
    const auto after = reports::conferencePackOf(clusterTwoYearEnd());
    EXPECT_EQ(std::ranges::count_if(after.honorees, isLdtt),
              std::ranges::count_if(before.honorees, isLdtt));
}

class ConferenceReportGoldens : public ConferenceReports {};

TEST_F(ConferenceReportGoldens, YearEndReport) {
    documents::testing::expectMatchesGolden(reports::conferenceReport(clusterTwoYearEnd()),
                                            QStringLiteral("conference_report_tong_ket"));
}

TEST_F(ConferenceReportGoldens, SixMonthReview) {
    documents::testing::expectMatchesGolden(
        reports::conferenceReport(
            facts(ReportKind::MidYear, ReportScopeKind::Cluster, clusterTwo, 2018)),
        QStringLiteral("conference_report_so_ket"));
}

TEST_F(ConferenceReportGoldens, FiveYearConference) {
    documents::testing::expectMatchesGolden(
        reports::conferenceReport(
            facts(ReportKind::ModelConference, ReportScopeKind::Organiser, ministry, 2020)),
        QStringLiteral("conference_report_dien_hinh"));
}

} // namespace
} // namespace thidua::test
