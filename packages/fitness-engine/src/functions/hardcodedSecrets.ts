import { Evidence } from '../score/FitnessResult';
import { FitnessFunction } from './FitnessFunction';
import { fail, pass, plural } from './outcome';

const SECRET_PATTERNS: Array<{ what: string; pattern: RegExp }> = [
  { what: 'an AWS access key', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  {
    what: 'a private key',
    pattern:
      /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP )?PRIVATE KEY( BLOCK)?-----/,
  },
  { what: 'a GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { what: 'a Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/ },
];

/**
 * An assignment of a quoted value to a name: the name is tested for a
 * credential word afterwards. (One pattern with the words between two
 * `[A-Za-z_]*` took seconds on a long line of "secret".)
 */
const ASSIGNMENT = /\b([A-Za-z_]+)["']?\s*[:=]\s*["']([^"'\s$]{8,})["']/g;
const CREDENTIAL_NAME =
  /password|passwd|secret|api_?key|access_?token|auth_?token/i;

/** Values that stand in for a secret rather than being one. */
const PLACEHOLDER =
  /^(changeme|change-me|example|dummy|placeholder|redacted|x{3,}|\*+|<.*>|test[\w-]*|fake[\w-]*)$/i;
const SCANNED =
  /\.(py|ya?ml|toml|cfg|ini|env|json|sh|txt)$|(^|\/)(Dockerfile|\.env[^/]*)$/;
/** Only the start of a longer line is looked at: every pattern runs on at most this much. */
const MAX_LINE = 2_000;

/** What in one (capped) line looks like a secret, in the order the patterns are tried. */
function* candidates(
  head: string,
): Generator<{ what: string; secret: string }> {
  for (const { what, pattern } of SECRET_PATTERNS) {
    const match = pattern.exec(head);
    if (match) yield { what, secret: match[0] };
  }
  for (const match of head.matchAll(ASSIGNMENT)) {
    if (CREDENTIAL_NAME.test(match[1])) {
      yield { what: 'a hard-coded credential', secret: match[2] };
    }
  }
}

/** The first secret in one (capped) line that is not a placeholder. */
function secretIn(head: string): { what: string; secret: string } | undefined {
  for (const found of candidates(head)) {
    if (!PLACEHOLDER.test(found.secret)) return found;
  }
  return undefined;
}

/** Says how long a secret is, and not one of its characters: evidence is shown to every reader. */
export function redact(secret: string): string {
  return `${secret.length} characters, redacted`;
}

/** No secrets written into the repository. */
export const hardcodedSecretsFunction: FitnessFunction = {
  id: 'hardcoded-secrets',
  title: 'No hard-coded secrets',
  category: 'security',
  level: 'bronze',
  weight: 3,
  docsPath: 'docs/fitness/hardcoded-secrets.md',
  appliesTo: () => true,
  async evaluate({ tree }) {
    const evidence: Evidence[] = [];
    for (const file of tree.files) {
      if (!SCANNED.test(file.path)) continue;
      const lines = (await tree.readText(file.path)).split('\n');
      lines.forEach((line, i) => {
        const found = secretIn(line.slice(0, MAX_LINE));
        if (!found) return;
        evidence.push({
          path: file.path,
          line: i + 1,
          message: `${found.what}: ${redact(found.secret)}`,
        });
      });
    }
    return evidence.length === 0
      ? pass('No secrets found in the repository.')
      : fail(
          `${plural(evidence.length, 'possible secret')} in the repository.`,
          evidence,
        );
  },
};
