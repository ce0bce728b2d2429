#pragma once

// Overloaded{[](const Heading&) {...}, [](const Table&) {...}, ...}: one
// lambda per alternative of a std::variant, for std::visit over a Block, so
// that the compiler names every renderer that forgot a new kind of block.
namespace thidua::documents {

template <typename... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

} // namespace thidua::documents
