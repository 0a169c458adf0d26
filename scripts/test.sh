#!/usr/bin/env bash
# Runs every test of Weft: unit and golden-file tests, then the browser and PDF tests (mvn verify).
# Installs what the tests need from Debian's packages first (Chromium, ChromeDriver, poppler-utils),
# so that no test is skipped for want of a tool.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-debian.sh chromium chromium-driver=chromedriver poppler-utils=pdftoppm libreoffice-writer-nogui=soffice

exec mvn -B -ntp verify "$@"
