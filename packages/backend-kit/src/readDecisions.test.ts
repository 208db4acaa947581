import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { ReadDecisions } from './readDecisions';

const read = createPermission({
  name: 'x.read',
  attributes: { action: 'read' },
});

describe('ReadDecisions', () => {
  it('asks the policy once per principal and permission within the TTL', async () => {
    const permissions = mockServices.permissions.mock();
    permissions.authorize.mockImplementation(
      async (_requests, { credentials }) => [
        {
          result:
            (credentials.principal as { userEntityRef?: string })
              .userEntityRef === 'user:default/alice'
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
        },
      ],
    );
    const decisions = new ReadDecisions(permissions, 5_000);
    const alice = mockCredentials.user('user:default/alice');
    const bob = mockCredentials.user('user:default/bob');

    expect(await decisions.allows(read, alice)).toBe(true);
    expect(await decisions.allows(read, alice)).toBe(true);
    expect(await decisions.allows(read, bob)).toBe(false);
    expect(await decisions.allows(read, bob)).toBe(false);
    expect(permissions.authorize).toHaveBeenCalledTimes(2);
  });

  it('asks again once the TTL has passed', async () => {
    const permissions = mockServices.permissions.mock();
    permissions.authorize.mockResolvedValue([
      { result: AuthorizeResult.ALLOW },
    ]);
    const decisions = new ReadDecisions(permissions, 0);
    const alice = mockCredentials.user('user:default/alice');
    await decisions.allows(read, alice);
    await decisions.allows(read, alice);
    expect(permissions.authorize).toHaveBeenCalledTimes(2);
  });
});
