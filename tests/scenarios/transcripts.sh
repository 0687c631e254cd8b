#!/usr/bin/env bash
# Checks on the transcript files themselves (tests/scenarios/*/*.t, run one by one by
# colossus_transcript, see docs/transcript-tests.md), which no single transcript can make:
#  - every cluster preset in presets/clusters/ has a `colossus describe NAME` record, so a new
#    preset without its transcript fails;
#  - every scenario in examples/ has a `colossus simulate examples/NAME.yaml --json` record, or is
#    the default scenario that simulate/default.t runs (its text names it), or, a serving scenario
#    (examples/serve-*.yaml), a `colossus serve examples/NAME.yaml` record in serve/*.t;
#  - the collective tables in collective/*.t keep nccl-tests' definition busbw / algbw = 2(n-1)/n
#    for all_reduce, 1 for broadcast and send_recv, (n-1)/n otherwise (to 1%, on rows where algbw
#    is printed with 3+ digits), so UPDATE=1 cannot accept a table that breaks it. Since each
#    record must print exactly its expected lines, checking those lines checks the output.
# Usage: bash transcripts.sh <colossus-binary> <source-dir> (the binary is not used)
set -u
cd "$2" || exit 1
dir=tests/scenarios
failures=0
checked=0
fail() {
  echo "FAIL $1"
  failures=$((failures + 1))
}

for preset in presets/clusters/*.yaml; do
  name=$(basename "$preset" .yaml)
  checked=$((checked + 1))
  grep -qx "\$ colossus describe $name" "$dir"/describe/*.t ||
    fail "$preset: no \`\$ colossus describe $name\` record in $dir/describe/*.t"
done

for example in examples/*.yaml; do
  checked=$((checked + 1))
  case "$example" in
  examples/serve-*)
    grep -qx "\$ colossus serve $example" "$dir"/serve/*.t ||
      fail "$example: no \`\$ colossus serve $example\` record in $dir/serve/*.t"
    continue
    ;;
  esac
  grep -qx "\$ colossus simulate $example --json" "$dir"/simulate/*.t ||
    grep -qx "> *scenario  *$example (default)" "$dir"/simulate/default.t ||
    fail "$example: no \`\$ colossus simulate $example --json\` record in $dir/simulate/*.t"
done

for transcript in "$dir"/collective/*.t; do
  # Each table: its op and ranks from the header line, then rows of 13 columns.
  bad=$(awk '
    /^> # colossus collective: / {
      op = $5
      for (i = 1; i <= NF; i++) if ($i == "ranks") n = $(i - 1)
    }
    /^> / && $2 !~ /^#/ && NF == 14 && $8 >= 10 {
      f = (op == "all_reduce") ? 2 * (n - 1) / n : (op == "broadcast" || op == "send_recv") ? 1 : (n - 1) / n
      if ($9 / $8 < f * 0.99 || $9 / $8 > f * 1.01) print FILENAME ": " substr($0, 3)
      rows++
    }
    END { if (rows == 0 && FILENAME ~ /tables/) print FILENAME ": no table rows found" }' "$transcript")
  checked=$((checked + 1))
  [ -z "$bad" ] || fail "busbw / algbw is not the nccl-tests factor on: $bad"
done

echo "transcripts: $checked checked, $failures failed"
[ "$failures" -eq 0 ]
