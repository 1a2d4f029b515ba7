#!/usr/bin/env bash
# Checks the distribution archive as a user gets it: extracted into an empty folder, run with nothing but Java and
# bash on the PATH (no Maven, no source tree), it prints its version and adjudicates a fixture.
# Usage: scripts/test-dist.sh [ARCHIVE]   (default: cli/target/gate-adjudicator-*.tar.gz, built by mvn package)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
archive="${1:-$(ls "$root"/cli/target/gate-adjudicator-*.tar.gz | head -n 1)}"
fixture="$root/fixtures/p6/m6f_p6b_streaming_active_20260225T163455Z.factset.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# a PATH with java and bash only
mkdir -p "$work/path"
ln -s "$(command -v java)" "$work/path/java"
ln -s "$(command -v bash)" "$work/path/bash"
ln -s "$(command -v env)" "$work/path/env"
if PATH="$work/path" command -v mvn >/dev/null 2>&1; then
  echo "test-dist: mvn is still on the reduced PATH" >&2; exit 1
fi

mkdir -p "$work/empty"
tar -xzf "$archive" -C "$work/empty"
home="$(ls -d "$work"/empty/gate-adjudicator-*)"
cp "$fixture" "$work/facts.json"
cd "$work"

version="$(env -i HOME="$work" PATH="$work/path" "$home/bin/gate" --version)"
echo "$version"
expected="$(basename "$home" | sed 's/^gate-adjudicator-//')"
if [[ "$version" != *"$expected"* ]]; then
  echo "test-dist: --version printed '$version', expected the build's version $expected" >&2; exit 1
fi

status=0
env -i HOME="$work" PATH="$work/path" "$home/bin/gate" adjudicate facts.json --out evidence \
  --sarif gate.sarif > out.txt 2> err.txt || status=$?
cat out.txt
if [[ $status -ne 1 ]]; then
  echo "test-dist: expected HOLD_REMEDIATE (exit 1), got $status" >&2; cat err.txt >&2; exit 1
fi
for f in evidence/manifest.json evidence/m6f_blocker_register.json gate.sarif; do
  [[ -s "$f" ]] || { echo "test-dist: $f was not written" >&2; exit 1; }
done
if grep -qi "slf4j" err.txt; then
  echo "test-dist: a logging warning reached stderr:" >&2; cat err.txt >&2; exit 1
fi
echo "test-dist: ok ($(ls "$home/lib" | wc -l) jars; adjudicated outside the source tree without Maven)"
