import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  EntitySlo,
  EntitySlosResponse,
  SLO_STATUSES,
  SloSpec,
  sloEvaluatePermission,
} from '@internal/plugin-slo-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import {
  entityName,
  entityNamespace,
  entityParams,
  entityRefString,
  parseInput,
} from '@internal/backend-kit';
import { SloStore } from '../database/SloStore';
import { SloEvaluator } from './SloEvaluator';

const sloParams = z.object({ namespace: entityNamespace, name: entityName });
const boardQuery = z.object({
  owner: entityRefString.optional(),
  system: entityRefString.optional(),
  status: z
    .string()
    .transform(value => value.split(','))
    .pipe(z.array(z.enum(SLO_STATUSES)))
    .optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
const historyQuery = z.object({
  days: z.coerce.number().int().min(1).max(400).default(30),
});

function toEntitySlo(entity: Entity): Omit<EntitySlo, 'evaluation'> {
  const spec = entity.spec as unknown as SloSpec;
  return {
    sloRef: stringifyEntityRef(entity),
    title: String(
      entity.metadata.title ??
        entity.metadata.displayName ??
        entity.metadata.name,
    ),
    description: spec.description ?? entity.metadata.description,
    budgetingMethod: spec.budgetingMethod,
    objectives: spec.objectives.map(o => ({
      displayName: o.displayName,
      target: o.target ?? o.targetPercent! / 100,
    })),
  };
}

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  store: SloStore;
  evaluator: SloEvaluator;
}): Promise<express.Router> {
  const { httpAuth, permissions, catalog, store, evaluator } = options;
  const router = Router();
  router.use(express.json());

  router.get('/entities/:kind/:namespace/:name', async (req, res) => {
    const params = parseInput(entityParams, req.params, 'entity');
    const credentials = await httpAuth.credentials(req);
    const { items } = await catalog.getEntities(
      {
        filter: {
          kind: 'SLO',
          'metadata.namespace': params.namespace,
          'spec.service': params.name,
        },
      },
      { credentials },
    );
    const latest = await store.latest(items.map(e => stringifyEntityRef(e)));
    const body: EntitySlosResponse = {
      items: items
        .map(e => {
          const slo = toEntitySlo(e);
          return { ...slo, evaluation: latest.get(slo.sloRef) };
        })
        .sort((a, b) => a.sloRef.localeCompare(b.sloRef)),
    };
    res.json(body);
  });

  router.get('/slos/:namespace/:name/history', async (req, res) => {
    const params = parseInput(sloParams, req.params, 'SLO');
    const { days } = parseInput(historyQuery, req.query, 'query');
    await httpAuth.credentials(req);
    const since = new Date(Date.now() - days * 86_400_000);
    res.json({
      points: await store.history(
        stringifyEntityRef({ kind: 'slo', ...params }),
        since,
      ),
    });
  });

  router.get('/board', async (req, res) => {
    const query = parseInput(boardQuery, req.query, 'query');
    await httpAuth.credentials(req);
    res.json(
      await store.board({
        ownerRef: query.owner,
        systemRef: query.system,
        statuses: query.status,
        offset: query.offset,
        limit: query.limit,
      }),
    );
  });

  router.post('/slos/:namespace/:name/evaluate', async (req, res) => {
    const params = parseInput(sloParams, req.params, 'SLO');
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize(
      [{ permission: sloEvaluatePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('You may not evaluate SLOs');
    }
    res.json(
      await evaluator.evaluateRef(
        stringifyEntityRef({ kind: 'slo', ...params }),
        credentials,
      ),
    );
  });

  return router;
}
