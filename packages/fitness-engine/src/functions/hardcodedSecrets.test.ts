import { functionContext } from '../testUtils/functionContext';
import { hardcodedSecretsFunction } from './hardcodedSecrets';

describe('hardcoded-secrets', () => {
  it('finds secrets and never shows them', async () => {
    const key = `AKIA${'Q'.repeat(16)}`;
    const password = 'hunter2-but-longer';
    const outcome = await hardcodedSecretsFunction.evaluate(
      await functionContext({
        'src/shop/settings.py': `AWS_KEY = "${key}"\nDB_PASSWORD = "${password}"\n`,
        'deploy/key.pem.yaml': `key: |\n  -----BEGIN RSA PRIVATE KEY-----\n  ${'MIIEowIBAAKCAQEA'.repeat(
          4,
        )}\n`,
      }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toEqual([
      {
        path: 'deploy/key.pem.yaml',
        line: 2,
        message: 'a private key: 31 characters, redacted',
      },
      {
        path: 'src/shop/settings.py',
        line: 1,
        message: 'an AWS access key: 20 characters, redacted',
      },
      {
        path: 'src/shop/settings.py',
        line: 2,
        message: 'a hard-coded credential: 18 characters, redacted',
      },
    ]);
    // Not a character of any secret: every reader of the Fitness tab sees evidence.
    for (const secret of [password, key, '-----BEGIN']) {
      expect(JSON.stringify(outcome)).not.toContain(secret.slice(0, 3));
    }
  });

  it('passes settings read from the environment and placeholders', async () => {
    const outcome = await hardcodedSecretsFunction.evaluate(
      await functionContext({
        'src/shop/settings.py':
          'DB_PASSWORD = os.environ["DB_PASSWORD"]\napi_key: str = "changeme"\n',
        'k8s/secret.yaml': 'password: "${DB_PASSWORD}"\n',
      }),
    );
    expect(outcome.status).toBe('pass');
  });

  it('passes test fixtures whose values say they are fake, and names that are not secrets', async () => {
    const outcome = await hardcodedSecretsFunction.evaluate(
      await functionContext({
        'tests/conftest.py': [
          'API_KEY = "fake-api-key-123"',
          'password = "my_dummy_password"',
          'client_secret = "example-client-secret"',
          'aws = "AKIAIOSFODNN7EXAMPLE"',
          'auth_token = "{{ vault_token }}"',
        ].join('\n'),
        'src/accounts/forms.py': [
          'password_field = "new_password1"',
          "error_messages = {'password_mismatch': 'password_mismatch'}",
          'SECRET_KEY_SETTING = "SECRET_KEY"',
          'PASSWORD_HASHER = "accounts.hashers.Argon2PasswordHasher"',
          'reset_token = "passwordResetToken"',
          'def login(password="guest@ftp.mirror.net"): ...',
          '"""The format is::',
          '    -----BEGIN OPENSSH PRIVATE KEY-----',
          '    <base64-encoded SSH protocol string>',
          '"""',
          'HEADER = [b"-----BEGIN OPENSSH PRIVATE KEY-----"]',
        ].join('\n'),
        'tests/test_keys.py': `KEY = b"""-----BEGIN DSA PRIVATE KEY-----\n${'MIIBuwIBAAKBgQDy'.repeat(
          4,
        )}\n"""\n`,
      }),
    );
    expect(outcome).toMatchObject({ status: 'pass', evidence: [] });
  });

  it('still finds a real-looking credential among them', async () => {
    const outcome = await hardcodedSecretsFunction.evaluate(
      await functionContext({
        'src/accounts/settings.py':
          'password_field = "new_password1"\nSMTP_PASSWORD = "q7Zp9vLx2Rt"\n',
      }),
    );
    expect(outcome.evidence).toEqual([
      {
        path: 'src/accounts/settings.py',
        line: 2,
        message: 'a hard-coded credential: 11 characters, redacted',
      },
    ]);
  });
});
