#include "registration_groups.h"

#include "listing_service.h"
#include "registration_service.h"
#include "report_text.h"
#include "workspace.h"

#include <QHash>

namespace thidua::reports {

namespace {

// Rows asked of the service at a time, as `thidua list` does.
constexpr int PageSize = 1000;

// The words of the registration screens, printed only when the title is not
// yet accepted.
QString statusNote(const services::ListedRegistration& registration) {
    switch (registration.status) {
    case domain::RegistrationStatus::Draft:
        return QStringLiteral("Nháp");
    case domain::RegistrationStatus::Submitted:
        return QStringLiteral("Đã gửi");
    case domain::RegistrationStatus::Accepted:
        break;
    case domain::RegistrationStatus::Returned:
        return registration.returnReason.isEmpty()
                   ? QStringLiteral("Bị trả lại")
                   : QStringLiteral("Bị trả lại: ") + registration.returnReason;
    }
    return {};
}

// The groups of one kind of subject in the catalogue's order; a title met in
// the rows but missing from the catalogue gets a group after the others.
class Grouping {
public:
    explicit Grouping(const std::vector<domain::Title>& titles) {
        for (const domain::Title& title : titles)
            groupFor(title.code, title.name);
    }

    void add(const services::ListedRegistration& registration, RegistrationLine line) {
        groups_[groupFor(registration.titleCode, registration.titleName)].lines.push_back(
            std::move(line));
    }

    std::vector<TitleGroup> take() {
        std::erase_if(groups_, [](const TitleGroup& group) { return group.lines.empty(); });
        return std::move(groups_);
    }

private:
    std::size_t groupFor(const QString& code, const QString& name) {
        const auto found = index_.constFind(code);
        if (found != index_.cend())
            return *found;
        index_.insert(code, groups_.size());
        groups_.push_back({code, name, {}});
        return groups_.size() - 1;
    }

    std::vector<TitleGroup> groups_;
    QHash<QString, std::size_t> index_;
};

Result<std::vector<domain::Title>> titlesOfYear(services::RegistrationService& registrations,
                                                int year, domain::TitleSubject subject) {
    auto period = registrations.yearPeriod(year);
    if (!period)
        return std::unexpected(period.error());
    if (!*period)
        return std::vector<domain::Title>{};
    return registrations.titlesFor((*period)->id, subject);
}

} // namespace

Result<RegistrationGroups> readRegistrationGroups(services::Workspace& workspace, int year,
                                                  domain::RowId unitId,
                                                  const std::vector<services::ListedUnit>& units,
                                                  const ReadProgress& progress) {
    services::ListFilter filter;
    filter.unitId = unitId;
    filter.order = services::ListOrder::Unit;
    auto listing = workspace.listing().registrations(year, filter);
    if (!listing)
        return std::unexpected(listing.error());
    auto collectiveTitles =
        titlesOfYear(workspace.registrations(), year, domain::TitleSubject::Collective);
    auto individualTitles =
        titlesOfYear(workspace.registrations(), year, domain::TitleSubject::Individual);
    if (!collectiveTitles)
        return std::unexpected(collectiveTitles.error());
    if (!individualTitles)
        return std::unexpected(individualTitles.error());

    // A collective is named plainly ("Văn phòng"): the unit column beside it
    // names its parent, which tells apart the units that share a name.
    QHash<domain::RowId, const services::ListedUnit*> unitsById;
    for (const services::ListedUnit& unit : units)
        unitsById.insert(unit.id, &unit);
    const auto collectiveLine = [&](const services::ListedRegistration& registration) {
        const services::ListedUnit* unit = unitsById.value(registration.subjectId);
        return RegistrationLine{unit ? unit->name : registration.subjectName,
                                {},
                                unit ? unit->parentName : QString(),
                                registration.titleName,
                                statusNote(registration)};
    };

    Grouping collective(*collectiveTitles);
    Grouping individual(*individualTitles);
    qint64 read = 0;
    while (!listing->atEnd()) {
        auto page = listing->fetch(PageSize);
        if (!page)
            return std::unexpected(page.error());
        for (const services::ListedRegistration& registration : *page) {
            if (registration.subjectKind == services::SubjectKind::Unit)
                collective.add(registration, collectiveLine(registration));
            else
                individual.add(registration, {registration.subjectName, registration.position,
                                              registration.unitName, registration.titleName,
                                              statusNote(registration)});
        }
        read += static_cast<qint64>(page->size());
        if (progress && !progress(read))
            return fail(ErrorCode::Cancelled,
                        Text::tr("The list was stopped; nothing was written."));
    }
    return RegistrationGroups{collective.take(), individual.take()};
}

} // namespace thidua::reports
