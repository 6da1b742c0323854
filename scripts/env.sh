# shellcheck shell=bash
# Source this file (`. scripts/env.sh`) to put the pinned build tools on PATH:
# the repo's node_modules/.bin first (wasm-opt version_132 from npm binaryen),
# then cargo's bin directory (trunk, wasm-bindgen, wasm-bindgen-test-runner).
# It only sets variables, so it is safe to source in an interactive shell.

SC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SC_ROOT
sc_cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$sc_cargo_bin:"*) ;; *) PATH="$sc_cargo_bin:$PATH" ;; esac
case ":$PATH:" in "$SC_ROOT/node_modules/.bin:"*) ;; *) PATH="$SC_ROOT/node_modules/.bin:$PATH" ;; esac
export PATH
unset sc_cargo_bin
# Trunk.toml already sets offline = true; these also cover a bare `trunk ...`
# typed in this shell, including trunk's start-up version check.
export TRUNK_OFFLINE=true TRUNK_SKIP_VERSION_CHECK=true
