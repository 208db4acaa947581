#!/usr/bin/env bash
# `npm start`: install if needed, build the frontend if its sources changed, and
# run the portal (app + API) as one process on http://localhost:7007, with the
# example Prometheus unless PORTAL_PROMETHEUS_URL names a real one or
# PORTAL_EXAMPLE_PROMETHEUS=off.
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
source "$ROOT/scripts/install.sh"
source "$ROOT/scripts/frontend.sh"
source "$ROOT/scripts/system-packages.sh"

ensure_system_packages "npm start (TechDocs builds, the example Prometheus)" "${PORTAL_PACKAGES[@]}" ||
  echo "start: starting without them: service docs say why they cannot build" >&2
ensure_dependencies
ensure_frontend_build
data_dir=${PORTAL_DATA_DIR:-$ROOT/data}
mkdir -p "$data_dir"

# Runs beside the portal and stops when it does: this shell's PID becomes the
# backend's at the exec below.
start_example_prometheus() {
  local dir="$data_dir/example-prometheus" pid
  mkdir -p "$dir"
  rm -f "$dir/url"
  PORTAL_EXAMPLE_PROMETHEUS_DIR=$dir \
    PORTAL_EXAMPLE_PROMETHEUS_PORT=${PORTAL_EXAMPLE_PROMETHEUS_PORT:-7008} \
    PORTAL_EXAMPLE_PROMETHEUS_PARENT=$$ \
    "$ROOT/scripts/example-prometheus.sh" >"$dir/log" 2>&1 &
  pid=$!
  for _ in $(seq 240); do
    [ -s "$dir/url" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if [ -s "$dir/url" ]; then
    PORTAL_PROMETHEUS_URL=$(cat "$dir/url")
    export PORTAL_PROMETHEUS_URL PORTAL_SLO_EXAMPLE_DATA=true
    echo "start: the example SLOs are evaluated against the example services' traffic on $PORTAL_PROMETHEUS_URL (PORTAL_EXAMPLE_PROMETHEUS=off turns it off)"
  else
    kill "$pid" 2>/dev/null || true
    echo "start: the example Prometheus did not start, so the SLOs show their definitions only: $(tail -n 3 "$dir/log")" >&2
  fi
}
if [ -z "${PORTAL_PROMETHEUS_URL:-}" ] && [ "${PORTAL_EXAMPLE_PROMETHEUS:-on}" != off ]; then
  start_example_prometheus
fi

echo "start: the portal will listen on http://localhost:${PORTAL_PORT:-7007} (Ctrl-C stops it)"
exec "$ROOT/scripts/backend.sh" "$@"
