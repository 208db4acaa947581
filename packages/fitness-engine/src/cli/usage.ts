/** The `fitness` help text. */
export const USAGE = `Usage: fitness check <dir> [options]

Checks the architecture fitness of the Python service in <dir>: its
import-linter contracts (or the defaults of its architecture style) and the
other fitness functions that need no catalog, and prints the contracts
report, the functions and the score. At a uv workspace's root, each member
is checked on its own.

Options:
  --format text|json|sarif   output format (default: text)
  --fail-under N             exit 2 when the score is under N (0-100)
  --config FILE              import-linter configuration to use instead of
                             the repository's own (.importlinter, setup.cfg
                             or pyproject.toml)
  --style STYLE              clean, hexagonal-cqrs, modular-monolith or
                             platform-monorepo: the default contracts when
                             the repository has none
                             (default: the golden-path/architecture annotation
                             in <dir>/catalog-info.yaml, else clean)
  --package NAME             the service's top-level Python package (default:
                             import-linter's root_package or root_packages,
                             else the only top-level package other than tests)
  --cache-dir DIR            keep extracted imports in DIR, so that a rescan
                             of unchanged files does not parse them again
  --only ID,ID               run only these functions (e.g. layer-contracts)
  -h, --help                 show this help

Exit codes:
  0   every contract kept and no function failed
  1   a contract is broken, or a function failed or could not run
  2   the score is under --fail-under
  64  usage error: bad arguments, a missing directory, an unreadable --config
  70  internal error
`;
