#!/usr/bin/env bash
# The portal of the PostgreSQL end-to-end run (playwright.postgres.config.ts):
# the README's start command with app-config.postgres.yaml layered on, after
# dropping the databases an earlier run left, so that every run starts empty.
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
server="postgresql://${PORTAL_E2E_POSTGRES_USER:-postgres}@${PORTAL_E2E_POSTGRES_HOST:-127.0.0.1}:${PORTAL_E2E_POSTGRES_PORT:-5432}/postgres"
export PGPASSWORD=${PORTAL_E2E_POSTGRES_PASSWORD:-}
for database in $(psql "$server" -Atc "select datname from pg_database where datname like 'portal\_e2e\_%'"); do
  psql "$server" -qc "drop database \"$database\" with (force)"
done
exec bash "$ROOT/scripts/start.sh" --config "$ROOT/packages/app/e2e-tests/app-config.postgres.yaml"
