#!/usr/bin/env bash
# Sets up, builds, and starts thidua on the default database in the user's
# data folder (the first start offers an empty database or the demo data).
# Extra arguments go to thidua, e.g. scripts/run.sh --database other.sqlite
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" dev thidua
exec "$root/build/dev/src/thidua" "$@"
