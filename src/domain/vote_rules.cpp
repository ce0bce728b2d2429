#include "vote_rules.h"

#include <QCoreApplication>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

} // namespace

std::optional<QString> ballotCountRefusal(const BallotCount& count) {
    if (count.members <= 0)
        return Text::tr("Give the number of members.");
    if (count.present < 0 || count.writtenOpinions < 0 || count.issued < 0 || count.returned < 0 ||
        count.valid < 0 || count.yes < 0)
        return Text::tr("A count cannot be negative.");
    if (count.present > count.members)
        return Text::tr("%1 members present is more than the %2 members.")
            .arg(count.present)
            .arg(count.members);
    if (count.writtenOpinions > count.members - count.present)
        return Text::tr("%1 written opinions is more than the %2 members absent.")
            .arg(count.writtenOpinions)
            .arg(count.members - count.present);
    if (count.issued > count.present)
        return Text::tr("%1 ballots issued is more than the %2 members present.")
            .arg(count.issued)
            .arg(count.present);
    if (count.returned > count.issued)
        return Text::tr("%1 ballots returned is more than the %2 issued.")
            .arg(count.returned)
            .arg(count.issued);
    if (count.valid > count.returned)
        return Text::tr("%1 valid ballots is more than the %2 returned.")
            .arg(count.valid)
            .arg(count.returned);
    if (count.yes > count.valid)
        return Text::tr("%1 yes votes is more than the %2 valid ballots.")
            .arg(count.yes)
            .arg(count.valid);
    return std::nullopt;
}

BallotOutcome ballotOutcome(const BallotCount& count, Share threshold, Share quorum) {
    BallotOutcome outcome;
    if (count.members <= 0)
        return outcome;
    outcome.quorate = reaches(count.present, count.members, quorum);
    outcome.yesPercentOfMembers = 100.0 * count.yes / count.members;
    outcome.passes = outcome.quorate && reaches(count.yes, count.members, threshold);
    return outcome;
}

} // namespace thidua::domain
