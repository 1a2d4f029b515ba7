#!/usr/bin/env bash
# The policy edit loop: after a build, editing a rule file (in a copy, or touching rules/ in the checkout) must not
# make ./gate rebuild the CLI, and the edit must take effect at once.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/gate" --version >/dev/null                  # builds once if needed
cp -r "$root/rules/default" "$work/copy"
before="$("$root/gate" check --rules "$work/copy" 2>"$work/err" | grep -o 'sha256:[0-9a-f]*')"
printf '\n// edited by test-edit-loop\n' >> "$work/copy/p6/lag.drl"
touch "$root/rules/default/p6/lag.drl"   # mtime only: no content change
after="$("$root/gate" check --rules "$work/copy" 2>"$work/err" | grep -o 'sha256:[0-9a-f]*')"
if grep -q "building" "$work/err"; then
  echo "test-edit-loop: ./gate rebuilt the CLI for a policy edit" >&2; exit 1
fi
if [[ "$before" == "$after" ]]; then
  echo "test-edit-loop: the edit did not change the policy digest ($after)" >&2; exit 1
fi
"$root/gate" test --rules "$work/copy" "$root/fixtures/p6" 2>"$work/err" | tail -n 1
if grep -q "building" "$work/err"; then
  echo "test-edit-loop: ./gate rebuilt the CLI for gate test" >&2; exit 1
fi
echo "test-edit-loop: ok (digest $before -> $after, no rebuild)"
