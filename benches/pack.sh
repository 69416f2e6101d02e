#!/usr/bin/env bash
# The benchmarks behind docs/performance.md. Needs hyperfine
# (`apt-get install -y hyperfine`), GNU time (`/usr/bin/time`) and python3.
#
#   bash benches/pack.sh            # all figures
#   OUT=/tmp/bench bash benches/pack.sh
#
# Prints: quiz --answers on the built-in pack beside a hello-world binary
# built the same way (same release profile): one hyperfine run, then CPU time
# and page faults (perf stat, when perf is there) and peak memory; validate
# and quiz --answers on a generated pack of 10,000 questions, 200 roles and 5,000 skills with CPU time
# and peak memory, and where validate's time goes (load_timing: the YAML
# parser's events alone, the positioned trees, the whole check); then roadmap
# on 5,000 chained skills and progress with 1,000 (examples/chain_pack.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-target/bench}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

# The binary on its own, as `cargo build --release` and `cargo install` build
# it: built together with the examples, its dependencies get the features the
# dev-dependencies ask for, its functions other symbol names, and the list of
# start-up functions (build.rs) would not match them.
cargo build --release --quiet --bin career
cargo build --release --quiet --example gen_pack --example chain_pack --example load_timing
CAREER=$PWD/target/release/career

# A hello-world Rust binary built the same way as career: release, with
# career's own [profile.release] settings copied from Cargo.toml.
mkdir -p "$OUT/hello/src"
{
    printf '[package]\nname = "hello"\nversion = "0.1.0"\nedition = "2021"\n[dependencies]\n'
    awk '/^\[/ { on = ($0 == "[profile.release]") } on' Cargo.toml
} >"$OUT/hello/Cargo.toml"
echo 'fn main() { println!("hello"); }' >"$OUT/hello/src/main.rs"
# And linked as career is (build.rs, on x86_64 Linux with rust-lld): with the
# same list of start-up functions to put first. The hello world's own
# functions from the standard library that are on the list move too.
if [ "$(rustc -vV | sed -n 's/^host: //p')" = x86_64-unknown-linux-gnu ]; then
    export RUSTFLAGS="-C link-arg=-Wl,--symbol-ordering-file=$PWD/benches/startup-symbols.txt -C link-arg=-Wl,--no-warn-symbol-ordering"
fi
cargo build --release --quiet --manifest-path "$OUT/hello/Cargo.toml" --target-dir "$OUT/hello/target"
unset RUSTFLAGS
HELLO=$OUT/hello/target/release/hello

export CAREER_HOME=$OUT/home
mkdir -p "$CAREER_HOME"

# Answers to every question of the built-in quiz.
"$CAREER" questions --format json >"$OUT/questions.json"
python3 benches/builtin_answers.py "$OUT/questions.json" >"$OUT/answers.yaml"

echo "== quiz --answers (built-in pack) beside hello world"
if command -v nm >/dev/null 2>&1; then
    # build.rs's list of start-up functions, against the binary's own names.
    found=$(nm "$CAREER" | awk '$2 ~ /^[tT]$/ { print $3 }' | sort -u |
        comm -12 - <(sort -u benches/startup-symbols.txt) | wc -l)
    echo "start-up functions of benches/startup-symbols.txt in the binary: $found of $(wc -l <benches/startup-symbols.txt)"
fi
uptime
hyperfine -N --warmup 20 --runs 300 "$HELLO" \
    "$CAREER quiz --answers $OUT/answers.yaml --format json --no-save"
# CPU time and page faults (steadier than wall time on a busy machine), then
# peak memory.
if command -v perf >/dev/null 2>&1; then
    for cmd in "$HELLO" "$CAREER quiz --answers $OUT/answers.yaml --format json --no-save"; do
        echo "$cmd:"
        # shellcheck disable=SC2086
        perf stat -r 200 -e task-clock,page-faults $cmd 2>&1 >/dev/null |
            grep -E 'task-clock|page-faults' || true
    done
fi
for cmd in "$HELLO" "$CAREER quiz --answers $OUT/answers.yaml --format json --no-save"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "$(basename "${cmd%% *}"): %M KB peak" $cmd 2>&1 >/dev/null | tail -1
done
uptime

PACK=$OUT/pack
rm -rf "$PACK"
target/release/examples/gen_pack --questions 10000 --roles 200 --skills 5000 "$PACK"
echo "== generated pack: $(du -sb "$PACK/quizzes" "$PACK/roles" | awk '{s+=$1} END {print s}') bytes"

echo "== validate (generated pack)"
"$CAREER" validate "$PACK"
/usr/bin/time -v "$CAREER" validate "$PACK" 2>&1 >/dev/null |
    grep -E 'User time|System time|Maximum resident'

echo "== fitting the calibration map of its 300-question quiz (once; later runs read it)"
/usr/bin/time -f "%e s wall, %U s user, %M KB peak" \
    "$CAREER" --content "$PACK" calibrate --quiz quiz-0 >/dev/null

echo "== validate vs scoring its 300-question quiz (generated pack)"
hyperfine -N --warmup 3 --runs 20 \
    "$CAREER validate $PACK" \
    "$CAREER --content $PACK quiz --quiz quiz-0 --answers $PACK/answers.yaml --format json --no-save"

echo "== where validate's time goes (generated pack)"
for stage in events tree check; do
    /usr/bin/time -f "$stage: %U s user, %S s system, %M KB peak" \
        target/release/examples/load_timing "$PACK" $stage 2>&1 | grep -v '^read:'
done

echo "== roadmap on 5,000 chained skills, progress with 1,000 (10 roles)"
target/release/examples/chain_pack "$OUT/p5000" 5000 >/dev/null
target/release/examples/chain_pack "$OUT/p1000r10" 1000 10 >/dev/null
"$CAREER" --content "$OUT/p1000r10" progress done s0,s500,s999 >/dev/null
hyperfine -N --warmup 2 --runs 10 \
    "$CAREER --content $OUT/p5000 roadmap chain" "$CAREER --content $OUT/p5000 validate" \
    "$CAREER --content $OUT/p1000r10 progress" "$CAREER --content $OUT/p1000r10 validate"
for cmd in "--content $OUT/p5000 roadmap chain" "--content $OUT/p1000r10 progress"; do
    echo "$cmd:"
    # shellcheck disable=SC2086
    /usr/bin/time -v "$CAREER" $cmd 2>&1 >/dev/null | grep -E 'User time|System time|Maximum resident'
done
echo "== machine load"
uptime
