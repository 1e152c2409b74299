#!/usr/bin/env bash
# Builds what the e2e tests load: the self-contained <kring-editor> module (packages/svelte/dist/kring-editor.js),
# the demo site when it exists (apps/demo/dist), and the static Storybook (storybook-static/).
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm run build:element
f=packages/svelte/dist/kring-editor.js
echo "kring-editor.js: $(wc -c < "$f") bytes, gzip -9 $(gzip -9c "$f" | wc -c) bytes"
if [ -f apps/demo/index.html ]; then pnpm run build:demo; fi
# The static Storybook (storybook-static/), which e2e/storybook/stories.e2e.ts opens story by story.
STORYBOOK_DISABLE_TELEMETRY=1 pnpm run build:storybook
echo "storybook-static: $(node -e "console.log(Object.keys(require('./storybook-static/index.json').entries).length)") stories"
