#!/usr/bin/env bash
# `npm start`: install if needed, build the frontend if its sources changed, and
# run the portal (app + API) as one process on http://localhost:7007.
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
source "$ROOT/scripts/install.sh"
source "$ROOT/scripts/frontend.sh"

ensure_dependencies
ensure_frontend_build
mkdir -p "$ROOT/data"

echo "start: the portal will listen on http://localhost:${PORTAL_PORT:-7007} (Ctrl-C stops it)"
exec "$ROOT/scripts/backend.sh" "$@"
