#!/usr/bin/env bash
# Writes the list of tests that ran and passed in one runner, one name a line, in the form the
# hazard log (safety/hazards.toml) names them, into target/test-lists/ (or $SC_TEST_LISTS):
#
#   bash scripts/list-tests.sh cargo     # cargo:<target>::<path>, from `cargo test -- --list`
#                                        # (run after `cargo test` passed; ignored ones left out)
#   bash scripts/list-tests.sh browser   # runs the wasm browser tests; browser::<fn> for each ok
#
# The end-to-end list (e2e:<file>:<title>) is written by the e2e run itself, through
# tests/e2e/lib/list-reporter.mjs. scripts/test.sh calls these; tests/safety.rs reads them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
lists="${SC_TEST_LISTS:-target/test-lists}"
mkdir -p "$lists"

# `cargo test -- --list` output (stderr's "Running" lines merged in) as target::name lines.
cargo_names() {
  awk '
    /Running / { t = $0; sub(/.*\/deps\//, "", t); sub(/-[0-9a-f]+\)$/, "", t); next }
    / (test|benchmark)$/ && t != "" { n = $0; sub(/: (test|benchmark)$/, "", n); print t "::" n }
  '
}

case "${1:-}" in
  cargo)
    all="$(cargo test -- --list 2>&1 | cargo_names | sort -u)"
    ignored="$(cargo test -- --list --ignored 2>&1 | cargo_names | sort -u)"
    comm -23 <(printf '%s\n' "$all") <(printf '%s\n' "$ignored") | sed 's/^/cargo:/' > "$lists/cargo.txt"
    echo "list-tests: $(wc -l < "$lists/cargo.txt") cargo tests in $lists/cargo.txt"
    ;;
  browser)
    out="$lists/browser-run.txt"
    env CHROMEDRIVER=/usr/bin/chromedriver \
      cargo test --target wasm32-unknown-unknown --test browser 2>&1 | tee "$out"
    # A failed run stops here (pipefail); each passed test is a line `test <fn> ... ok` (the
    # runner prints the path inside the test crate, browser.rs's functions are at its top).
    sed -n 's/^test \([A-Za-z0-9_:]*\) \.\.\. ok$/browser::\1/p' "$out" | sort -u > "$lists/browser.txt"
    if [ ! -s "$lists/browser.txt" ]; then
      echo "list-tests: no passed browser test found in $out (has the runner's output changed?)" >&2
      exit 1
    fi
    echo "list-tests: $(wc -l < "$lists/browser.txt") browser tests in $lists/browser.txt"
    ;;
  *)
    echo "usage: list-tests.sh cargo|browser" >&2
    exit 2
    ;;
esac
