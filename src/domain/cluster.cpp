#include "cluster.h"

#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QStringList>

namespace thidua::domain {

QString clusterKindWord(ClusterKind kind) {
    return kind == ClusterKind::Cluster ? QStringLiteral("Cụm") : QStringLiteral("Khối");
}

QString clusterDisplayName(const Cluster& cluster) {
    if (!cluster.name.isEmpty())
        return cluster.name;
    return QStringLiteral("%1 thi đua số %2")
        .arg(clusterKindWord(cluster.kind), vn::toRoman(cluster.number));
}

bool clusterMatches(const Cluster& cluster, const QString& typed) {
    const QStringList words = vn::searchWords(typed);
    if (words.isEmpty())
        return false;
    bool arabic = false;
    const int number = words.constLast().toInt(&arabic);
    const std::optional<int> roman = vn::fromRoman(words.constLast());
    if (cluster.number > 0 && (arabic || roman))
        return (arabic ? number : *roman) == cluster.number &&
               (words.size() == 1 || vn::wordsMatch(vn::searchKey(clusterDisplayName(cluster)),
                                                    words.mid(0, words.size() - 1)));
    return vn::wordsMatch(vn::searchKey(clusterDisplayName(cluster)), words);
}

} // namespace thidua::domain
