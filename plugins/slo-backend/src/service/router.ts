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
  RELATION_SLO_OF,
  SLO_STATUSES,
  SloSpec,
  sloEvaluatePermission,
} from '@internal/plugin-slo-common';
import express from 'express';
import Router from 'express-promise-router';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import {
  entityName,
  entityNamespace,
  entityParams,
  entityRefString,
  pageQuery,
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
  ...pageQuery(100),
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
  /** How many on-demand evaluations one caller may ask for in a minute. */
  evaluationsPerMinute: number;
}): Promise<express.Router> {
  const { httpAuth, permissions, catalog, store, evaluator } = options;
  // Each evaluation queries the data source several times; the scheduled
  // round keeps every SLO fresh, so asking now is for the odd check. Counted
  // per caller and per replica.
  const evaluationsLimit = rateLimit({
    windowMs: 60_000,
    limit: options.evaluationsPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (_req, res) => res.locals.caller as string,
    statusCode: 429,
    message: {
      error: {
        name: 'TooManyRequestsError',
        message: `You asked for ${options.evaluationsPerMinute} evaluations within a minute, the most allowed; the scheduled evaluation keeps running`,
      },
      response: { statusCode: 429 },
    },
  });
  const router = Router();
  router.use(express.json());

  router.get('/entities/:kind/:namespace/:name', async (req, res) => {
    const params = parseInput(entityParams, req.params, 'entity');
    const credentials = await httpAuth.credentials(req);
    const { items } = await catalog.getEntities(
      {
        filter: {
          kind: 'SLO',
          [`relations.${RELATION_SLO_OF}`]: stringifyEntityRef(params),
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
    res.json(await store.board(query));
  });

  router.post(
    '/slos/:namespace/:name/evaluate',
    async (req, res, next) => {
      const credentials = await httpAuth.credentials(req);
      const [decision] = await permissions.authorize(
        [{ permission: sloEvaluatePermission }],
        { credentials },
      );
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError('You may not evaluate SLOs');
      }
      const params = parseInput(sloParams, req.params, 'SLO');
      // An SLO that cannot be evaluated is refused before it is counted;
      // every evaluation that starts is.
      res.locals.slo = await evaluator.attachedSlo(
        stringifyEntityRef({ kind: 'slo', ...params }),
        credentials,
      );
      res.locals.caller = JSON.stringify(credentials.principal);
      next();
    },
    evaluationsLimit,
    async (_req, res) => {
      res.json(await evaluator.evaluateNow(res.locals.slo));
    },
  );

  return router;
}
