#pragma once

#include "ids.h"

#include <QString>

namespace thidua::domain {

// A cụm (cluster) or khối (block) thi đua, set up by an organiser for one year.
enum class ClusterKind { Cluster, Block };

enum class ClusterRole { Member, Head, Deputy };

struct Cluster {
    RowId id = NoId;
    QString uuid;
    RowId organiserId = NoId;
    ClusterKind kind = ClusterKind::Cluster;
    int year = 0;
    int number = 0; // shown in Roman numerals; 0 when the cluster has no number
    QString name;
};

// "Cụm" or "Khối": what a cluster's name, its head ("Trưởng khối") and its
// joint activities are called after.
QString clusterKindWord(ClusterKind kind);
// "Cụm thi đua số II" / "Khối thi đua Nội chính".
QString clusterDisplayName(const Cluster& cluster);

// Whether a clerk who types `typed` means this cluster: its number in Roman
// or Arabic figures as the last word ("II", "Cụm II", "2"), or every typed
// word beginning a word of its name, diacritics and case ignored.
bool clusterMatches(const Cluster& cluster, const QString& typed);

} // namespace thidua::domain
