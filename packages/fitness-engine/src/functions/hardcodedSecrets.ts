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
  {
    what: 'a hard-coded credential',
    pattern:
      /\b[A-Za-z_]*(?:password|passwd|secret|api_?key|access_?token|auth_?token)[A-Za-z_]*["']?\s*[:=]\s*["']([^"'\s$]{8,})["']/i,
  },
];

/** Values that stand in for a secret rather than being one. */
const PLACEHOLDER =
  /^(changeme|change-me|example|dummy|placeholder|redacted|x{3,}|\*+|<.*>|test[\w-]*|fake[\w-]*)$/i;
const SCANNED =
  /\.(py|ya?ml|toml|cfg|ini|env|json|sh|txt)$|(^|\/)(Dockerfile|\.env[^/]*)$/;
const MAX_LINE = 2_000;
/** Any of the patterns, for one pass over a whole file before looking line by line. */
const ANY_SECRET = new RegExp(
  SECRET_PATTERNS.map(p => `(?:${p.pattern.source})`).join('|'),
  'i',
);

/** Shows a few characters of a secret, never the secret. */
export function redact(secret: string): string {
  return `${secret.slice(0, 4)}… (${secret.length} characters, redacted)`;
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
      const text = await tree.readText(file.path);
      if (!ANY_SECRET.test(text)) continue;
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        const head = line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
        for (const { what, pattern } of SECRET_PATTERNS) {
          const match = pattern.exec(head);
          if (!match) continue;
          const secret = match[1] && match[1].length >= 8 ? match[1] : match[0];
          if (PLACEHOLDER.test(secret)) continue;
          evidence.push({
            path: file.path,
            line: i + 1,
            message: `${what}: ${redact(secret)}`,
          });
          break;
        }
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
