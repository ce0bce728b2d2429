#include "votes_import.h"

#include "import_members.h"
#include "service_text.h"
#include "title_lookup.h"

#include <algorithm>

namespace thidua::services::importing {

namespace {

enum Field { Unit, Title, Round, Issued, Returned, Valid, Yes, Members, Present, Written };

// Keys are stable: saved mappings name fields by them.
constexpr std::array<FieldSpec, 10> fields{{
    {"unit",
     QT_TRANSLATE_NOOP("thidua::services", "Unit"),
     {"don vi", "ten don vi", "don vi de nghi", "ung vien", "candidate", "unit"},
     1},
    {"title",
     QT_TRANSLATE_NOOP("thidua::services", "Title"),
     {"danh hieu", "danh hieu de nghi", "danh hieu thi dua", "de nghi tang", "title"},
     2},
    {"round", QT_TRANSLATE_NOOP("thidua::services", "Round"), {"vong", "vong bo phieu", "round"}},
    {"issued",
     QT_TRANSLATE_NOOP("thidua::services", "Ballots issued"),
     {"so phieu phat ra", "phieu phat ra", "phat ra", "ballots issued", "issued"},
     3},
    {"returned",
     QT_TRANSLATE_NOOP("thidua::services", "Ballots returned"),
     {"so phieu thu ve", "phieu thu ve", "thu ve", "so phieu thu vao", "ballots returned",
      "returned"},
     4},
    {"valid",
     QT_TRANSLATE_NOOP("thidua::services", "Valid ballots"),
     {"so phieu hop le", "phieu hop le", "hop le", "valid ballots", "valid"},
     5},
    {"yes",
     QT_TRANSLATE_NOOP("thidua::services", "Yes votes"),
     {"so phieu dong y", "phieu dong y", "dong y", "yes votes", "yes"},
     6},
    {"members",
     QT_TRANSLATE_NOOP("thidua::services", "Members in total"),
     {"tong so thanh vien", "so thanh vien", "thanh vien", "members"}},
    {"present",
     QT_TRANSLATE_NOOP("thidua::services", "Members present"),
     {"co mat", "so thanh vien co mat", "so co mat", "members present", "present"}},
    {"written_opinions",
     QT_TRANSLATE_NOOP("thidua::services", "Written opinions"),
     {"vang mat co y kien bang van ban", "y kien bang van ban", "co y kien bang van ban",
      "written opinions"}},
}};

// A whole number of at least 0; nothing (with a problem) otherwise. An empty
// cell of an optional field gives `empty`.
std::optional<int> readCount(ImportRow& row, int field, std::optional<int> empty = std::nullopt) {
    const QString text = row.text(field);
    if (text.isEmpty()) {
        if (!empty)
            row.required(field);
        return empty;
    }
    bool isNumber = false;
    const int value = text.toInt(&isNumber);
    if (isNumber && value >= 0)
        return value;
    row.problem(field,
                Text::tr("\"%1\" is not a count; write a whole number such as 11.").arg(text));
    return std::nullopt;
}

// The meeting's numbers, which any row may give and all rows must agree on.
class MeetingNumbers {
public:
    std::optional<int> take(ImportRow& row, int field) {
        const auto value = readCount(row, field, -1);
        if (!value || *value < 0)
            return std::nullopt;
        auto& [stored, line] = seen_[static_cast<std::size_t>(field - Members)];
        if (line > 0 && stored != *value)
            row.problem(field, Text::tr("%1 here, but %2 on line %3: the session has one number.")
                                   .arg(*value)
                                   .arg(stored)
                                   .arg(line));
        else if (line == 0)
            seen_[static_cast<std::size_t>(field - Members)] = {*value, row.line()};
        return value;
    }

    std::optional<int> value(int field) const {
        const auto& [stored, line] = seen_[static_cast<std::size_t>(field - Members)];
        return line > 0 ? std::optional(stored) : std::nullopt;
    }

private:
    std::array<std::pair<int, int>, 3> seen_{}; // value and the line that gave it first
};

std::optional<QString> readTitle(ImportRow& row, const VotesFile& file) {
    const QString typed = row.required(Title);
    if (typed.isEmpty())
        return std::nullopt;
    if (const domain::Title* title = domain::findTitle(file.titles, typed))
        return title->code;
    QStringList names;
    for (const domain::Title& title : file.titles)
        names << title.abbreviation;
    row.problem(Title, Text::tr("\"%1\" is not a title a cluster votes on; write one of %2.")
                           .arg(typed, names.join(QStringLiteral(", "))));
    return std::nullopt;
}

} // namespace

std::optional<domain::BallotSession> readVotes(const VotesFile& file,
                                               std::vector<ImportProblem>& problems) {
    ColumnMap columns(file.table.headers, fields);
    columns.requireFields();
    problems.insert(problems.end(), columns.problems().begin(), columns.problems().end());
    if (!columns.problems().empty())
        return std::nullopt;

    MeetingNumbers meeting;
    std::vector<std::pair<int, domain::Ballot>> ballots; // with their lines
    for (const interchange::SourceRow& source : file.table.rows) {
        ImportRow row(columns, source.line, source.cells, problems);
        const auto unit = readMember(row, Unit, file.cluster, file.units);
        const auto title = readTitle(row, file);
        const auto round = readCount(row, Round, 1);
        if (round && (*round < 1 || *round > domain::MaxBallotRounds))
            row.problem(Round,
                        Text::tr("Round %1: there are at most two rounds, 1 and 2.").arg(*round));
        const auto issued = readCount(row, Issued);
        const auto returned = readCount(row, Returned);
        const auto valid = readCount(row, Valid);
        const auto yes = readCount(row, Yes);
        for (int field : {Members, Present, Written})
            meeting.take(row, field);
        if (row.ok())
            ballots.push_back(
                {row.line(), {*unit, *title, *round, *issued, *returned, *valid, *yes}});
    }

    domain::BallotSession session = file.stored.value_or(domain::BallotSession{});
    session.clusterId = file.cluster.cluster.id;
    session.members = meeting.value(Members).value_or(session.members);
    session.present = meeting.value(Present).value_or(session.present);
    session.writtenOpinions = meeting.value(Written).value_or(session.writtenOpinions);
    if (!file.stored && !meeting.value(Members)) {
        problems.push_back({0,
                            {},
                            Text::tr("%1 has no ballot session yet: give the members in total "
                                     "and those present in the columns \"Tổng số thành viên\" "
                                     "and \"Có mặt\".")
                                .arg(domain::clusterYearName(file.cluster.cluster))});
        return std::nullopt;
    }
    // Counts checked against the meeting's numbers here, so that the problem
    // names its line; the rules across rows are the voting service's.
    session.ballots.clear();
    for (const auto& [line, ballot] : ballots) {
        if (auto wrong = domain::ballotCountRefusal(domain::ballotCount(session, ballot)))
            problems.push_back({line, {}, *wrong});
        session.ballots.push_back(ballot);
    }
    // In file order, as a clerk works through them.
    std::ranges::stable_sort(problems, {}, &ImportProblem::line);
    return problems.empty() ? std::optional(session) : std::nullopt;
}

} // namespace thidua::services::importing
