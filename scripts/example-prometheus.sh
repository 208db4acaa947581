#!/usr/bin/env bash
# The example organisation's Prometheus (packages/example-prometheus/src/serve.ts).
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
cd "$ROOT"
exec node \
  --require "$(node -p 'require.resolve("@backstage/cli-node/config/nodeTransform.cjs")')" \
  packages/example-prometheus/src/serve.ts
