# shellcheck shell=bash
# Sourced after toolchain.sh: installs dependencies when the lockfile or a
# package.json changed since the last install. Quick when nothing changed.

install_stamp() {
  cat "$ROOT/yarn.lock" "$ROOT"/package.json "$ROOT"/packages/*/package.json "$ROOT"/plugins/*/package.json 2>/dev/null |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(require("crypto").createHash("sha256").update(s).digest("hex")))'
}

ensure_dependencies() {
  local stamp_file="$ROOT/node_modules/.portal-install-stamp" want
  want="$(install_stamp)"
  if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$want" ]; then
    return 0
  fi
  echo "install: dependencies changed; running yarn install (a cold install takes about 3 minutes)" >&2
  (cd "$ROOT" && yarn install --immutable) || return 1
  install_stamp >"$stamp_file"
}
