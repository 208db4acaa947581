import { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SourceTreeService } from '@internal/plugin-source-tree-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
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

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  sourceTree: SourceTreeService;
}): Promise<express.Router> {
  const { httpAuth, catalog, sourceTree } = options;
  const router = Router();
  router.use(express.json());

  router.get('/entities/:kind/:namespace/:name/adrs', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const params = entityParams.safeParse(req.params);
    if (!params.success) {
      throw new InputError(
        `Not an entity reference: ${params.error.issues[0].message}`,
      );
    }
    const ref = stringifyEntityRef(params.data);
    // The catalog applies the caller's read permission to the entity.
    const entity = await catalog.getEntityByRef(ref, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${ref}`);
    }
    res.json(await readEntityAdrs(entity, sourceTree));
  });

  return router;
}
