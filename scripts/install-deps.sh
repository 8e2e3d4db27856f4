#!/usr/bin/env bash
# Installs the Debian 12 packages Tacitus needs to build, test and benchmark.
# Idempotent: does nothing when every package is already installed.
set -euo pipefail
PACKAGES=(
  build-essential cmake pkg-config
  libsimdjson-dev   # JSON Lines input
  libfmt-dev        # output formatting
  libcli11-dev      # command line
  libgtest-dev libgmock-dev googletest  # tests
  wordnet-base      # lemmas and word classes for the tagger
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
