#!/usr/bin/env bash
# Development server: http://127.0.0.1:8080 (rebuilds and reloads on change).
# Extra arguments go to `trunk serve` (e.g. --release).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
# shellcheck source=scripts/env.sh
. scripts/env.sh
exec trunk serve --offline --address 127.0.0.1 --port 8080 "$@"
