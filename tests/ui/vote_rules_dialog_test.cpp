#include "date_field.h"
#include "gui_fixture.h"
#include "vote_rule_service.h"
#include "vote_rules_dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace thidua;

namespace {

class GuiVoteRules : public test::VietnameseGuiTest {
protected:
    std::unique_ptr<ui::VoteRulesDialog> open() {
        domain::Title flag;
        flag.code = QStringLiteral("CTDBO");
        flag.name = QStringLiteral("Cờ thi đua của Bộ, ban, ngành, tỉnh");
        services::VoteRuleService& rules = workspace->voteRules();
        return std::make_unique<ui::VoteRulesDialog>(
            std::vector<domain::Title>{flag}, [&rules] { return rules.rules(); },
            [&rules](const domain::VoteRule& rule) { return rules.set(rule); });
    }
};

} // namespace

TEST_F(GuiVoteRules, ARuleAddedFromADayIsListedAndBadOnesAreExplained) {
    auto dialog = open();
    dialog->show();
    auto table = test::child<QTableWidget>(*dialog, "voteRulesTable");
    const int seeded = table->rowCount();
    ASSERT_GE(seeded, 6); // five titles and the quorum
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("90 %"));

    auto share = test::child<QLineEdit>(*dialog, "ruleShareLineEdit");
    auto from = test::child<ui::DateField>(*dialog, "ruleFromField");
    auto basis = test::child<QLineEdit>(*dialog, "ruleBasisLineEdit");
    auto add = test::child<QPushButton>(*dialog, "addRuleButton");
    auto refusal = test::child<QLabel>(*dialog, "refusalLabel");

    share->setText(QStringLiteral("tám mươi"));
    add->click();
    EXPECT_FALSE(refusal->text().isEmpty());
    EXPECT_EQ(table->rowCount(), seeded);

    share->setText(QStringLiteral("85"));
    from->setDate(QDate(2025, 7, 1));
    basis->clear();
    add->click();
    EXPECT_TRUE(refusal->text().contains(QStringLiteral("căn cứ pháp lý")))
        << refusal->text().toStdString();

    basis->setText(QStringLiteral("Nghị định 152/2025/NĐ-CP"));
    add->click();
    EXPECT_TRUE(refusal->text().isEmpty()) << refusal->text().toStdString();
    ASSERT_EQ(table->rowCount(), seeded + 1);
    bool listed = false;
    for (int row = 0; row < table->rowCount(); ++row)
        listed = listed || (table->item(row, 1)->text() == QStringLiteral("01/07/2025") &&
                            table->item(row, 2)->text() == QStringLiteral("85 %"));
    EXPECT_TRUE(listed);
    test::saveSnapshot(*dialog, QStringLiteral("vote-rules-dialog"));
}
