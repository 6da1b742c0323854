#!/usr/bin/env bash
# The load benchmark of issue 6 (not part of scripts/test.sh): builds the widget
# (release, from index.html) and the minimal Yew reference app (bench/reference)
# into target/bench/, then runs bench/run.mjs on both: sizes, requests, time to
# the first question under throttling, Lighthouse. The table is printed and
# written to target/bench/report.md. Extra arguments go to bench/run.mjs
# (e.g. --runs 11 --lighthouse-runs 3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh --test >&2
# shellcheck source=scripts/env.sh
. scripts/env.sh

out="$PWD/target/bench"
mkdir -p "$out"
# Own target dirs: trunk keeps its wasm-bindgen and wasm-opt output under the target dir, and a
# `trunk build` running at the same time in the shared target/ would overwrite it mid-build.
echo "bench: building the widget into $out/widget-dist" >&2
CARGO_TARGET_DIR="$out/widget-target" \
  trunk build --release --offline --dist "$out/widget-dist" >"$out/widget-build.log" 2>&1 ||
  { tail -n 40 "$out/widget-build.log" >&2; exit 1; }
echo "bench: building the reference app into $out/reference-dist" >&2
(
  cd bench/reference
  CARGO_TARGET_DIR="$out/reference-target" \
    trunk build --release --offline --dist "$out/reference-dist"
) >"$out/reference-build.log" 2>&1 ||
  { tail -n 40 "$out/reference-build.log" >&2; exit 1; }

exec node bench/run.mjs --widget "$out/widget-dist" --reference "$out/reference-dist" \
  --out "$out/report.md" "$@"
