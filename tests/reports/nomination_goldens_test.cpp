#include "achievement_report.h"
#include "golden.h"
#include "nomination_list.h"
#include "report_fixture.h"
#include "submission.h"

// The three documents of a nomination dossier, made from the fixture's
// database and laid out as their golden files say (tests/data/documents;
// THIDUA_UPDATE_GOLDEN=1 rewrites them). Every date is fixed: the issue date
// here, the fixture's clock for the achievement report.
namespace thidua::test {
namespace {

using documents::testing::expectMatchesGolden;

class NominationGoldens : public NominationDocumentsTest {
protected:
    domain::NominationFilter filter() const {
        domain::NominationFilter kept;
        kept.year = 2025;
        kept.proposingUnitId = department;
        return kept;
    }

    static reports::Issue issue() { return {QDate(2025, 12, 20), {}}; }

    void expectSubmission(const reports::SubmissionAddress& address, const QString& golden) {
        auto made = reports::submission(workspace(), {filter(), department, address, issue()});
        ASSERT_TRUE(made) << made.error().message.toStdString();
        expectMatchesGolden(*made, golden);
    }

    void expectReport(domain::RowId nominationId, const QString& golden) {
        auto made = reports::achievementReport(workspace(), nominationId);
        ASSERT_TRUE(made) << made.error().message.toStdString();
        expectMatchesGolden(*made, golden);
    }
};

TEST_F(NominationGoldens, NominationList) {
    reports::NominationListRequest request;
    request.filter = filter();
    request.issuingUnitId = department;
    request.submissionNumber = QStringLiteral("15/TTr-STP");
    request.issue = issue();
    auto made = reports::nominationList(workspace(), request);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    expectMatchesGolden(*made, QStringLiteral("nomination_list"));
}

TEST_F(NominationGoldens, SubmissionLeftForTheClerksOffice) {
    expectSubmission({}, QStringLiteral("submission_blank"));
}

TEST_F(NominationGoldens, SubmissionNumberedToOneRecipient) {
    expectSubmission({QStringLiteral("15/TTr-STP"),
                      {QStringLiteral("Hội đồng Thi đua - Khen thưởng tỉnh Vĩnh Phúc")}},
                     QStringLiteral("submission_one_recipient"));
}

TEST_F(NominationGoldens, SubmissionNumberedToTwoRecipients) {
    expectSubmission({QStringLiteral("15/TTr-STP"),
                      {QStringLiteral("Ủy ban nhân dân tỉnh Vĩnh Phúc"),
                       QStringLiteral("Ban Thi đua - Khen thưởng tỉnh Vĩnh Phúc")}},
                     QStringLiteral("submission_two_recipients"));
}

TEST_F(NominationGoldens, AchievementReportOfAPerson) {
    expectReport(anNomination, QStringLiteral("achievement_report_person"));
}

TEST_F(NominationGoldens, AchievementReportOfACollective) {
    expectReport(officeNomination, QStringLiteral("achievement_report_collective"));
}

} // namespace
} // namespace thidua::test
