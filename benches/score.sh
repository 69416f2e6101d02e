#!/usr/bin/env bash
# Throughput and memory of `career score`, next to a plain Python scorer.
#
#   benches/score.sh [N]        # N synthetic responses (default 1000000)
#
# Needs hyperfine (apt-get install -y hyperfine) and GNU time (/usr/bin/time).
# Responses/s = N / the mean time hyperfine reports. On a busy machine, the
# CPU time /usr/bin/time reports (user + sys) is the steadier figure.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
cargo build --release --quiet
career=target/release/career
data=${TMPDIR:-/tmp}/career-bench-$n.jsonl
[ -s "$data" ] || python3 benches/gen_responses.py "$n" > "$data"
echo "$n responses, $(du -h "$data" | cut -f1)"
hyperfine --warmup 1 --runs 3 \
  "$career score $data --threads 1 --format jsonl > /dev/null" \
  "$career score $data --threads 1 --format jsonl --reasons > /dev/null" \
  "$career score $data --format jsonl > /dev/null"
hyperfine --runs 1 "python3 benches/score_reference.py $data > /dev/null"
for extra in "" "--reasons"; do
  echo "== career score --threads 1 $extra"
  /usr/bin/time -v "$career" score "$data" --threads 1 --format jsonl $extra 2>&1 >/dev/null |
    grep -E "User time|System time|Elapsed|Maximum resident"
done
