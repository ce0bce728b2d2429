#pragma once

#include "listing_types.h"
#include "result.h"

#include <memory>
#include <vector>

namespace thidua::services {

struct ServiceContext;
class UnitTree;

// A people list read page by page (keyset), so 100,000 people never sit in
// memory: a model fetches the next page when its view scrolls near the end,
// the CLI writes each page as it comes. Valid while its workspace is open; it
// keeps the unit tree of the moment it was made, so make a new one after a
// UnitChanged or DataReloaded event.
class PeopleListing {
public:
    // Made by ListingService::people(), which checks the filter's unit.
    PeopleListing(ServiceContext& context, std::shared_ptr<const UnitTree> units,
                  const ListFilter& filter);
    PeopleListing(PeopleListing&&) noexcept;
    PeopleListing& operator=(PeopleListing&&) noexcept;
    ~PeopleListing();

    // The next rows, at most limit; empty once the list is exhausted.
    Result<std::vector<ListedPerson>> fetch(int limit);
    // True once fetch() has nothing more to give. After a page that happened
    // to end exactly with the last row it is still false, and the next fetch
    // comes back empty.
    bool atEnd() const;

private:
    struct State;
    std::unique_ptr<State> d_;
};

} // namespace thidua::services
