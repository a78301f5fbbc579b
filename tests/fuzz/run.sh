#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes one target (or all) for a chosen time with libFuzzer, clang, ASan and UBSan:
#   tests/fuzz/run.sh csv|payments|applications|scores|jurorpack|all [SECONDS] [libFuzzer options]
# Builds the fuzz preset (build/fuzz) the first time. The corpus in the tree
# (tests/fuzz/corpus/TARGET) is only read; inputs that reach new code go to
# build/fuzz/corpus/TARGET, crashers to build/fuzz/crashes/TARGET/. Once a crasher is fixed,
# copy it into tests/fuzz/corpus/TARGET/: ctest then replays it on every build (fuzz_TARGET).
# Exits with 1 when a target crashed.
set -euo pipefail

targets=(csv payments applications scores jurorpack)
usage() { echo "usage: $0 csv|payments|applications|scores|jurorpack|all [SECONDS] [libFuzzer options...]" >&2; exit 2; }
[ $# -ge 1 ] || usage
what=$1; shift
seconds=${1:-60}; [ $# -ge 1 ] && shift
[[ $seconds =~ ^[0-9]+$ ]] || usage
if [ "$what" = all ]; then
    chosen=("${targets[@]}")
else
    [[ " ${targets[*]} " == *" $what "* ]] || usage
    chosen=("$what")
fi

cd "$(dirname "$(readlink -f "$0")")/../.."
[ -f build/fuzz/CMakeCache.txt ] || cmake --preset fuzz
cmake --build build/fuzz -j"$(nproc 2>/dev/null || echo 2)" --target "${chosen[@]/#/fuzz_}"

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
# Qt and SQLite keep caches for the life of the process: leaks are not what is looked for.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
for t in "${chosen[@]}"; do
    work=build/fuzz/corpus/$t
    crashes=build/fuzz/crashes/$t
    mkdir -p "$work" "$crashes"
    dict=()
    [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
    echo "== fuzz_$t for ${seconds}s"
    if ! "build/fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "${dict[@]}" "$@" \
        "$work" "tests/fuzz/corpus/$t"; then
        echo "fuzz_$t crashed: see $crashes/" >&2
        status=1
    fi
done
exit $status
