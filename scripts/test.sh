#!/usr/bin/env bash
# `npm test`: the whole suite. Type-check, lint, unit and integration tests
# (storage cases on SQLite and PostgreSQL), then the end-to-end tests in
# Debian's Chromium against a portal started by the README's start command.
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
source "$ROOT/scripts/install.sh"
source "$ROOT/scripts/frontend.sh"
source "$ROOT/scripts/system-packages.sh"
cd "$ROOT"

step() {
  local name=$1 started=$SECONDS
  shift
  echo "test: ${name}…" >&2
  "$@"
  echo "test: ${name} passed in $((SECONDS - started)) s" >&2
}

postgres_url=postgresql://postgres@127.0.0.1:5432
if [ -z "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ] &&
  (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=$postgres_url
fi

step "system packages" ensure_system_packages "npm test" "${TEST_PACKAGES[@]}"
step "install" ensure_dependencies
step "type-check" yarn tsc
step "lint" yarn backstage-cli repo lint
# The route walk covers the app's static routes, which exist once it is built.
step "frontend build" ensure_frontend_build
step "unit and integration tests" yarn backstage-cli repo test --watchAll=false
step "end-to-end tests" yarn playwright test
if [ -n "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ]; then
  step "engineer journey on PostgreSQL" yarn playwright test --config playwright.postgres.config.ts
else
  echo "test: no PostgreSQL on 127.0.0.1:5432; the engineer journey on PostgreSQL is skipped" >&2
fi
