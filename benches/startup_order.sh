#!/usr/bin/env bash
# Writes benches/startup-symbols.txt: the symbol names of the functions in
# the `career` binary that `career quiz --answers F --format json --no-save`
# runs (the start-up path every command shares: the command line, the
# built-in pack, the engine, the JSON output). build.rs has the linker put
# them side by side, so starting touches a few pages of code instead of
# pages all over it (docs/performance.md, "Start-up"). Needs valgrind
# (`apt-get install -y valgrind`) and python3.
#
#   bash benches/startup_order.sh
#
# The binary is built alone, as `cargo build --release` builds it (built with
# the examples, it gets other symbol names; see benches/pack.sh).
# Run it again after a Rust upgrade or a large change: names the binary no
# longer has are skipped by the linker, so a stale list only loses the gain.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin career
CAREER=$PWD/target/release/career
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export CAREER_HOME=$WORK/home
mkdir -p "$CAREER_HOME"
"$CAREER" questions --format json | python3 benches/builtin_answers.py >"$WORK/answers.yaml"
valgrind --tool=callgrind --demangle=no --callgrind-out-file="$WORK/cg.out" \
    "$CAREER" quiz --answers "$WORK/answers.yaml" --format json --no-save >/dev/null 2>&1
# Every function callgrind saw (defined as caller or callee), that is code of
# the binary itself.
grep -E '^c?fn=\([0-9]+\) ' "$WORK/cg.out" | sed -E 's/^c?fn=\([0-9]+\) //' | sort -u >"$WORK/ran"
nm "$CAREER" | awk '$2 ~ /^[tT]$/ { print $3 }' | sort -u >"$WORK/text"
comm -12 "$WORK/ran" "$WORK/text" >benches/startup-symbols.txt
echo "benches/startup-symbols.txt: $(wc -l <benches/startup-symbols.txt) functions"
