import { UserEntity } from '@backstage/catalog-model';
import { authorOf } from './authorOf';

const user = (profile?: UserEntity['spec']['profile']): UserEntity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'ada' },
  spec: { profile, memberOf: [] },
});

describe('authorOf', () => {
  it("takes the profile's display name and e-mail", () => {
    expect(
      authorOf({
        entity: user({ displayName: 'Ada Lovelace', email: 'ada@example.com' }),
        ref: 'user:default/ada',
      }),
    ).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com' });
  });

  it('falls back to the entity name, then the ref, for a no-reply address', () => {
    expect(authorOf({ entity: user() })).toEqual({
      name: 'ada',
      email: 'ada@users.noreply.portal',
    });
    expect(authorOf({ ref: 'user:default/grace' })).toEqual({
      name: 'grace',
      email: 'grace@users.noreply.portal',
    });
    expect(authorOf()).toEqual({
      name: 'portal',
      email: 'portal@users.noreply.portal',
    });
  });
});
