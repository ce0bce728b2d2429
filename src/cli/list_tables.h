#pragma once

#include "listing_types.h"
#include "result.h"
#include "table_output.h"

namespace thidua::services {
class ListingService;
}

namespace thidua::cli {

enum class ListKind { Units, People, Registrations };

struct ListRequest {
    ListKind kind = ListKind::People;
    services::ListFilter filter;
    int year = 0; // registrations only
};

// Writes the list in the format, page by page as the service reads it (twice
// for aligned text, which measures first). Returns how many rows were
// written, or the error that stopped the list.
Result<qint64> writeList(services::ListingService& listing, const ListRequest& request,
                         ListFormat format, QTextStream& stream, const OutputOptions& options);

} // namespace thidua::cli
