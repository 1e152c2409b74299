#!/usr/bin/env bash
# Installs what Kring needs on a fresh Debian machine with only Node 20 and npm: pnpm, Chromium (for browser
# tests, golden images and e2e), librsvg and the DejaVu fonts (golden images), Poppler (pdftotext and pdftoppm read
# the case-file report's PDF in its tests), then the workspace's packages.
# Safe to run again: skips what is there.
#
#   bash scripts/toolchain.sh             install what is missing
#   bash scripts/toolchain.sh --dry-run   print the install commands instead of running them
#
# Environment: KRING_CHROMIUM  the Chromium the tests use (default /usr/bin/chromium); when it is missing,
#                              Debian's chromium package is installed (it lands in /usr/bin/chromium)
#              KRING_NO_CHROMIUM=1  skip Chromium, librsvg, fonts and Poppler (node tests only)
#              CI=true              install exactly the lockfile's versions
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM_VERSION=12.21.0
CHROMIUM="${KRING_CHROMIUM:-/usr/bin/chromium}"
DRY_RUN=0
for arg in "$@"; do
  case "$arg" in
    --dry-run) DRY_RUN=1 ;;
    *) echo "usage: bash scripts/toolchain.sh [--dry-run]" >&2; exit 2 ;;
  esac
done
run() {
  if [ "$DRY_RUN" = 1 ]; then echo "would run: $*"; else "$@"; fi
}

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  run npm install -g --no-fund --no-audit --allow-scripts=pnpm "pnpm@$PNPM_VERSION"
fi
if [ "${KRING_NO_CHROMIUM:-}" != "1" ] && { ! [ -x "$CHROMIUM" ] || ! command -v rsvg-convert >/dev/null || ! command -v pdftotext >/dev/null; }; then
  SUDO=()
  [ "$(id -u)" = 0 ] || SUDO=(sudo)
  run "${SUDO[@]}" apt-get update -qq
  run "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium fonts-dejavu-core librsvg2-bin poppler-utils
fi
if [ "${CI:-}" = "true" ]; then run pnpm install --frozen-lockfile; else run pnpm install; fi
