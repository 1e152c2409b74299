#!/usr/bin/env bash
# Builds what the e2e tests load: every publishable package into its dist/ (scripts/build-packages.mjs: ES
# modules, .d.ts and source maps; for @kring/svelte also <kring-editor> as the code-split module behind
# @kring/svelte/element and as the single file dist/kring-editor.js, with their gzip sizes against the
# budgets), which e2e/install.e2e.ts packs and installs; the demo site when it exists (apps/demo/dist); and
# the static Storybook (storybook-static/).
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm run build:packages
# The published surface against its committed API reports (api/*.api.md): a stale report fails the build and
# names the command that updates it (`pnpm api:update`).
pnpm run api:check
if [ -f apps/demo/index.html ]; then pnpm run build:demo; fi
# The static Storybook (storybook-static/), which e2e/storybook/stories.e2e.ts opens story by story.
STORYBOOK_DISABLE_TELEMETRY=1 pnpm run build:storybook
echo "storybook-static: $(node -e "console.log(Object.keys(require('./storybook-static/index.json').entries).length)") stories"
