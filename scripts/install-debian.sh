#!/usr/bin/env bash
# scripts/install-debian.sh PACKAGE[=COMMAND] ...: installs from Debian's packages each PACKAGE whose COMMAND (the
# package's name when not given; a path is checked as a file: an executable one, or any file when it is under
# /usr/share or /usr/lib) is missing, with sudo when not root. Used by scripts/test.sh and scripts/bench-compare.sh.
set -euo pipefail
missing=()
for spec in "$@"; do
  package="${spec%%=*}"
  command="${spec#*=}"
  if [[ "$command" == /usr/share/* || "$command" == /usr/lib/* ]]; then
    [ -f "$command" ] || missing+=("$package")
  elif [[ "$command" == /* ]]; then
    [ -x "$command" ] || missing+=("$package")
  else
    command -v "$command" >/dev/null 2>&1 || missing+=("$package")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
