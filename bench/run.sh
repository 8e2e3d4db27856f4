#!/usr/bin/env bash
# Runs every benchmark program built from bench/*.cc: bash bench/run.sh BUILD_DIR
# The corpora come from ../shared (next to the repository); benchmarks skip
# with a message when it is absent.
set -euo pipefail
BUILD="${1:-build}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
SHARED="$ROOT/../shared"
status=0
for src in "$ROOT"/bench/*.cc; do
  name="$(basename "$src" .cc)"
  bin="$BUILD/$name"
  if [ ! -x "$bin" ]; then
    echo "run.sh: $bin is not built (make build first)" >&2
    status=1
    continue
  fi
  echo "== $name"
  (cd "$ROOT" && "$bin" --shared "$SHARED") || status=1
  echo
done
exit $status
