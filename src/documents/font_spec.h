#pragma once

namespace thidua::documents {

// Size and face of a piece of text. The family is chosen once per document
// (see font_resolver.h), so a layout stays comparable across machines.
struct FontSpec {
    double pointSize = 14.0;
    bool bold = false;
    bool italic = false;

    friend bool operator==(const FontSpec&, const FontSpec&) = default;
};

} // namespace thidua::documents
