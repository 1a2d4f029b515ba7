#!/usr/bin/env bash
# Renders a gate-adjudicator HTML report in headless Chromium to a PNG and checks that the rollup matrix is on
# the rendered page (in the DOM after layout, and not an empty image).
#   usage: scripts/render-html-report.sh REPORT.html OUT.png
# Needs Debian's `chromium` package: apt-get update && apt-get install -y chromium
set -euo pipefail
html=$(realpath "$1")
png=$(realpath -m "$2")
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$browser" ]]; then
  echo "render-html-report: chromium is not installed (apt-get install -y chromium)" >&2
  exit 2
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$profile"
  --disable-background-networking --disable-component-update --disable-sync --disable-quic
  --force-device-scale-factor=1 --force-color-profile=srgb --window-size=1280,1600)
"$browser" "${flags[@]}" --screenshot="$png" "file://$html" >/dev/null 2>&1
"$browser" "${flags[@]}" --dump-dom "file://$html" 2>/dev/null >"$profile/dom.html"
if ! grep -q 'id="rollup-matrix"' "$profile/dom.html"; then
  echo "render-html-report: the rollup matrix is not in the rendered page" >&2
  exit 1
fi
size=$(stat -c %s "$png")
if (( size < 5000 )); then
  echo "render-html-report: $png is only $size bytes: nothing rendered" >&2
  exit 1
fi
echo "render-html-report: $png ($size bytes), rollup matrix rendered"
