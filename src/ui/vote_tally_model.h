#pragma once

#include "ballot_session.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace thidua::ui {

// The tally of a ballot session: one row per candidate, title and round, the
// four counts typed in, the yes share of ALL members and the result against
// the title's threshold worked out as they are typed. An edit is stored
// through the commit callback first; a refused one leaves the row as it was.
class VoteTallyModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CandidateColumn,
        TitleColumn,
        RoundColumn,
        IssuedColumn,
        ReturnedColumn,
        ValidColumn,
        YesColumn,
        PercentColumn,
        ResultColumn,
        ColumnCount
    };

    using Commit = std::function<Status(const domain::BallotSession& edited)>;

    explicit VoteTallyModel(QObject* parent = nullptr);

    void setCommit(Commit commit) { commit_ = std::move(commit); }
    // units and titles: names by id and by code.
    void setSession(domain::BallotSession session, domain::VoteRules rules,
                    QHash<domain::RowId, QString> units, QHash<QString, QString> titles);
    const domain::BallotSession& session() const { return session_; }
    const domain::VoteRules& rules() const { return rules_; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    static int* count(domain::Ballot& ballot, int column);
    QString resultText(const domain::Ballot& ballot) const;

    domain::BallotSession session_;
    domain::VoteRules rules_;
    QHash<domain::RowId, QString> units_;
    QHash<QString, QString> titles_;
    Commit commit_;
};

} // namespace thidua::ui
