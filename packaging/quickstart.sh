#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start on Debian 12 / Ubuntu 24.04: installs the system packages Tremplin needs (apt),
# builds it, then either launches it on the demo database ("run"), runs the whole test suite
# ("test", what CI runs), or fuzzes an importer ("fuzz TARGET SECONDS", tests/fuzz/run.sh).
# The package lists below are the single source of truth for the build dependencies.
set -euo pipefail

usage() { echo "usage: $0 run|test|deps|fuzz TARGET [SECONDS]" >&2; exit 2; }
[ $# -ge 1 ] || usage
action=$1; shift

cd "$(dirname "$(readlink -f "$0")")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev
    qt6-charts-dev libqt6svg6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qt6-qpa-plugins
    libsodium-dev     # juror packs locked with a passphrase (Argon2id, XChaCha20-Poly1305)
    sqlite3           # the reference the benchmark compares with
    xvfb xauth        # to run the GUI without a display
    poppler-utils     # pdftotext, to check generated reports
    clang-format      # the sources follow .clang-format (a ctest checks it)
)
# Only for "fuzz": libFuzzer comes with clang's runtime libraries; the normal build stays g++.
fuzz_packages=(clang libclang-rt-14-dev)

install_packages() {
    local wanted=("${packages[@]}" "$@")
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    local missing=()
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

jobs=$(nproc 2>/dev/null || echo 2)

case "$action" in
    deps)
        install_packages
        ;;
    run)
        install_packages
        cmake --preset release
        cmake --build --preset release -j"$jobs"
        # With no --database, Tremplin opens the last file used, or creates the demo database in
        # its data folder on first start.
        exec ./build/release/src/app/tremplin "$@"
        ;;
    test)
        install_packages
        # One build, with AddressSanitizer and UBSan, every compiler warning an error (the dev
        # preset's rule): a memory error or undefined behaviour fails the test it happens in
        # (UBSAN_OPTIONS=halt_on_error=1 in the asan test preset). Developers iterate with the
        # dev preset (ctest --preset dev), which is faster.
        cmake --preset asan
        cmake --build --preset asan -j"$jobs"
        ctest --preset asan -j"$jobs" "$@"
        ;;
    fuzz)
        install_packages "${fuzz_packages[@]}"
        exec ./tests/fuzz/run.sh "$@"
        ;;
    *)
        usage
        ;;
esac
