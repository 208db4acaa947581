#!/usr/bin/env bash
# `npm run dev`: hot reload for contributors. The frontend dev server on
# http://localhost:3000 and the backend on :7007, both restarting on change.
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
source "$ROOT/scripts/install.sh"
ensure_dependencies
cd "$ROOT"
exec yarn backstage-cli repo start --config "$ROOT/app-config.yaml" --config "$ROOT/app-config.dev.yaml"
