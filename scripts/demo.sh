#!/usr/bin/env bash
# Starts the demo site on http://localhost:5173 after installing what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
KRING_NO_CHROMIUM=1 bash scripts/toolchain.sh
exec pnpm exec vite apps/demo --host 127.0.0.1 --port 5173
