#!/usr/bin/env bash
# The ledger's acceptance run (issue 15): records the P6 plan's executions in a fresh ledger (the legacy-policy
# ones under rules/legacy-p6, the 155035Z rollup replayed with the lanes it rolls up), prints the history, and
# checks that `reaudit --rules rules/default` reopens exactly 143900Z, 152755Z and the 155035Z rollup (exit 1).
# Usage: scripts/ledger-p6-acceptance.sh jdbc:sqlite:FILE | JDBC_POSTGRES_URL --fresh-postgres
set -euo pipefail
cd "$(dirname "$0")/.."
url="$1"
if [[ "$url" == jdbc:sqlite:* ]]; then
  file="${url#jdbc:sqlite:}"
  mkdir -p "$(dirname "$file")"
  rm -f "$file"
elif [[ "${2:-}" == --fresh-postgres ]]; then
  # A fresh ledger on the CI server: drop the ledger's tables (the URL carries the test role's credentials).
  db="${url#jdbc:postgresql://}"; hostport="${db%%/*}"; rest="${db#*/}"; name="${rest%%\?*}"
  user="$(sed -n 's/.*[?&]user=\([^&]*\).*/\1/p' <<<"$url")"
  PGPASSWORD="$(sed -n 's/.*[?&]password=\([^&]*\).*/\1/p' <<<"$url")" psql -q -h "${hostport%%:*}" \
    -p "${hostport##*:}" -U "$user" -d "$name" -v ON_ERROR_STOP=1 \
    -c "DROP TABLE IF EXISTS reaudit_changes, reaudits, decisions, gate_ledger_schema_history" >/dev/null
fi
export GATE_LEDGER="$url"
out="target/ci/ledger/out"
for f in fixtures/p6/m6e_*.factset.json fixtures/p6/m6f_*.factset.json; do
  rules=()
  if grep -q '"policy": "legacy-p6"' "${f%.factset.json}.expected.json"; then
    rules=(--rules rules/legacy-p6)
  fi
  status=0
  ./gate adjudicate "$f" "${rules[@]}" --out "$out/$(basename "$f" .factset.json)" >/dev/null || status=$?
  if [[ $status -gt 1 ]]; then
    echo "ledger-p6: adjudicating $f exited $status" >&2
    exit 1
  fi
done
./gate replay fixtures/p6/m6g_p6c_gate_rollup_20260225T155035Z.factset.json >/dev/null
./gate history --phase P6 | tee target/ci/ledger/history.txt
status=0
./gate reaudit --rules rules/default --phase P6 | tee target/ci/ledger/reaudit.txt || status=$?
if [[ $status -ne 1 ]]; then
  echo "ledger-p6: expected reaudit to reopen and exit 1, got $status" >&2
  exit 1
fi
reopened="$(sed -n 's/^REOPENED *[^ ]* \([^ ]*\)$/\1/p' target/ci/ledger/reaudit.txt | sort | tr '\n' ' ')"
expected="m6f_p6b_streaming_active_20260225T143900Z m6f_p6b_streaming_active_20260225T152755Z m6g_p6c_gate_rollup_20260225T155035Z "
if [[ "$reopened" != "$expected" ]] || grep -q '^NOW PASS' target/ci/ledger/reaudit.txt; then
  echo "ledger-p6: reaudit reopened [$reopened], expected [$expected]" >&2
  exit 1
fi
if [[ "$(grep -c '^  2026-' target/ci/ledger/history.txt)" -ne 9 ]]; then
  echo "ledger-p6: expected 9 decisions in the history" >&2
  exit 1
fi
echo "ledger-p6: history shows the 9 recorded executions; reaudit reopened exactly 143900Z, 152755Z and the 155035Z rollup"
