#!/usr/bin/env bash
# Runs one benchmark: bash bench/run.sh slo
set -euo pipefail
source "$(dirname "$0")/../scripts/toolchain.sh"
cd "$ROOT"
name="${1:?usage: bench/run.sh <name>, e.g. slo}"
exec node \
  --require "$(node -p 'require.resolve("@backstage/cli-node/config/nodeTransform.cjs")')" \
  "bench/$name/bench.ts"
