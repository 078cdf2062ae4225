#!/usr/bin/env bash
# The benchmark: transfer sizes, start-up, search latency at 100 / 1,000 / 10,000 tips,
# memory, a side-by-side with MiniSearch and Lighthouse, each checked against its budget.
# Writes target/bench/results.md and target/bench/results.json. Not part of the tests:
# timings depend on the machine, so budgets are reported as PASS/FAIL, never asserted.
#
#   scripts/bench.sh                    build both variants, then run everything
#   scripts/bench.sh --no-build         reuse dist/ and target/bench/dist/
#   scripts/bench.sh --runs 3 --lighthouse-runs 1 --skip lighthouse,startup
#   scripts/bench.sh --docs             also write the table to docs/benchmark-results.md
#
# Two builds: dist/ is the shipped release build (sizes, start-up, Lighthouse, search
# latency on the real corpus); target/bench/dist/ adds the `bench` cargo feature, whose
# page takes ?synthetic=<tips>&seed=<n> and exposes the search core to the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

build=1
args=()
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then build=""; else args+=("$arg"); fi
done

if [ -n "$build" ]; then
  printf '\n== Release build (dist/)\n'
  trunk build --release --offline
  printf '\n== Bench build (target/bench/dist/, cargo feature "bench")\n'
  build_bench_dist
fi

printf '\n== Benchmark\n'
exec node scripts/bench.mjs "${args[@]+"${args[@]}"}"
