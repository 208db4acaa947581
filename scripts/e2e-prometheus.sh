#!/usr/bin/env bash
# The end-to-end tests' Prometheus: 30 days of the example services' traffic
# (packages/app/e2e-tests/prometheus/serveExampleHistory.ts).
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
cd "$ROOT"
exec node \
  --require "$(node -p 'require.resolve("@backstage/cli-node/config/nodeTransform.cjs")')" \
  packages/app/e2e-tests/prometheus/serveExampleHistory.ts
