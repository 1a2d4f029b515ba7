#!/usr/bin/env bash
# The shell part of the gate-adjudicator GitHub Action (action.yml): runs the distribution's bin/gate, writes the
# step summary and step outputs, and maps the exit code to the job status. Tested locally by scripts/test-action.sh
# with a fake GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
#
# Inputs (environment): GATE (bin/gate to run), INPUT_COMMAND (adjudicate | run), INPUT_FACT_SET (adjudicate),
# INPUT_REGISTRY, INPUT_PHASE, INPUT_LANE (run; no lane with --phase only where the CLI supports it), INPUT_RULES
# (policy folder, optional), INPUT_OUT (evidence folder), INPUT_FAIL_ON_HOLD (true|false), INPUT_ARGS (extra
# arguments, split on spaces), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY.
#
# Exit status of this script (the step's status): 0 on pass or advance; on HOLD_REMEDIATE (1) 1, or 0 when
# INPUT_FAIL_ON_HOLD is false; on NO_GO_RESET_REQUIRED (2), invalid input (3), a policy error (4) or a usage or
# I/O error (64) or an internal error (70) always that code: an error is never a pass.
set -uo pipefail

gate="${GATE:?GATE must name bin/gate}"
command="${INPUT_COMMAND:-adjudicate}"
out="${INPUT_OUT:-gate-evidence}"
reports="$out-reports"
mkdir -p "$reports"
sarif="$reports/gate.sarif"

args=()
case "$command" in
  adjudicate)
    [[ -n "${INPUT_FACT_SET:-}" ]] || { echo "::error::input fact-set is required for adjudicate"; exit 64; }
    args=(adjudicate "$INPUT_FACT_SET")
    ;;
  run)
    [[ -n "${INPUT_REGISTRY:-}" && -n "${INPUT_PHASE:-}" ]] \
      || { echo "::error::inputs registry and phase are required for run"; exit 64; }
    args=(run --registry "$INPUT_REGISTRY" --phase "$INPUT_PHASE")
    [[ -n "${INPUT_LANE:-}" ]] && args+=(--lane "$INPUT_LANE")
    ;;
  *)
    echo "::error::input command must be adjudicate or run, not '$command'"; exit 64
    ;;
esac
[[ -n "${INPUT_RULES:-}" ]] && args+=(--rules "$INPUT_RULES")
args+=(--out "$out" --sarif "$sarif" --summary-md "$reports/summary.md" --html "$reports/report.html"
  --junit "$reports/junit.xml")
if [[ -n "${INPUT_ARGS:-}" ]]; then
  read -r -a extra <<< "$INPUT_ARGS"
  args+=("${extra[@]}")
fi

echo "gate ${args[*]}"
# the CLI appends the Markdown summary to $GITHUB_STEP_SUMMARY itself (--summary-md)
"$gate" "${args[@]}"
code=$?

case "$code" in
  0) outcome=PASS ;;
  1) outcome=HOLD_REMEDIATE ;;
  2) outcome=NO_GO_RESET_REQUIRED ;;
  3) outcome=INVALID_INPUT ;;
  4) outcome=POLICY_ERROR ;;
  *) outcome=ERROR ;;
esac
if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  {
    echo "exit-code=$code"
    echo "outcome=$outcome"
    echo "evidence-dir=$out"
    echo "reports-dir=$reports"
    [[ -f "$sarif" ]] && echo "sarif-file=$sarif"
  } >> "$GITHUB_OUTPUT"
fi
if [[ $code -ge 3 && -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  printf '## ❌ gate-adjudicator: %s (exit %s)\n\nNothing was adjudicated; see the step log for the message.\n' \
    "$outcome" "$code" >> "$GITHUB_STEP_SUMMARY"
fi

case "$code" in
  0) exit 0 ;;
  1) if [[ "${INPUT_FAIL_ON_HOLD:-true}" == "false" ]]; then
       echo "::warning::HOLD_REMEDIATE (fail-on-hold is false: the job continues)"; exit 0
     fi
     echo "::error::HOLD_REMEDIATE"; exit 1 ;;
  *) echo "::error::gate-adjudicator exited $code ($outcome)"; exit "$code" ;;
esac
