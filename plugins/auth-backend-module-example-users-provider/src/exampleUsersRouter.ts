import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  UserEntity,
  RELATION_MEMBER_OF,
  parseEntityRef,
} from '@backstage/catalog-model';
import type { Request } from 'express';
import Router from 'express-promise-router';

/** One entry of the sign-in page's list. */
export type ExampleUser = {
  name: string;
  displayName: string;
  email?: string;
  groups: string[];
};

/**
 * `GET /example-users/users`: the users the sign-in page offers. It is open to
 * unauthenticated callers (the whole auth plugin is), which is why the
 * provider exists only on a loopback-only embedded default, and answers only
 * requests that `guard` accepts.
 */
export function createExampleUsersRouter(options: {
  catalog: CatalogService;
  auth: AuthService;
  guard: (req: Request) => void;
}) {
  const router = Router();
  router.get('/example-users/users', async (req, res) => {
    options.guard(req);
    const { items } = await options.catalog.getEntities(
      {
        filter: { kind: 'User', 'metadata.namespace': 'default' },
        fields: ['metadata.name', 'spec.profile', 'relations'],
      },
      { credentials: await options.auth.getOwnServiceCredentials() },
    );
    const users: ExampleUser[] = (items as UserEntity[])
      .map(user => ({
        name: user.metadata.name,
        displayName: user.spec?.profile?.displayName ?? user.metadata.name,
        email: user.spec?.profile?.email,
        groups: (user.relations ?? [])
          .filter(r => r.type === RELATION_MEMBER_OF)
          .map(r => parseEntityRef(r.targetRef).name)
          .sort(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    res.json({ users });
  });
  return router;
}
