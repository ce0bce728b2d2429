#include "ballot_session_repository.h"

#include "query.h"
#include "uuid.h"
#include "vietnamese_text.h"

#include <QCoreApplication>

#include <map>
#include <set>
#include <tuple>

namespace thidua::storage {

namespace {

using BallotKey = std::tuple<domain::RowId, QString, int>;

BallotKey keyOf(const domain::Ballot& ballot) {
    return {ballot.unitId, ballot.titleCode, ballot.round};
}

} // namespace

Status BallotSessionRepository::insert(domain::BallotSession& session) {
    session.uuid = ensureUuid(session.uuid);
    auto ok =
        exec(db_,
             "INSERT INTO ballot_session (uuid, cluster_id, held_on, place, chair,"
             " secretary, members, present, written_opinions)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
             session.uuid, session.clusterId, session.heldOn, domain::vn::normalized(session.place),
             domain::vn::normalized(session.chair), domain::vn::normalized(session.secretary),
             session.members, session.present, session.writtenOpinions);
    if (!ok)
        return ok;
    session.id = db_.lastInsertId();
    return writeBallots(session);
}

Status BallotSessionRepository::update(const domain::BallotSession& session) {
    if (auto ok =
            exec(db_,
                 "UPDATE ballot_session SET held_on = ?, place = ?, chair = ?,"
                 " secretary = ?, members = ?, present = ?, written_opinions = ?"
                 " WHERE id = ?",
                 session.heldOn, domain::vn::normalized(session.place),
                 domain::vn::normalized(session.chair), domain::vn::normalized(session.secretary),
                 session.members, session.present, session.writtenOpinions, session.id);
        !ok)
        return ok;
    return writeBallots(session);
}

Status BallotSessionRepository::remove(domain::RowId sessionId) {
    if (auto ok = exec(db_, "DELETE FROM ballot_proposal WHERE session_id = ?", sessionId); !ok)
        return ok;
    return exec(db_, "DELETE FROM ballot_session WHERE id = ?", sessionId);
}

Result<domain::BallotSession> BallotSessionRepository::find(domain::RowId sessionId) {
    auto found = findWhere("id", sessionId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, QCoreApplication::translate(
                                             "thidua::storage", "Ballot session %1 does not exist")
                                             .arg(sessionId));
    return std::move(**found);
}

Result<std::optional<domain::BallotSession>>
BallotSessionRepository::forCluster(domain::RowId clusterId) {
    return findWhere("cluster_id", clusterId);
}

Result<std::optional<domain::BallotSession>>
BallotSessionRepository::findWhere(std::string_view where, domain::RowId id) {
    auto rows = selectAll<domain::BallotSession>(
        db_,
        "SELECT id, uuid, cluster_id, held_on, place, chair, secretary, members, present,"
        " written_opinions FROM ballot_session WHERE " +
            std::string(where) + " = ?",
        [](const Statement& row) {
            domain::BallotSession session;
            session.id = row.int64(0);
            session.uuid = row.text(1);
            session.clusterId = row.int64(2);
            session.heldOn = row.date(3);
            session.place = row.text(4);
            session.chair = row.text(5);
            session.secretary = row.text(6);
            session.members = static_cast<int>(row.int64(7));
            session.present = static_cast<int>(row.int64(8));
            session.writtenOpinions = static_cast<int>(row.int64(9));
            return session;
        },
        id);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return std::nullopt;
    domain::BallotSession session = std::move(rows->front());
    auto ballots = selectAll<domain::Ballot>(
        db_,
        "SELECT unit_id, title_code, round, issued, returned, valid, yes FROM ballot"
        " WHERE session_id = ? ORDER BY position",
        [](const Statement& row) {
            return domain::Ballot{row.int64(0),
                                  row.text(1),
                                  static_cast<int>(row.int64(2)),
                                  static_cast<int>(row.int64(3)),
                                  static_cast<int>(row.int64(4)),
                                  static_cast<int>(row.int64(5)),
                                  static_cast<int>(row.int64(6))};
        },
        session.id);
    if (!ballots)
        return std::unexpected(ballots.error());
    session.ballots = std::move(*ballots);
    return session;
}

Status BallotSessionRepository::writeBallots(const domain::BallotSession& session) {
    std::set<BallotKey> kept;
    for (const domain::Ballot& ballot : session.ballots)
        kept.insert(keyOf(ballot));
    auto stored = selectAll<domain::Ballot>(
        db_, "SELECT unit_id, title_code, round FROM ballot WHERE session_id = ?",
        [](const Statement& row) {
            return domain::Ballot{
                row.int64(0), row.text(1), static_cast<int>(row.int64(2)), 0, 0, 0, 0};
        },
        session.id);
    if (!stored)
        return std::unexpected(stored.error());
    for (const domain::Ballot& gone : *stored)
        if (!kept.contains(keyOf(gone)))
            if (auto ok = exec(db_,
                               "DELETE FROM ballot WHERE session_id = ? AND unit_id = ?"
                               " AND title_code = ? AND round = ?",
                               session.id, gone.unitId, gone.titleCode, gone.round);
                !ok)
                return ok;
    int position = 0;
    for (const domain::Ballot& ballot : session.ballots)
        if (auto ok =
                exec(db_,
                     "INSERT INTO ballot (session_id, unit_id, title_code, round,"
                     " cluster_id, position, issued, returned, valid, yes)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                     " ON CONFLICT (session_id, unit_id, title_code, round) DO UPDATE SET"
                     " position = excluded.position, issued = excluded.issued,"
                     " returned = excluded.returned, valid = excluded.valid,"
                     " yes = excluded.yes",
                     session.id, ballot.unitId, ballot.titleCode, ballot.round, session.clusterId,
                     position++, ballot.issued, ballot.returned, ballot.valid, ballot.yes);
            !ok)
            return ok;
    return {};
}

Status BallotSessionRepository::writeProposals(const domain::BallotSession& session,
                                               const std::vector<domain::CarriedBallot>& carried,
                                               const std::function<QString()>& newUuid) {
    auto stored = proposals(session.clusterId);
    if (!stored)
        return std::unexpected(stored.error());
    std::map<std::pair<domain::RowId, QString>, QString> uuids;
    for (const domain::BallotProposal& proposal : *stored)
        uuids.emplace(std::pair(proposal.ballot.unitId, proposal.ballot.titleCode), proposal.uuid);
    if (auto ok = exec(db_, "DELETE FROM ballot_proposal WHERE session_id = ?", session.id); !ok)
        return ok;
    for (const domain::CarriedBallot& ballot : carried) {
        const auto kept = uuids.find(std::pair(ballot.unitId, ballot.titleCode));
        const QString uuid = kept != uuids.end() ? kept->second
                             : newUuid           ? newUuid()
                                                 : ensureUuid({});
        if (auto ok = exec(db_,
                           "INSERT INTO ballot_proposal (uuid, cluster_id, unit_id, title_code,"
                           " session_id, round) VALUES (?, ?, ?, ?, ?, ?)",
                           uuid, session.clusterId, ballot.unitId, ballot.titleCode, session.id,
                           ballot.round);
            !ok)
            return ok;
    }
    return {};
}

Result<std::vector<domain::BallotProposal>>
BallotSessionRepository::proposals(domain::RowId clusterId) {
    return selectAll<domain::BallotProposal>(
        db_,
        "SELECT p.id, p.uuid, p.cluster_id, p.session_id, p.unit_id, p.title_code, p.round"
        " FROM ballot_proposal p JOIN ballot b ON b.session_id = p.session_id"
        " AND b.unit_id = p.unit_id AND b.title_code = p.title_code AND b.round = p.round"
        " WHERE p.cluster_id = ? ORDER BY b.position",
        [](const Statement& row) {
            return domain::BallotProposal{
                row.int64(0),
                row.text(1),
                row.int64(2),
                row.int64(3),
                {row.int64(4), row.text(5), static_cast<int>(row.int64(6))}};
        },
        clusterId);
}

} // namespace thidua::storage
