#!/usr/bin/env bash
# The browser tests (npm run test:browser, test:web) run in Debian's chromium, never in a browser a
# tool downloads. Run before `npm test` (its `pretest`) and by .ci/run: when it is missing and we are
# root on Debian, install the package; otherwise say what to do, before any test has run.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ -z "${CHROMIUM_PATH:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $chromium_path is missing; installing Debian's chromium package for the browser tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi
if [ ! -x "$chromium_path" ]; then
  echo "ensure-chromium: the browser tests need Chromium at $chromium_path: install Debian's package (apt-get install --no-install-recommends chromium, as root), or set CHROMIUM_PATH" >&2
  exit 1
fi
