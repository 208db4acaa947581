#!/usr/bin/env bash
# Runs the backend from its TypeScript sources in one process, the way
# `backstage-cli package start` does but without the file watcher.
# Extra arguments are passed on; `--config <file>` may be relative to where
# this was started (e.g. --config app-config.production.yaml from the root).
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"

args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--config" ] && [ $# -gt 1 ]; then
    args+=("--config" "$(realpath -m "$2")")
    shift 2
  else
    args+=("$1")
    shift
  fi
done

cd "$ROOT/packages/backend"
export NODE_ENV="${NODE_ENV:-development}"
exec node --enable-source-maps \
  --require "$(node -p 'require.resolve("@backstage/cli-node/config/nodeTransform.cjs")')" \
  src/index.ts --config ../../app-config.yaml ${args[@]+"${args[@]}"}
