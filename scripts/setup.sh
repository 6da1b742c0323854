#!/usr/bin/env bash
# Idempotent set-up for building and testing spasm-check on a fresh machine
# (rustup/cargo, node/npm, git; root for the browser packages).
#
#   bash scripts/setup.sh          # Rust target, trunk, wasm-bindgen, npm packages
#   bash scripts/setup.sh --test   # ... plus Debian chromium + chromium-driver
#   . scripts/env.sh               # then: the pinned tools on PATH in this shell
#
# Each step checks first and does nothing when the pinned version is already
# there, so a second run takes a second or two. Tool versions are pinned here
# and in Trunk.toml; the machines reach package registries only, so nothing is
# ever downloaded by trunk itself (it always runs with --offline).

set -euo pipefail

SC_TRUNK_VERSION="0.21.14"
# Must equal the wasm-bindgen crate version pinned in Cargo.toml / Cargo.lock.
SC_WASM_BINDGEN_VERSION="0.2.130"
SC_WASM_OPT_VERSION="132"

SC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

sc_with_test=0
for sc_arg in "$@"; do
  case "$sc_arg" in
    --test) sc_with_test=1 ;;
    *) echo "setup: unknown argument '$sc_arg' (use --test)" >&2; exit 2 ;;
  esac
done

sc_step() { printf 'setup: %-34s %s\n' "$1" "$2"; }

# PATH with the pinned tools (node_modules/.bin first); see scripts/env.sh.
# shellcheck source=scripts/env.sh
. "$SC_ROOT/scripts/env.sh"

for sc_tool in cargo rustup node npm; do
  command -v "$sc_tool" >/dev/null || { echo "setup: '$sc_tool' is not on PATH; install it first" >&2; exit 1; }
done

# 1. Rust: wasm32 target and the rustfmt/clippy components the tests use.
sc_targets="$(rustup target list --installed)"
if grep -qx wasm32-unknown-unknown <<<"$sc_targets"; then
  sc_step "wasm32-unknown-unknown target" "ok"
else
  sc_step "wasm32-unknown-unknown target" "installing (rustup target add)"
  rustup target add wasm32-unknown-unknown
fi
sc_missing_components=()
cargo fmt --version >/dev/null 2>&1 || sc_missing_components+=(rustfmt)
cargo clippy --version >/dev/null 2>&1 || sc_missing_components+=(clippy)
if [ "${#sc_missing_components[@]}" -eq 0 ]; then
  sc_step "rustfmt + clippy" "ok"
else
  sc_step "rustfmt + clippy" "installing (rustup component add ${sc_missing_components[*]})"
  rustup component add "${sc_missing_components[@]}"
fi

# 2. trunk (cargo install builds it from source: ~8-10 min on 2 cores).
if [ "$(trunk --version 2>/dev/null || true)" = "trunk $SC_TRUNK_VERSION" ]; then
  sc_step "trunk $SC_TRUNK_VERSION" "ok"
else
  sc_step "trunk $SC_TRUNK_VERSION" "installing (cargo install --locked, ~8-10 min)"
  cargo install trunk --version "$SC_TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen CLI + wasm-bindgen-test-runner (~4-6 min). No --locked: the
#    crate's own lock file pins a webpki-roots release the registry lacks.
sc_lock_wb="$(grep -A1 -x 'name = "wasm-bindgen"' "$SC_ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"$/\1/p' | head -n1 || true)"
if [ -n "$sc_lock_wb" ] && [ "$sc_lock_wb" != "$SC_WASM_BINDGEN_VERSION" ]; then
  echo "setup: Cargo.lock has wasm-bindgen $sc_lock_wb but the CLI is pinned to $SC_WASM_BINDGEN_VERSION;" \
       "they must be equal (Cargo.toml: wasm-bindgen = \"=$SC_WASM_BINDGEN_VERSION\")" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $SC_WASM_BINDGEN_VERSION" ] \
   && [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" = "wasm-bindgen-test-runner $SC_WASM_BINDGEN_VERSION" ]; then
  sc_step "wasm-bindgen-cli $SC_WASM_BINDGEN_VERSION" "ok"
else
  sc_step "wasm-bindgen-cli $SC_WASM_BINDGEN_VERSION" "installing (cargo install, ~4-6 min)"
  cargo install wasm-bindgen-cli --version "$SC_WASM_BINDGEN_VERSION"
fi

# 4. npm packages (wasm-opt from binaryen, esbuild for the release JavaScript,
#    playwright-core, axe-core, lighthouse) exactly as in package-lock.json. The stamp holds the hash of
#    the lock file that node_modules was installed from.
sc_stamp="$SC_ROOT/node_modules/.spasm-check-lock.sha256"
sc_lock_hash="$(sha256sum "$SC_ROOT/package-lock.json" | cut -d' ' -f1)"
if [ -d "$SC_ROOT/node_modules" ] && [ "$(cat "$sc_stamp" 2>/dev/null || true)" = "$sc_lock_hash" ]; then
  sc_step "npm packages" "ok"
else
  sc_step "npm packages" "installing (npm ci)"
  (cd "$SC_ROOT" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$sc_lock_hash" >"$sc_stamp"
fi
sc_wasm_opt="$(wasm-opt --version 2>/dev/null || true)"
if [[ "$sc_wasm_opt" != *"(version_$SC_WASM_OPT_VERSION)"* ]]; then
  echo "setup: wasm-opt on PATH is not version_$SC_WASM_OPT_VERSION: $(command -v wasm-opt || echo none)" >&2
  exit 1
fi

# 5. With --test: Debian chromium + chromium-driver (~1 min), and fonts for the Indian scripts
#    (Devanagari for Hindi and Marathi, Bengali, Telugu, Tamil) so that the screenshots show what
#    phones show (phones have them; this server image has none). The page loads no web font.
sc_fonts_ok() {
  command -v fc-list >/dev/null || return 1
  local l
  for l in hi bn te ta; do
    [ -n "$(fc-list ":lang=$l" family 2>/dev/null)" ] || return 1
  done
}
if [ "$sc_with_test" -eq 1 ]; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && sc_fonts_ok; then
    sc_step "chromium + chromium-driver + fonts" "ok"
  else
    sc_step "chromium + chromium-driver + fonts" "installing (apt-get, ~1 min)"
    sc_sudo=()
    [ "$(id -u)" -eq 0 ] || sc_sudo=(sudo)
    "${sc_sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sc_sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      chromium chromium-driver fonts-lohit-deva fonts-lohit-beng-bengali fonts-lohit-telu \
      fonts-lohit-taml
  fi
fi

sc_step "PATH" "node_modules/.bin first: $(command -v wasm-opt)"
