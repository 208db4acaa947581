import { createProxyAuthenticator } from '@backstage/plugin-auth-node';
import { UserEntity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { Request } from 'express';

const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/** The header that carries the user name the sign-in page picked. */
export const EXAMPLE_USER_HEADER = 'x-example-user';

/** The user name the sign-in page picked. */
export type ExampleUserResult = { userName: string };

export function exampleUserRef(result: ExampleUserResult) {
  return { kind: 'User', namespace: 'default', name: result.userName };
}

/** Signs in as the user the request names, once `guard` accepts the request. */
export const createExampleUserAuthenticator = (guard: (req: Request) => void) =>
  createProxyAuthenticator({
    async defaultProfileTransform(result: ExampleUserResult, ctx) {
      const { entity } = await ctx.findCatalogUser({
        entityRef: exampleUserRef(result),
      });
      const profile = (entity as UserEntity).spec?.profile;
      return {
        profile: {
          displayName: profile?.displayName ?? entity.metadata.name,
          email: profile?.email,
          picture: profile?.picture,
        },
      };
    },
    initialize() {},
    async authenticate({ req }) {
      guard(req);
      const userName = req.get(EXAMPLE_USER_HEADER);
      if (!userName || !USER_NAME.test(userName)) {
        throw new InputError(
          `Pick an example user: send the header ${EXAMPLE_USER_HEADER}: <name of a User entity in the default namespace>`,
        );
      }
      return { result: { userName } };
    },
  });
