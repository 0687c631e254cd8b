#!/usr/bin/env bash
# Browser test of the HTML reports (docs/reports.md): generates the report of each command that
# has one (simulate, collective, describe, validate, compare), then opens each in headless
# Chromium (Debian's `chromium`, installed by scripts/install-deps.sh) and checks that
#  - the report is self-contained: no <script>, no external URL (the SVG namespace aside);
#  - the page logs no console error or uncaught exception;
#  - each expected chart (svg.chart[data-chart=ID]) is there, laid out with a non-zero size,
#    and draws at least one data mark (a series-coloured rect, circle or line) of non-zero size,
#    measured by the browser after layout (a probe script appended to a copy of the report);
# and saves a screenshot of each report, light and dark, under ARTIFACTS (the build dir's
# report-artifacts/). Also: a report directory that cannot be written fails with one line and
# exit 2, and a rewritten report replaces the old one whole (no temporary file left beside it).
# Usage: bash report_browser.sh <colossus-binary> <source-dir> <artifacts-dir>
set -u
colossus=$1
cd "$2" || exit 1
export COLOSSUS_DATA_DIR=$2
artifacts=$3
mkdir -p "$artifacts"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL $*"
  failures=$((failures + 1))
}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "FAIL chromium is not installed (scripts/install-deps.sh installs it)"
  exit 1
fi
# Headless flags: no sandbox (CI runs as root), no GPU, a profile of our own, a fixed size.
run_browser() {
  timeout 120 "$browser" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --no-first-run --no-default-browser-check --disable-extensions --disable-background-networking \
    --user-data-dir="$tmp/profile" --window-size=1280,2400 --hide-scrollbars "$@"
}

# The probe appended to a copy of each report, run by Chromium itself (no Node.js): it lists, after layout, every chart's id, size
# and count of drawn data marks, and every error the page raised, in an attribute of <body>.
probe='<script>
const errors = [];
window.addEventListener("error", e => errors.push(String(e.message)));
window.addEventListener("load", () => {
  const out = [];
  for (const svg of document.querySelectorAll("svg.chart")) {
    const r = svg.getBoundingClientRect();
    let marks = 0;
    for (const m of svg.querySelectorAll("rect[class^=s]:not(.key), circle[class^=s], path.line")) {
      const b = m.getBBox();
      if (b.width > 0 || b.height > 0) marks++;
    }
    out.push(svg.dataset.chart + ":" + Math.round(r.width) + "x" + Math.round(r.height) + ":" + marks);
  }
  document.body.setAttribute("data-charts", out.join(" "));
  document.body.setAttribute("data-errors", String(errors.length));
});
</script>'

