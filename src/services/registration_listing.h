#pragma once

#include "listing_types.h"
#include "result.h"

#include <memory>
#include <vector>

namespace thidua::services {

struct ServiceContext;
class UnitTree;

// The registrations of one period read page by page (keyset), like
// PeopleListing and with the same lifetime. In name order the individual
// registrations come first, then the collective ones; in unit order each
// unit's own registrations come before its people's.
class RegistrationListing {
public:
    // Made by ListingService::registrations(), which finds the period and
    // checks the filter's unit.
    RegistrationListing(ServiceContext& context, std::shared_ptr<const UnitTree> units,
                        domain::RowId periodId, const ListFilter& filter);
    RegistrationListing(RegistrationListing&&) noexcept;
    RegistrationListing& operator=(RegistrationListing&&) noexcept;
    ~RegistrationListing();

    // The next rows, at most limit; empty once the list is exhausted.
    Result<std::vector<ListedRegistration>> fetch(int limit);
    bool atEnd() const;

private:
    struct State;
    std::unique_ptr<State> d_;
};

} // namespace thidua::services
