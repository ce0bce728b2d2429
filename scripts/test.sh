#!/usr/bin/env bash
# Sets up, builds everything, and runs the whole test suite; the last line is
# ctest's summary. Exits non-zero when any test fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" dev
cd "$root"
ctest --preset dev -j2
