#pragma once

#include "listing_types.h"
#include "people_listing.h"
#include "registration_listing.h"
#include "result.h"

#include <QString>

#include <vector>

namespace thidua::services {

struct ServiceContext;

// The lists of units, people and registrations that the CLI prints and the
// GUI shows, with the same search, unit filter and order everywhere.
class ListingService {
public:
    explicit ListingService(ServiceContext& context)
        : context_(context) {}

    // Units are at most a few thousand, so they come whole. In unit order they
    // are the tree; a search keeps the matching units at their place in it.
    Result<std::vector<ListedUnit>> units(const ListFilter& filter);
    // The unit a clerk means by a name, diacritics and case ignored, full or
    // short, "Parent / Child" when the name repeats. InvalidInput when the
    // name fits several units, NotFound when it fits none; the message names
    // the candidates.
    Result<domain::RowId> findUnit(const QString& name);
    Result<PeopleListing> people(const ListFilter& filter);
    // How many people people(filter) lists, without listing them.
    Result<qint64> countPeople(const ListFilter& filter);
    // The registrations for the emulation year (the period of kind "year"
    // starting on 1 January); NotFound, naming the recorded years, when that
    // year has no period.
    Result<RegistrationListing> registrations(int year, const ListFilter& filter);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
