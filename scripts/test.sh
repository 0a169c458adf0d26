#!/usr/bin/env bash
# Runs every test of Weft: unit and golden-file tests, then the browser and PDF tests (mvn verify).
# Installs what the tests need from Debian's packages first (Chromium, ChromeDriver, poppler-utils, LibreOffice
# Writer and Calc, and IPAex Gothic, Garuda, Scheherazade, Lohit Devanagari and Liberation Serif, fonts for Japanese, Thai,
# Arabic, Hindi and a journal's Times-like body text, for the tests of a study's own fonts), so that no test is
# skipped for want of a tool.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-debian.sh chromium chromium-driver=chromedriver poppler-utils=pdftoppm libreoffice-writer-nogui=soffice \
  libreoffice-calc-nogui=/usr/lib/libreoffice/program/libsclo.so \
  fonts-ipaexfont-gothic=/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf \
  fonts-tlwg-garuda-ttf=/usr/share/fonts/truetype/tlwg/Garuda.ttf \
  fonts-sil-scheherazade=/usr/share/fonts/truetype/scheherazade/Scheherazade-Regular.ttf \
  fonts-lohit-deva=/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf \
  fonts-liberation2=/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf \
  fonts-dejavu-extra=/usr/share/fonts/truetype/dejavu/DejaVuSans-ExtraLight.ttf

exec mvn -B -ntp verify "$@"
