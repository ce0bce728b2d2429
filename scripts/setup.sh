#!/usr/bin/env bash
# Installs the Debian packages thidua needs (only those missing), then
# configures and builds incrementally with the given CMake preset.
# Usage: scripts/setup.sh [PRESET] [TARGET...]   (default preset: dev)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${1:-dev}
shift || true

missing=()
while read -r package; do
    [[ -z "$package" || "$package" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done <"$root/scripts/packages.txt"

if ((${#missing[@]})); then
    echo "Installing Debian packages: ${missing[*]}"
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cd "$root"
build_dir="build/$preset"
if [[ ! -f "$build_dir/build.ninja" ]]; then
    cmake --preset "$preset"
fi
if (($#)); then
    cmake --build --preset "$preset" --target "$@"
else
    cmake --build --preset "$preset"
fi
