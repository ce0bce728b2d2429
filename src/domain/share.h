#pragma once

// A proportion p/q that rule data sets (80 % of the members, two thirds
// present, 70 % women), compared in whole numbers so that 80 % of 12 is exact.
namespace thidua::domain {

struct Share {
    int numerator = 0;
    int denominator = 1;
};

// count / total ≥ share, without rounding.
constexpr bool reaches(int count, int total, Share share) {
    return static_cast<long long>(count) * share.denominator >=
           static_cast<long long>(share.numerator) * total;
}

} // namespace thidua::domain
