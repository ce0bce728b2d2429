#include "demo_reports.h"

#include "ballot_session_repository.h"
#include "cluster_year_repository.h"
#include "demo_writer.h"
#include "report_note_repository.h"
#include "report_sections.h"
#include "unit_repository.h"
#include "vietnamese_format.h"

namespace thidua::services::demo {

Status addConferenceNotes(DemoWriter& writer, domain::RowId clusterId) {
    auto cluster = storage::ClusterYearRepository(writer.db()).find(clusterId);
    if (!cluster)
        return std::unexpected(cluster.error());
    auto session = storage::BallotSessionRepository(writer.db()).forCluster(clusterId);
    auto head = storage::UnitRepository(writer.db()).find(cluster->head());
    if (!session || !head)
        return std::unexpected(!session ? session.error() : head.error());
    const int year = cluster->cluster.year;
    const QString next = QString::number(year + 1);
    const domain::ReportKey key{domain::ReportKind::YearEnd, domain::ReportScopeKind::Cluster,
                                cluster->cluster.uuid, year};
    const std::vector<std::pair<QString, QString>> notes{
        {domain::sections::Day,
         domain::vn::formatDate(*session ? (*session)->heldOn : QDate(year, 12, 20))},
        {domain::sections::Venue, QStringLiteral("Hội trường %1").arg(head->name)},
        {domain::sections::Chair, *session ? (*session)->chair : QString()},
        {domain::sections::Secretary, *session ? (*session)->secretary : QString()},
        {domain::sections::Shortcomings,
         QStringLiteral("Một số đơn vị gửi hồ sơ đề nghị khen thưởng chậm so với thời hạn của "
                        "Cụm.\nBáo cáo của một số đơn vị chưa bám sát kết quả các phong trào thi "
                        "đua đã phát động.")},
        {domain::sections::Lessons,
         QStringLiteral("Thủ trưởng đơn vị trực tiếp chỉ đạo thì phong trào có kết quả rõ "
                        "nét.\nCác đơn vị thành viên trao đổi kinh nghiệm thường xuyên giúp nhân "
                        "rộng cách làm hay.")},
        {domain::sections::Directions,
         QStringLiteral("Hưởng ứng phong trào thi đua thực hiện thắng lợi nhiệm vụ công tác tư "
                        "pháp năm %1.\nGửi báo cáo, hồ sơ khen thưởng đúng thời hạn; gắn báo "
                        "cáo với kết quả từng phong trào.")
             .arg(next)},
        {domain::sections::Recommendations,
         QStringLiteral("Đề nghị Bộ Tư pháp sớm ban hành bảng tiêu chí chấm điểm thi đua năm %1.")
             .arg(next)},
    };
    storage::ReportNoteRepository repository(writer.db());
    for (const auto& [section, text] : notes)
        if (auto ok = repository.put(key, section, text); !ok)
            return ok;
    return {};
}

} // namespace thidua::services::demo