# check NAME DIR CHART...: the report in DIR passes the checks with the charts listed.
check() {
  local name=$1 dir=$2
  shift 2
  local html=$dir/index.html
  if [ ! -s "$html" ]; then
    fail "$name: no $html"
    return
  fi
  if grep -qi "<script" "$html"; then fail "$name: the report has a script"; fi
  if grep -oE "(https?:)?//[A-Za-z0-9.-]+\.[a-z]{2,}[^\"' )]*" "$html" | grep -v "^http://www.w3.org/2000/svg$" | grep -q .; then
    fail "$name: the report refers to an external URL: $(grep -oE "https?://[^\"' )]*" "$html" | grep -v w3.org | head -1)"
  fi
  if ls -a "$dir" | grep -q "\.tmp\."; then fail "$name: a temporary file is left in $dir"; fi
  local probed=$tmp/$name-probe.html
  sed "s#</body>#${probe//$'\n'/ }</body>#" "$html" >"$probed"
  run_browser --enable-logging=stderr --v=0 --virtual-time-budget=3000 --dump-dom \
    "file://$probed" >"$tmp/$name.dom" 2>"$tmp/$name.log"
  if grep -E "CONSOLE|Uncaught" "$tmp/$name.log" | grep -qiE "error|uncaught"; then
    fail "$name: console errors: $(grep -E "CONSOLE|Uncaught" "$tmp/$name.log" | head -3)"
  fi
  local charts errors
  charts=$(grep -o 'data-charts="[^"]*"' "$tmp/$name.dom" | head -1 | sed 's/data-charts="//; s/"$//')
  errors=$(grep -o 'data-errors="[^"]*"' "$tmp/$name.dom" | head -1 | sed 's/data-errors="//; s/"$//')
  if [ -z "$charts" ] || [ "$errors" != "0" ]; then
    fail "$name: the page did not load in the browser (errors: ${errors:-?}; $(tail -2 "$tmp/$name.log"))"
    return
  fi
  for chart in "$@"; do
    local entry
    entry=$(tr ' ' '\n' <<<"$charts" | grep "^$chart:" | head -1)
    if [ -z "$entry" ]; then
      fail "$name: chart '$chart' is missing (charts: $charts)"
      continue
    fi
    local size=${entry#*:}
    local marks=${size#*:}
    size=${size%:*}
    local w=${size%x*} h=${size#*x}
    if [ "$w" -le 0 ] || [ "$h" -le 0 ] || [ "$marks" -le 0 ]; then
      fail "$name: chart '$chart' is empty ($entry: width x height : marks)"
    fi
  done
  run_browser --screenshot="$artifacts/$name.png" "file://$(realpath "$html")" >/dev/null 2>&1 ||
    fail "$name: no screenshot"
  run_browser --blink-settings=preferredColorScheme=0 --screenshot="$artifacts/$name-dark.png" \
    "file://$(realpath "$html")" >/dev/null 2>&1 || fail "$name: no dark screenshot"
  [ -s "$artifacts/$name.png" ] || fail "$name: the screenshot is empty"
  echo "ok $name: $charts"
}

# generate NAME ARGS...: runs colossus ARGS --report $tmp/NAME, which must exit 0.
generate() {
  local name=$1
  shift
  if ! "$colossus" "$@" --report "$tmp/$name" >"$tmp/$name.out" 2>"$tmp/$name.err"; then
    fail "$name: colossus $* --report exited non-zero: $(head -2 "$tmp/$name.err")"
    return 1
  fi
}

generate simulate simulate examples/eos-llama70b.yaml &&
  check simulate "$tmp/simulate" breakdown gantt critical-path memory fabric
# The built-in default runs on memphis-100k, whose site adds the power section.
generate simulate-power simulate && check simulate-power "$tmp/simulate-power" power
generate collective collective --cluster eos-11616 --ranks 16 --max 256M &&
  check collective "$tmp/collective" busbw time
generate describe describe memphis-100k && check describe "$tmp/describe" power cost tiers
generate validate validate --row megatron-h100-weak-1.7B --row megatron-h100-weak-7.1B &&
  check validate "$tmp/validate" training
generate compare compare examples/eos-llama70b.yaml --vary parallelism.precision=bf16,fp8 &&
  check compare "$tmp/compare" breakdown memory
generate serve serve --precision fp8 --rate 10 --requests 500 --slo-ttft 2s --slo-tpot 50ms &&
  check serve "$tmp/serve" batch kv

# A second report into the same directory replaces the first whole.
"$colossus" describe tests/scenarios/describe/tiny-k8.yaml --report "$tmp/describe" >/dev/null 2>&1 ||
  fail "describe: rewriting the report failed"
grep -q "tiny-k8" "$tmp/describe/index.html" || fail "describe: the report was not replaced"
if ls -a "$tmp/describe" | grep -q "\.tmp\."; then fail "describe: a temporary file is left"; fi

# An unwritable report directory: one line on stderr, exit 2, nothing on stdout.
touch "$tmp/file"
for args in "describe memphis-100k --report $tmp/file/sub" "simulate examples/eos-llama70b.yaml --trace $tmp/file/t.json" "describe memphis-100k --csv $tmp/file"; do
  # shellcheck disable=SC2086
  "$colossus" $args >"$tmp/out" 2>"$tmp/err"
  rc=$?
  if [ $rc -ne 2 ] || [ "$(wc -l <"$tmp/err")" -ne 1 ] || [ -s "$tmp/out" ]; then
    fail "colossus $args: exit $rc (expected 2), stderr: $(cat "$tmp/err")"
  fi
done

if [ $failures -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "report browser test: all reports passed; screenshots in $artifacts"
