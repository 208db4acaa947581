import { Evidence } from '@internal/plugin-fitness-common';
import { FitnessFunction } from './FitnessFunction';
import { fail, pass, plural } from './outcome';

const SECRET_PATTERNS: Array<{ what: string; pattern: RegExp }> = [
  { what: 'an AWS access key', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { what: 'a GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { what: 'a Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/ },
];

const PRIVATE_KEY =
  /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY( BLOCK)?-----/;
/** The line after a private key's header, when the key itself follows: base64 or PEM headers. */
const KEY_MATERIAL = /^[\s"'`]*([A-Za-z0-9+/=]{40,}|Proc-Type:|Version:)/;
/** Test files, whose keys are fixtures of the test suite. */
const TEST_FILE =
  /(^|\/)(tests?\/|test_[^/]*\.py$|[^/]*_test\.py$|conftest\.py$)/;

/**
 * An assignment of a quoted value to a name: the name is tested for a
 * credential word afterwards. (One pattern with the words between two
 * `[A-Za-z_]*` took seconds on a long line of "secret".)
 */
const ASSIGNMENT = /\b([A-Za-z_]+)["']?\s*[:=]\s*["']([^"'\s$]{8,})["']/g;
const CREDENTIAL_NAME =
  /password|passwd|secret|api_?key|access_?token|auth_?token/i;

/**
 * Values that stand in for a secret rather than being one: a value that
 * says so anywhere in it (`fake-token`, `my_dummy_password`,
 * `example-secret-key`), masks (`xxx`, `***`, `<token>`), and templates
 * (`{{ secret }}`, `%(password)s`).
 */
const PLACEHOLDER =
  /changeme|change-me|example|dummy|placeholder|redacted|fake|mock|sample|test|insecure|not-?a-?secret|notsecret|your[-_]|x{3,}|\*{3,}|^<.*>$|\{\{|\}\}|%\(/i;

/**
 * Values that name something rather than hold a secret: identifiers
 * (`new_password1`, `SECRET_KEY`, `passwordResetToken`) and dotted paths
 * (`django.contrib.auth.hashers.PBKDF2PasswordHasher`), as a form field,
 * a setting or a class is named.
 */
const NAME_LIKE = [
  /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/,
  /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/,
  /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/,
  /^[a-z]+([A-Z][a-z0-9]*)+$/,
  /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/,
];

/** Whether a quoted value is a name or a stand-in, not a secret. */
function isNotASecret(value: string): boolean {
  return (
    PLACEHOLDER.test(value) ||
    NAME_LIKE.some(pattern => pattern.test(value)) ||
    (CREDENTIAL_NAME.test(value) && /^[\w.\\-]+$/.test(value))
  );
}
const SCANNED =
  /\.(py|ya?ml|toml|cfg|ini|env|json|sh|txt)$|(^|\/)(Dockerfile|\.env[^/]*)$/;
/**
 * A word every pattern above needs: a file or line without one holds no
 * secret, and is skipped before the patterns run (the function's largest
 * cost on a large codebase).
 */
const TRIGGER =
  /AKIA|ASIA|gh[pousr]_|xox[abprs]-|PRIVATE KEY|password|passwd|secret|api_?key|access_?token|auth_?token/i;
/** Only the start of a longer line is looked at: every pattern runs on at most this much. */
const MAX_LINE = 2_000;

/** What in one (capped) line looks like a secret, in the order the patterns are tried. */
function* candidates(
  head: string,
): Generator<{ what: string; secret: string }> {
  for (const { what, pattern } of SECRET_PATTERNS) {
    const match = pattern.exec(head);
    // AWS's own documentation key, AKIAIOSFODNN7EXAMPLE, is a stand-in.
    if (match && !PLACEHOLDER.test(match[0])) {
      yield { what, secret: match[0] };
    }
  }
  for (const match of head.matchAll(ASSIGNMENT)) {
    if (CREDENTIAL_NAME.test(match[1]) && !isNotASecret(match[2])) {
      yield { what: 'a hard-coded credential', secret: match[2] };
    }
  }
}

/**
 * The first secret in one (capped) line. A private key counts only where
 * its material follows the header (not a docstring or a parser that names
 * the format), and not in a test file, where it is a fixture.
 */
function secretIn(
  head: string,
  next: string,
  inTest: boolean,
): { what: string; secret: string } | undefined {
  const key = PRIVATE_KEY.exec(head);
  if (key && !inTest && KEY_MATERIAL.test(next)) {
    return { what: 'a private key', secret: key[0] };
  }
  return candidates(head).next().value ?? undefined;
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
      const text = await tree.readText(file.path);
      if (!TRIGGER.test(text)) continue;
      const lines = text.split('\n');
      const inTest = TEST_FILE.test(file.path);
      lines.forEach((line, i) => {
        if (!TRIGGER.test(line.slice(0, MAX_LINE))) return;
        const found = secretIn(
          line.slice(0, MAX_LINE),
          (lines[i + 1] ?? '').slice(0, MAX_LINE),
          inTest,
        );
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
