#!/usr/bin/env bash
# Instructions per pass of the whole pipeline over the dev corpus, counted by
# valgrind. Wall-clock benchmarks on a shared machine swing by ±20%; the
# instruction count is exact and moves only when the code does, so speed work
# is judged on it first and confirmed with BenchmarkExtract.
#
#   scripts/instructions.sh            total instructions per pass
#   scripts/instructions.sh -f         plus the top functions (cg_annotate)
#   scripts/instructions.sh -p         plus each package's own share (by the
#                                      file a function is in; runtime excluded)
#
# A pass is (3 passes − 1 pass) / 2, which cancels loading the engine. The
# collector is off: its share swings by ±10% from run to run under valgrind,
# so the count is the pipeline's own work (allocation included, marking not).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 1; }
out=${TMPDIR:-/tmp}/sitrep-instr.$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT
go test -c -o "$out/extract.test" ./internal/extract
run() {
  (cd internal/extract && GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off GOMAXPROCS=1 GOGC=off \
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$out/cg.$1" \
    "$out/extract.test" -test.run='^$' -test.bench='^BenchmarkExtract$' -test.benchtime="$1x" \
    >/dev/null 2>"$out/log.$1")
  grep -oE 'I *refs: *[0-9,]+' "$out/log.$1" | tr -dc 0-9
}
one=$(run 1); three=$(run 3)
echo "instructions per pass: $(( (three - one) / 2 ))"
# Two passes' worth, with loading the engine subtracted out.
cg_diff "$out/cg.1" "$out/cg.3" >"$out/cg.pass" 2>/dev/null
case "${1:-}" in
-f) cg_annotate --auto=no "$out/cg.pass" 2>/dev/null | sed -n '/Ir.*file:function/,/^$/p' | head -45 ;;
-p) cg_annotate --auto=no "$out/cg.pass" 2>/dev/null | grep -oE '^ *[0-9,]+ \([ 0-9.]+%\) +[^ ]*:sitrep/internal/[a-z]+' |
      awk -v t=$(( three - one )) '{gsub(",","",$1); n=$NF; sub(/.*sitrep\/internal\//,"",n); s[n]+=$1} END {for (k in s) printf "%-12s %5.1f%%\n", k, 100*s[k]/t; print "(the rest is the runtime: maps, allocation, GC)"}' | sort -k2 -rn ;;
esac
