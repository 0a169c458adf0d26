#!/usr/bin/env bash
# Runs every test of Weft: unit and golden-file tests, then the browser and PDF tests (mvn verify).
# Installs what the tests need from Debian's packages first (Chromium, ChromeDriver, poppler-utils),
# so that no test is skipped for want of a tool.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

exec mvn -B -ntp verify "$@"
