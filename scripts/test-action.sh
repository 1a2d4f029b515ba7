#!/usr/bin/env bash
# Tests the shell part of the GitHub Action (action/run.sh) locally, with a fake GITHUB_OUTPUT and
# GITHUB_STEP_SUMMARY: outputs, the step summary, the SARIF file and the exit-code-to-job-status mapping.
# Usage: scripts/test-action.sh [BIN_GATE]   (default: ./gate, the checkout's launcher)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export GATE="${1:-$root/gate}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "test-action: $*" >&2; exit 1; }

case_run() { # name, expected status, then env assignments
  local name="$1" want="$2"; shift 2
  : > "$work/output"; : > "$work/summary"
  local got=0
  env GITHUB_OUTPUT="$work/output" GITHUB_STEP_SUMMARY="$work/summary" INPUT_OUT="$work/$name" "$@" \
    bash "$root/action/run.sh" > "$work/$name.log" 2>&1 || got=$?
  [[ $got -eq $want ]] || { cat "$work/$name.log" >&2; fail "$name: status $got, expected $want"; }
  echo "test-action: $name: status $got as expected"
}

hold="$root/fixtures/p6/m6f_p6b_streaming_active_20260225T163455Z.factset.json"
case_run hold 1 INPUT_COMMAND=adjudicate INPUT_FACT_SET="$hold"
grep -qx "exit-code=1" output || fail "hold: exit-code output missing"
grep -qx "outcome=HOLD_REMEDIATE" output || fail "hold: outcome output missing"
grep -qx "sarif-file=$work/hold-reports/gate.sarif" output || fail "hold: sarif-file output missing"
grep -q '"version" : "2.1.0"' "$work/hold-reports/gate.sarif" || fail "hold: not a SARIF 2.1.0 log"
grep -q "HOLD_REMEDIATE" summary && grep -q "<details>" summary || fail "hold: the step summary lacks the report"
[[ -f "$work/hold/manifest.json" ]] || fail "hold: the evidence folder was not written"

case_run hold-allowed 0 INPUT_COMMAND=adjudicate INPUT_FACT_SET="$hold" INPUT_FAIL_ON_HOLD=false
grep -q "::warning::HOLD_REMEDIATE" "$work/hold-allowed.log" || fail "hold-allowed: no warning annotation"

case_run pass 0 INPUT_COMMAND=adjudicate INPUT_FACT_SET="$root/fixtures/p6/edge/m6f_pass_strict.factset.json"
grep -qx "outcome=PASS" output || fail "pass: outcome output missing"

invalid="$(ls "$root"/fixtures/p6/invalid/*.factset.json | head -n 1)"
case_run invalid 3 INPUT_COMMAND=adjudicate INPUT_FACT_SET="$invalid"
grep -qx "outcome=INVALID_INPUT" output || fail "invalid: outcome output missing"
grep -q "INVALID_INPUT (exit 3)" summary || fail "invalid: the step summary does not say why"

case_run bad-command 64 INPUT_COMMAND=deploy
case_run missing-fact-set 64 INPUT_COMMAND=adjudicate
echo "test-action: ok"
