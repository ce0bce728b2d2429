#include "title_lookup.h"

#include "vietnamese_text.h"

namespace thidua::domain {

const Title* findTitle(std::span<const Title> titles, const QString& typed) {
    const QString key = vn::searchKey(typed);
    if (key.isEmpty())
        return nullptr;
    for (const Title& title : titles)
        if (key == vn::searchKey(title.code) || key == vn::searchKey(title.abbreviation) ||
            key == vn::searchKey(title.name))
            return &title;
    return nullptr;
}

} // namespace thidua::domain
