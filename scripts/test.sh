#!/usr/bin/env bash
# Every check, in order, stopping at the first failure:
#   format, lints (native + wasm32), native tests (engine unit, table,
#   property and content tests), browser component tests (wasm-bindgen-test
#   in headless Chromium), release build (trunk, into dist/), end-to-end tests
#   (node --test against the built dist/ in Chromium via playwright-core),
#   the hazard log (every test that safety/hazards.toml names ran and passed
#   above: each runner's list is written to target/test-lists/ as it runs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

sc_started=$SECONDS
sc_times=()

# Runs one stage with a header; stops the whole run if it fails.
stage() {
  local name="$1"
  shift
  printf '\n==> %s\n    $ %s\n' "$name" "$*"
  local t0=$SECONDS
  if "$@"; then
    sc_times+=("$name $((SECONDS - t0))s")
  else
    local rc=$?
    printf '\n==> FAILED: %s (exit %d after %ds)\n' "$name" "$rc" "$((SECONDS - t0))"
    printf 'test.sh: FAILED at "%s" after %ds; passed before it: %s\n' \
      "$name" "$((SECONDS - sc_started))" "$(joined)"
    exit "$rc"
  fi
}

# The stage times so far, comma-separated.
joined() {
  local IFS=,
  local out="${sc_times[*]:-none}"
  printf '%s' "${out//,/, }"
}

stage "setup" bash scripts/setup.sh --test
# shellcheck source=scripts/env.sh
. scripts/env.sh

stage "format" cargo fmt --all -- --check
stage "clippy (native)" cargo clippy --all-targets -- -D warnings
stage "clippy (wasm32)" cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
stage "clippy (prerender)" cargo clippy --all-targets --features prerender -- -D warnings
# The lists of tests that ran and passed, fresh for this run (tests/safety.rs reads them).
export SC_TEST_LISTS="$PWD/target/test-lists"
rm -rf "$SC_TEST_LISTS"
mkdir -p "$SC_TEST_LISTS"

stage "native tests" cargo test
stage "native test list" bash scripts/list-tests.sh cargo
stage "browser component tests" bash scripts/list-tests.sh browser
stage "release build" trunk build --release --offline
stage "end-to-end tests" node --test \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=./tests/e2e/lib/list-reporter.mjs --test-reporter-destination="$SC_TEST_LISTS/e2e.txt" \
  tests/e2e/
stage "hazard log" cargo test --test safety -- --ignored every_named_test_ran_and_passed

printf '\ntest.sh: all %d stages passed in %ds (%s)\n' \
  "${#sc_times[@]}" "$((SECONDS - sc_started))" "$(joined)"
