# shellcheck shell=bash
# Sourced after toolchain.sh: rebuilds packages/app/dist when any source the
# frontend bundles is newer than the last build: the app (not its e2e tests),
# our plugins, portal-react, and the lockfile. The plugins take only types
# from fitness-engine, which leave nothing in the bundle.

frontend_is_stale() {
  local stamp="$ROOT/packages/app/dist/.portal-build-stamp"
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$ROOT/packages/app" "$ROOT/plugins" "$ROOT/yarn.lock" \
    "$ROOT/packages/portal-react" \
    \( -name node_modules -o -name dist -o -name dist-types -o -name dist-cli -o -name e2e-tests \) -prune -o \
    -type f -newer "$stamp" -print -quit 2>/dev/null)" ]
}

ensure_frontend_build() {
  if ! frontend_is_stale; then
    return 0
  fi
  echo "build: frontend sources changed; building packages/app (about a minute)" >&2
  (cd "$ROOT/packages/app" && yarn build) || return 1
  touch "$ROOT/packages/app/dist/.portal-build-stamp"
}
