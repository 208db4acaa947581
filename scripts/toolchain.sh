# shellcheck shell=bash
# Sourced by the start/test/ci entry points: puts a Node >= 22 and yarn (via corepack) on PATH.
# Idempotent; when everything is present it only sets environment variables.

NODE_PIN=24.21.0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.toolchain"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

provision_node() {
  local os arch dir tgz
  os=$(uname -s | tr '[:upper:]' '[:lower:]')
  case "$(uname -m)" in x86_64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
  dir="$TOOLS/node-$NODE_PIN"
  if [ ! -x "$dir/bin/node" ]; then
    echo "toolchain: provisioning Node $NODE_PIN (node-$os-$arch) from the npm registry into .toolchain/" >&2
    mkdir -p "$TOOLS/tmp"
    tgz=$(cd "$TOOLS/tmp" && npm pack --silent "node-$os-$arch@$NODE_PIN" 2>/dev/null | tail -n 1)
    [ -f "$TOOLS/tmp/$tgz" ] || { echo "toolchain: could not fetch node-$os-$arch@$NODE_PIN from $(npm config get registry 2>/dev/null)" >&2; return 1; }
    rm -rf "$dir.partial" && mkdir -p "$dir.partial"
    tar -xzf "$TOOLS/tmp/$tgz" -C "$dir.partial" --strip-components=1
    rm -f "$TOOLS/tmp/$tgz"
    mv "$dir.partial" "$dir"
  fi
  export PATH="$dir/bin:$PATH"
  export npm_config_nodedir="$dir"
}

if [ "$(node_major)" -lt 22 ]; then
  provision_node || return 1
fi
NODE_BIN_DIR="$(dirname "$(command -v node)")"

if ! command -v corepack >/dev/null 2>&1; then
  echo "toolchain: corepack is missing; installing it from the npm registry into .toolchain/" >&2
  npm install --silent --prefix "$TOOLS/corepack" corepack >/dev/null || return 1
  export PATH="$TOOLS/corepack/node_modules/.bin:$PATH"
fi

COREPACK_NPM_REGISTRY="$(npm config get registry 2>/dev/null)"
export COREPACK_NPM_REGISTRY="${COREPACK_NPM_REGISTRY%/}"
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
export COREPACK_DEFAULT_TO_LATEST=0

if [ ! -x "$TOOLS/bin/yarn" ]; then
  mkdir -p "$TOOLS/bin"
  corepack enable --install-directory "$TOOLS/bin" yarn || return 1
fi
export PATH="$TOOLS/bin:$PATH"
