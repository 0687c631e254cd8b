#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/CMakeLists.txt, clang) and runs each for SECONDS seconds
# (default 60), one after another, then replays the regression corpus. The working corpus of
# each harness lives in build-fuzz/corpus/NAME: seeded from presets/, examples/, the scenario
# tests, tests/bad_specs and fuzz/seeds, and kept between runs, so longer runs go deeper. A
# crash, timeout (> 2 s) or out-of-memory (> 2 GB RSS) stops that harness and fails the script;
# its input is left in build-fuzz/findings/NAME: fix it, then copy it to fuzz/regressions/NAME/.
# At the end it prints the executions, crashes, timeouts and OOMs of each harness and in total.
#
# Usage: fuzz/run.sh [SECONDS] [HARNESS...]    (harnesses: cluster model hf_config scenario)
# Needs: clang, libclang-rt-dev (libFuzzer and the sanitizer runtimes), cmake, ninja.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(cluster model hf_config scenario)
build=${COLOSSUS_FUZZ_BUILD:-$root/build-fuzz}
cxx=${CXX_FUZZ:-clang++}

cmake -S "$root/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" >/dev/null || exit 1
cmake --build "$build" -j "${FUZZ_JOBS:-2}" >/dev/null || exit 1

# Seeds of each harness: the inputs of that shape in the repository.
seed_dirs() {
  case "$1" in
    cluster) echo "$root/presets/clusters $root/presets/gpus $root/presets/servers $root/presets/nics $root/presets/switches $root/tests/bad_specs" ;;
    model) echo "$root/presets/models $root/tests/bad_specs" ;;
    hf_config) echo "$root/fuzz/seeds/hf_config $root/tests/bad_specs" ;;
    scenario) echo "$root/examples $root/tests/scenarios/simulate $root/tests/bad_specs" ;;
  esac
}
dict_of() {
  [ "$1" = hf_config ] && echo "$root/fuzz/hf_config.dict" || echo "$root/fuzz/yaml.dict"
}
ext_of() {
  [ "$1" = hf_config ] && echo json || echo yaml
}

status=0
total_execs=0
total_crashes=0
summary=()
cd "$root" || exit 1  # scenario inputs name presets and files relative to here
for h in "${harnesses[@]}"; do
  corpus=$build/corpus/$h
  findings=$build/findings/$h
  mkdir -p "$corpus" "$findings" "$root/fuzz/regressions/$h"
  for d in $(seed_dirs "$h"); do
    [ -d "$d" ] && find "$d" -maxdepth 1 -type f -name "*.$(ext_of "$h")" -exec cp -n {} "$corpus/" \;
  done
  # The regression corpus first: every input that once failed must now pass.
  if compgen -G "$root/fuzz/regressions/$h/*" >/dev/null; then
    if ! "$build/fuzz_$h" -timeout=2 -rss_limit_mb=2048 "$root/fuzz/regressions/$h"/* \
      >"$build/$h.regressions.log" 2>&1; then
      echo "fuzz $h: a regression input fails again, see $build/$h.regressions.log"
      status=1
    fi
  fi
  log=$build/$h.log
  "$build/fuzz_$h" "$corpus" -dict="$(dict_of "$h")" -max_total_time="$seconds" -timeout=2 \
    -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 -artifact_prefix="$findings/" \
    >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  execs=${execs:-0}
  crashes=$(find "$findings" -type f | wc -l)
  total_execs=$((total_execs + execs))
  total_crashes=$((total_crashes + crashes))
  summary+=("$(printf '%-10s %12s executions  %d findings (crash/timeout/oom in %s)' "$h" "$execs" "$crashes" "$findings")")
  if [ "$rc" -ne 0 ]; then
    echo "fuzz $h: stopped with a finding (exit $rc), see $log"
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5
    status=1
  fi
done
printf '%s\n' "${summary[@]}"
echo "fuzz total: $total_execs executions, $total_crashes findings"
exit "$status"
