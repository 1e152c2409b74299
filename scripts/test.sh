#!/usr/bin/env bash
# Runs every check and test from a fresh clone: toolchain -> install -> lint -> typecheck -> vitest -> builds -> e2e.
# Ends with `total: N passed, N failed, N skipped`.
set -uo pipefail
cd "$(dirname "$0")/.."
export STORYBOOK_DISABLE_TELEMETRY=1 NO_COLOR=1 FORCE_COLOR=0 TZ=UTC
t0=$SECONDS
step() { echo; echo "=== $1 (t=$((SECONDS - t0))s)"; }
die() { echo "FAILED: $1"; echo "total: 0 passed, 1 failed, 0 skipped"; exit 1; }

step "toolchain + install"; bash scripts/toolchain.sh || die "toolchain/install"
node --version; pnpm --version; "${KRING_CHROMIUM:-/usr/bin/chromium}" --version 2>/dev/null || true
step "lint"; pnpm exec eslint . --max-warnings=0 || die "lint"
step "format"; pnpm exec prettier --check . >/dev/null || { pnpm exec prettier --check . ; die "prettier (run pnpm format)"; }
step "typecheck"; pnpm run typecheck || die "typecheck"

rm -rf test-results; mkdir -p test-results
reports=(test-results/vitest.json)
step "vitest"
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json; rc=$?

if [ -f scripts/build.sh ]; then
  step "builds"; bash scripts/build.sh || die "build"
fi
if [ -f vitest.e2e.config.ts ]; then
  step "e2e"
  pnpm exec vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json; rc=$((rc || $?))
  reports+=(test-results/e2e.json)
fi

step "done"
node scripts/ci-summary.mjs "${reports[@]}"; rs=$?
exit $(( rc || rs ))
