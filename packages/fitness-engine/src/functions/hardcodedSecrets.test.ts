import { functionContext } from '../testUtils/functionContext';
import { hardcodedSecretsFunction } from './hardcodedSecrets';

describe('hardcoded-secrets', () => {
  it('finds secrets and never shows them', async () => {
    const key = `AKIA${'Q'.repeat(16)}`;
    const password = 'hunter2-but-longer';
    const outcome = await hardcodedSecretsFunction.evaluate(
      await functionContext({
        'src/shop/settings.py': `AWS_KEY = "${key}"\nDB_PASSWORD = "${password}"\n`,
        'deploy/key.pem.yaml': 'key: |\n  -----BEGIN RSA PRIVATE KEY-----\n',
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
});
