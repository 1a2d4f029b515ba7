#!/usr/bin/env bash
# Cold start, paired: a fresh `./gate adjudicate` of one fixture against `java Hello` started with the same JVM
# and flags, alternately, N times; prints each one's median wall time and the median of the pairwise ratios.
# Usage: scripts/cold-start.sh [RUNS] [FACT_SET]   (run from anywhere; builds the CLI first if needed)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
facts="${2:-$here/fixtures/p6/edge/m6f_pass_strict.factset.json}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$here/gate" --version >/dev/null   # first use builds the CLI; not timed
java_cmd="${GATE_JAVA:-java}"   # the JVM the launcher runs; set GATE_JAVA when it runs another
flags="${GATE_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
javac -d "$work" "$work/Hello.java"

now() { date +%s%N; }
gate_ms=(); hello_ms=(); ratios=()
for ((i = 0; i < runs; i++)); do
  t0=$(now); "$here/gate" adjudicate "$facts" --out "$work/out" >/dev/null 2>&1 || true; t1=$(now)
  # shellcheck disable=SC2086
  "$java_cmd" $flags -cp "$work" Hello >/dev/null; t2=$(now)
  g=$(( (t1 - t0) / 1000000 )); h=$(( (t2 - t1) / 1000000 ))
  gate_ms+=("$g"); hello_ms+=("$h"); ratios+=("$(awk -v g="$g" -v h="$h" 'BEGIN { printf "%.2f", g / h }')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "cold start over $runs pairs ($java_cmd $flags)"
echo "  ./gate adjudicate  median $(median "${gate_ms[@]}") ms"
echo "  java Hello         median $(median "${hello_ms[@]}") ms"
echo "  ratio gate/Hello   median $(median "${ratios[@]}")x"
