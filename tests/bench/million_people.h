#pragma once

#include <QString>

// A database file of 1,000,000 people with Vietnamese names (no units), built
// once per benchmark process through the real schema, triggers included.
namespace thidua::bench {

constexpr int MillionPeople = 1'000'000;

// The i-th person's full name; a number at the end keeps the names distinct.
QString nameOf(int i);

// Built on first use in a temporary folder that lives as long as the process.
QString millionPeopleFile();

} // namespace thidua::bench
