#!/usr/bin/env bash
# Cold start, paired: a fresh `./gate adjudicate` of one fixture against `java Hello` started with the same JVM
# and flags, alternately, N times; prints each one's median wall time and CPU time (user + system, which a loaded
# machine distorts less) and the medians of the pairwise ratios.
# Usage: scripts/cold-start.sh [RUNS] [FACT_SET]   (run from anywhere; builds the CLI and its start-up cache first)
# On a shared machine, `chrt -f 10 scripts/cold-start.sh` (as root) keeps other processes from stretching the runs.
# The launcher runs JDK 25 with its AOT cache when one is installed (see ./gate); Hello then runs on JDK 25 too,
# with the JDK's default class-data sharing. GATE_AOT=off measures JDK 25 without the cache, GATE_JAVA=java the
# default JDK.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
facts="${2:-$here/fixtures/p6/edge/m6f_pass_strict.factset.json}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$here/gate" --version >/dev/null   # first use builds the CLI and trains its cache; not timed
java25="${GATE_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
if [[ -n "${GATE_JAVA:-}" ]]; then java_cmd="$GATE_JAVA"; elif [[ -x "$java25" ]]; then java_cmd="$java25"; else java_cmd=java; fi
flags="${GATE_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
javac --release 17 -d "$work" "$work/Hello.java"

# runs a command, prints "wall_ms cpu_ms"
timed() {
  /usr/bin/time -f '%e %U %S' -o "$work/t" "$@" >/dev/null 2>&1 || true
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$work/t"
}
gate_ms=(); hello_ms=(); ratios=(); gate_cpu=(); hello_cpu=(); cpu_ratios=()
for ((i = 0; i < runs; i++)); do
  read -r g gc < <(timed "$here/gate" adjudicate "$facts" --out "$work/out")
  # shellcheck disable=SC2086
  read -r h hc < <(timed "$java_cmd" $flags -cp "$work" Hello)
  gate_ms+=("$g"); hello_ms+=("$h"); gate_cpu+=("$gc"); hello_cpu+=("$hc")
  ratios+=("$(awk -v g="$g" -v h="$h" 'BEGIN { printf "%.2f", g / (h ? h : 1) }')")
  cpu_ratios+=("$(awk -v g="$gc" -v h="$hc" 'BEGIN { printf "%.2f", g / (h ? h : 1) }')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
cache="${GATE_AOT:-on}"
[[ -n "${GATE_JAVA:-}" ]] && cache=off   # the launcher uses no cache on a JVM given by GATE_JAVA
echo "cold start over $runs pairs ($java_cmd $flags; cache $cache; load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "  ./gate adjudicate  median $(median "${gate_ms[@]}") ms wall, $(median "${gate_cpu[@]}") ms cpu"
echo "  java Hello         median $(median "${hello_ms[@]}") ms wall, $(median "${hello_cpu[@]}") ms cpu"
echo "  ratio gate/Hello   median $(median "${ratios[@]}")x wall, $(median "${cpu_ratios[@]}")x cpu"
