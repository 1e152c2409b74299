#!/usr/bin/env bash
# Builds what the e2e tests load: the self-contained <kring-editor> module (packages/svelte/dist/kring-editor.js)
# and, when the demo exists, the demo site (apps/demo/dist).
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm run build:element
f=packages/svelte/dist/kring-editor.js
echo "kring-editor.js: $(wc -c < "$f") bytes, gzip -9 $(gzip -9c "$f" | wc -c) bytes"
if [ -f apps/demo/index.html ]; then pnpm run build:demo; fi
