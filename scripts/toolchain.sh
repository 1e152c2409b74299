#!/usr/bin/env bash
# Installs what Kring needs on a fresh Debian machine with only Node 20 and npm: pnpm, Chromium (for browser
# tests, golden images and e2e), then the workspace's packages. Safe to run again: skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM_VERSION=12.21.0
if [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  npm install -g --no-fund --no-audit --allow-scripts=pnpm "pnpm@$PNPM_VERSION"
fi
if [ "${KRING_NO_CHROMIUM:-}" != "1" ] && { ! [ -x /usr/bin/chromium ] || ! command -v rsvg-convert >/dev/null; }; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core librsvg2-bin >/dev/null
fi
if [ "${CI:-}" = "true" ]; then pnpm install --frozen-lockfile; else pnpm install; fi
