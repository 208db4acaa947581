# shellcheck shell=bash
# Sourced by start.sh and test.sh: installs the Debian packages the portal and
# its tests run, when missing. Quick when everything is present (dpkg-query only).

# TechDocs builds (mkdocs and the extensions the mkdocs guard allows) and the
# example Prometheus that `npm start` runs.
PORTAL_PACKAGES=(mkdocs mkdocs-material python3-pymdownx prometheus)
# The end-to-end tests' browser; the golden paths' boot proof (virtualenvs)
# and the template harness (Debian's pytest with coverage); the Python
# projects of the fitness engine's conformance corpus.
TEST_PACKAGES=("${PORTAL_PACKAGES[@]}" chromium python3-venv python3-pytest-cov
  python3-django python3-flask python3-sqlalchemy python3-celery python3-twisted
  python3-sympy libpython3.11-testsuite)

# A package removed with its configuration kept is known to dpkg but not
# installed: only the status "installed" counts.
missing_packages() {
  local package
  for package in "$@"; do
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null)" = installed ] || echo "$package"
  done
}

# ensure_system_packages <who needs them> <package>...: installs what is missing
# with apt-get as root or through passwordless sudo; otherwise prints the exact
# command and returns 1.
ensure_system_packages() {
  local who=$1 missing apt=()
  shift
  if ! command -v dpkg >/dev/null 2>&1; then
    echo "system packages: this is not a Debian machine; $who needs the equivalents of: $*" >&2
    return 1
  fi
  mapfile -t missing < <(missing_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    apt=(apt-get)
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    apt=(sudo -n apt-get)
  else
    echo "system packages: $who needs ${missing[*]}. Install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
  echo "system packages: installing ${missing[*]} for $who" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${apt[@]}" install -y -q "${missing[@]}" >&2 ||
    { "${apt[@]}" update -q >&2 && "${apt[@]}" install -y -q "${missing[@]}" >&2; }
}
