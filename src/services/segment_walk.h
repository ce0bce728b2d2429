#pragma once

#include "list_scope.h"
#include "result.h"
#include "unit_tree.h"

#include <iterator>
#include <vector>

// Internal to the services.
namespace thidua::services {

// A long list read as a run of segments (all people in name order; or one
// unit's people after another in tree order), each paged by keyset. Only the
// current segment and its position are kept, so reading a million rows holds
// one page at a time.
template <typename Segment>
class SegmentWalk {
public:
    explicit SegmentWalk(std::vector<Segment> segments)
        : segments_(std::move(segments)) {}

    bool atEnd() const { return next_ >= segments_.size(); }

    // Up to limit entries, crossing into the next segments as each runs out.
    // readPage(const Segment&, const storage::ListPosition&, int limit) returns
    // Result<std::vector<Entry>>; positionOf(const Entry&) gives the position
    // to continue after.
    template <typename Entry, typename ReadPage, typename PositionOf>
    Result<std::vector<Entry>> fetch(int limit, ReadPage&& readPage, PositionOf&& positionOf) {
        std::vector<Entry> entries;
        while (!atEnd() && static_cast<int>(entries.size()) < limit) {
            const int wanted = limit - static_cast<int>(entries.size());
            auto page = readPage(segments_[next_], after_, wanted);
            if (!page)
                return std::unexpected(page.error());
            if (static_cast<int>(page->size()) < wanted) {
                ++next_;
                after_ = {};
            } else {
                after_ = positionOf(page->back());
            }
            std::move(page->begin(), page->end(), std::back_inserter(entries));
        }
        return entries;
    }

private:
    std::vector<Segment> segments_;
    std::size_t next_ = 0;
    storage::ListPosition after_;
};

// The one scope of a list in name order: the branch of unitId, or everything.
inline storage::ListScope nameOrderScope(domain::RowId unitId) {
    return unitId == domain::NoId ? storage::ListScope::all() : storage::ListScope::subtree(unitId);
}

// The scopes of a list in unit order: each unit of the branch of unitId (or of
// the whole tree) in tree order; for the whole tree, then what has no unit.
inline std::vector<storage::ListScope> unitOrderScopes(const UnitTree& units,
                                                       domain::RowId unitId) {
    std::vector<storage::ListScope> scopes;
    const std::span<const domain::RowId> ids =
        unitId == domain::NoId ? std::span<const domain::RowId>(units.treeOrder())
                               : units.subtree(unitId);
    scopes.reserve(ids.size() + 1);
    for (const domain::RowId id : ids)
        scopes.push_back(storage::ListScope::unit(id));
    if (unitId == domain::NoId)
        scopes.push_back(storage::ListScope::noUnit());
    return scopes;
}

} // namespace thidua::services
