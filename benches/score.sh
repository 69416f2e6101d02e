#!/usr/bin/env bash
# Throughput and memory of `career score`, next to a plain Python scorer.
#
#   benches/score.sh [N]        # N synthetic responses (default 1000000)
#
# Needs GNU time (/usr/bin/time); hyperfine (apt-get install -y hyperfine) is
# used for the wall-clock table when present.
#
# Each run is timed with /usr/bin/time: responses per CPU-second is N over
# user + sys time (the best of RUNS runs), which stays steady on a machine
# other work shares; wall-clock time does not. Peak memory is the largest
# resident set. `--stability` and the Python scorer run on the first
# SMALL_N responses (they are 40 to 50 times slower).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
runs=${RUNS:-3}
small=${SMALL_N:-50000}
cargo build --release --quiet
career=target/release/career
data=${TMPDIR:-/tmp}/career-bench-$n.jsonl
[ -s "$data" ] || python3 benches/gen_responses.py "$n" > "$data"
head_data=${TMPDIR:-/tmp}/career-bench-$n-first-$small.jsonl
[ -s "$head_data" ] || head -n "$small" "$data" > "$head_data"
echo "$n responses, $(du -h "$data" | cut -f1); $(nproc) cores"

# measure LABEL ROWS CMD...: the best of $runs runs, one table row.
measure() {
  local label=$1 rows=$2 best="" line cpu
  shift 2
  for _ in $(seq "$runs"); do
    if ! line=$(/usr/bin/time -f "%U %S %e %M" "$@" 2>&1 >/dev/null | tail -n 1); then
      echo "failed: $*" >&2
      exit 1
    fi
    cpu=$(echo "$line" | awk '{print $1 + $2}')
    if [ -z "$best" ] || awk "BEGIN{exit !($cpu < $(echo "$best" | awk '{print $1 + $2}'))}"; then
      best=$line
    fi
  done
  echo "$best" | awk -v label="$label" -v rows="$rows" '{
    cpu = $1 + $2
    printf "| %-44s | %9d | %7.2f s | %7.2f s | %12.0f | %7.1f MB |\n",
      label, rows, cpu, $3, rows / cpu, $4 / 1024 }'
}

echo
echo "| run | responses | CPU (user+sys) | wall | responses per CPU-second | peak memory |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
measure "career score --threads 1" "$n" "$career" score "$data" --threads 1 --format jsonl
measure "career score --threads 1 --reasons" "$n" "$career" score "$data" --threads 1 --format jsonl --reasons
measure "career score (every core)" "$n" "$career" score "$data" --format jsonl
measure "career score --threads 1 --stability" "$small" "$career" score "$head_data" --threads 1 --format jsonl --stability
runs=1 measure "benches/score_reference.py" "$small" python3 benches/score_reference.py "$head_data"

if command -v hyperfine > /dev/null; then
  echo
  hyperfine --warmup 1 --runs "$runs" \
    "$career score $data --threads 1 --format jsonl > /dev/null" \
    "$career score $data --format jsonl > /dev/null"
fi
