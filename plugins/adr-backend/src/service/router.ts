import {
  AuthService,
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef, UserEntity } from '@backstage/catalog-model';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ADR_STATUS_VALUES,
  adrIndexReadPermission,
  adrReviewPermission,
} from '@internal/plugin-adr-common';
import {
  authorOf,
  GithubPullRequests,
  LocalGitRepositories,
} from '@internal/plugin-golden-path-node';
import { SourceTreeService } from '@internal/plugin-source-tree-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import {
  entityParams,
  entityRefString,
  pageQuery,
  parseInput,
  ReadDecisions,
} from '@internal/backend-kit';
import { AdrIndexStore } from '../database/AdrIndexStore';
import { readEntityAdrs } from '@internal/plugin-adr-node';
import { resolvePeople } from './resolvePeople';
import { reviewAdr } from './reviewAdr';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
const entityRef = entityRefString;
const statusName = z.enum(ADR_STATUS_VALUES);
const indexQuery = z.object({
  // One status, or several as status=proposed&status=none.
  status: z
    .union([statusName.transform(s => [s]), z.array(statusName)])
    .optional(),
  owner: entityRef.optional(),
  system: entityRef.optional(),
  domain: entityRef.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  // The supersedes graph reads up to 200 records at once.
  ...pageQuery(200),
});

const reviewBody = z.object({ decision: z.enum(['accepted', 'rejected']) });
const adrFile = z
  .string()
  .regex(/^[\w.-]+\.md$/, 'an ADR file name such as 0002-use-x.md');

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  auth: AuthService;
  userInfo: UserInfoService;
  permissions: PermissionsService;
  catalog: CatalogService;
  sourceTree: SourceTreeService;
  store: AdrIndexStore;
  repositories: LocalGitRepositories;
  pullRequests: GithubPullRequests;
}): Promise<express.Router> {
  const { httpAuth, auth, userInfo, permissions, catalog, sourceTree, store } =
    options;
  const router = Router();
  router.use(express.json());

  router.get('/entities/:kind/:namespace/:name/adrs', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const ref = stringifyEntityRef(
      parseInput(entityParams, req.params, 'entity reference'),
    );
    // The catalog applies the caller's read permission to the entity.
    const entity = await catalog.getEntityByRef(ref, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${ref}`);
    }
    const result = await readEntityAdrs(entity, sourceTree);
    res.json({
      ...result,
      people: await resolvePeople(result.adrs, catalog, credentials),
    });
  });

  router.post(
    '/entities/:kind/:namespace/:name/adrs/:file/review',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const ref = stringifyEntityRef(
        parseInput(entityParams, req.params, 'entity reference'),
      );
      const file = parseInput(adrFile, req.params.file, 'ADR file');
      const { decision } = parseInput(reviewBody, req.body, 'review');
      const [allowed] = await permissions.authorize(
        [{ permission: adrReviewPermission }],
        {
          credentials,
        },
      );
      if (allowed.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(
          'Only architects (the ADR reviewer groups) may accept or reject an ADR',
        );
      }
      const entity = await catalog.getEntityByRef(ref, { credentials });
      if (!entity) {
        throw new NotFoundError(`No entity ${ref}`);
      }
      const { userEntityRef } = await userInfo.getUserInfo(credentials);
      const user = (await catalog.getEntityByRef(userEntityRef, {
        credentials: await auth.getOwnServiceCredentials(),
      })) as UserEntity | undefined;
      const reviewer = authorOf({ entity: user, ref: userEntityRef });
      res.json(await reviewAdr({ entity, file, decision, reviewer }, options));
    },
  );

  const readDecisions = new ReadDecisions(permissions);

  router.get('/index', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const query = parseInput(indexQuery, req.query, 'query');
    if (!(await readDecisions.allows(adrIndexReadPermission, credentials))) {
      throw new NotAllowedError('You may not read the ADR index');
    }
    res.json(await store.query(query));
  });

  return router;
}
