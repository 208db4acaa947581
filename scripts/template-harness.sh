#!/usr/bin/env bash
# The template harness's command line: the boot proof and the Python locks
# of a generated service (packages/template-harness/src/cli.ts).
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
# Paths on the command line are the caller's (yarn runs scripts from the root).
cd "${INIT_CWD:-$PWD}"
exec node \
  --require "$(cd "$ROOT" && node -p 'require.resolve("@backstage/cli-node/config/nodeTransform.cjs")')" \
  "$ROOT/packages/template-harness/src/cli.ts" "$@"
