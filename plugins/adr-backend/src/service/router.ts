import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { adrIndexReadPermission } from '@internal/plugin-adr-common';
import { SourceTreeService } from '@internal/plugin-source-tree-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { AdrIndexStore } from '../database/AdrIndexStore';
import { readEntityAdrs } from './readEntityAdrs';

const entityParams = z.object({
  kind: z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,62}$/),
  namespace: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(63),
  name: z
    .string()
    .regex(/^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/)
    .max(63),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
const entityRef = z
  .string()
  .regex(/^[a-z]+:[a-z0-9-]+\/[A-Za-z0-9._-]+$/, 'use kind:namespace/name');
const indexQuery = z.object({
  status: z
    .enum([
      'proposed',
      'accepted',
      'rejected',
      'deprecated',
      'superseded',
      'unknown',
    ])
    .optional(),
  owner: entityRef.optional(),
  system: entityRef.optional(),
  domain: entityRef.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

function parse<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(
      `Invalid ${what}: ${issue.path.join('.') || 'value'}: ${issue.message}`,
    );
  }
  return result.data;
}

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  sourceTree: SourceTreeService;
  store: AdrIndexStore;
}): Promise<express.Router> {
  const { httpAuth, permissions, catalog, sourceTree, store } = options;
  const router = Router();
  router.use(express.json());

  router.get('/entities/:kind/:namespace/:name/adrs', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const ref = stringifyEntityRef(
      parse(entityParams, req.params, 'entity reference'),
    );
    // The catalog applies the caller's read permission to the entity.
    const entity = await catalog.getEntityByRef(ref, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${ref}`);
    }
    res.json(await readEntityAdrs(entity, sourceTree));
  });

  router.get('/index', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const query = parse(indexQuery, req.query, 'query');
    const [decision] = await permissions.authorize(
      [{ permission: adrIndexReadPermission }],
      {
        credentials,
      },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('You may not read the ADR index');
    }
    res.json(await store.query(query));
  });

  return router;
}
