import {
  HttpAuthService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { FitnessFunction } from '@internal/fitness-engine';
import {
  FITNESS_LEVELS,
  FitnessEntityScore,
  fitnessReadPermission,
  fitnessRescanPermission,
  fitnessWaiverManagePermission,
  TEMPLATE_DRIFTS,
} from '@internal/plugin-fitness-common';
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
import type { FitnessStores } from '../database/openFitnessStores';
import { FitnessScanner } from '../scan/FitnessScanner';
import { entityFitness } from './entityFitness';

/** The task that works through rescans between scheduled runs. */
export const RESCAN_TASK_ID = 'fitness-rescans';

const entityRef = entityRefString;
const level = z.enum([...FITNESS_LEVELS, 'none']);
const listQuery = z.object({
  owner: entityRef.optional(),
  system: entityRef.optional(),
  domain: entityRef.optional(),
  level: level.optional(),
  drift: z.enum(TEMPLATE_DRIFTS).optional(),
  dropped: z
    .enum(['true', 'false'])
    .transform(value => value === 'true')
    .optional(),
  sort: z.enum(['score', 'title', 'level']).default('score'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...pageQuery(100),
});
const rollupQuery = z.object({ by: z.enum(['owner', 'system', 'domain']) });
const historyQuery = z.object({
  days: z.coerce.number().int().min(1).max(730).default(90),
});
const waiverId = z.object({ id: z.uuid() });

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  scheduler: SchedulerService;
  stores: FitnessStores;
  scanner: FitnessScanner;
  functions: readonly FitnessFunction[];
}

/** The fitness API. Every route needs credentials; writes go through the permission framework. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, catalog, scheduler } = options;
  const { stores, scanner, functions } = options;
  const functionIds = new Set(functions.map(fn => fn.id));
  const router = Router();
  router.use(express.json({ limit: '16kb' }));

  const waiverBody = z
    .object({
      entityRef,
      functionId: z
        .string()
        .refine(id => functionIds.has(id), 'no fitness function has this id'),
      reason: z.string().trim().min(1).max(2000),
      adrRef: z.string().trim().min(1).max(400),
      expiresAt: z.iso
        .date()
        .or(z.iso.datetime())
        .refine(
          value => new Date(value).getTime() > Date.now(),
          'must be in the future',
        ),
    })
    .strict();

  const readDecisions = new ReadDecisions(permissions);

  /** A signed-in user, or another plugin, allowed to read fitness results. */
  async function reader(request: express.Request) {
    const credentials = await httpAuth.credentials(request, {
      allow: ['user', 'service'],
    });
    if (!(await readDecisions.allows(fitnessReadPermission, credentials))) {
      throw new NotAllowedError('You may not read fitness results.');
    }
    return credentials;
  }

  async function authorize(
    request: express.Request,
    permission: BasicPermission | ResourcePermission<'catalog-entity'>,
    resourceRef?: string,
  ) {
    const credentials = await httpAuth.credentials(request, {
      allow: ['user'],
    });
    const [decision] = await permissions.authorize(
      [
        resourceRef
          ? { permission: permission as ResourcePermission, resourceRef }
          : { permission: permission as BasicPermission },
      ],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You may not ${
          permission.name === fitnessRescanPermission.name
            ? `ask for a rescan of ${resourceRef}: only its owners and the architects may`
            : 'manage fitness waivers: only the architects may'
        }.`,
      );
    }
    return credentials;
  }

  /** The entity, as the caller may see it in the catalog. */
  async function visibleEntity(request: express.Request, ref: string) {
    const credentials = await reader(request);
    const entity = await catalog.getEntityByRef(ref, { credentials });
    if (!entity) throw new NotFoundError(`No entity ${ref} in the catalog.`);
    return stringifyEntityRef(entity);
  }

  const refOf = (params: unknown) => {
    const { kind, namespace, name } = parseInput(
      entityParams,
      params,
      'entity',
    );
    return stringifyEntityRef({ kind, namespace, name });
  };

  router.get('/entities/:kind/:namespace/:name', async (req, res) => {
    const ref = await visibleEntity(req, refOf(req.params));
    const fitness = await entityFitness(ref, stores, functions, entity =>
      scanner.rescore(entity),
    );
    if (!fitness) {
      throw new NotFoundError(
        `${ref} has not been scanned yet. Scans run on a schedule; its owners can ask for one now.`,
      );
    }
    res.json(fitness);
  });

  router.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    const ref = await visibleEntity(req, refOf(req.params));
    const { days } = parseInput(historyQuery, req.query, 'query');
    res.json({
      items: await stores.scans.history(
        ref,
        new Date(Date.now() - days * 86_400_000),
      ),
    });
  });

  router.post('/entities/:kind/:namespace/:name/rescan', async (req, res) => {
    const ref = refOf(req.params);
    const credentials = await authorize(req, fitnessRescanPermission, ref);
    await visibleEntity(req, ref);
    await stores.queue.enqueue(ref, credentials.principal.userEntityRef);
    await scheduler.triggerTask(RESCAN_TASK_ID).catch(() => {
      // Already running: it takes the new request from the queue.
    });
    res.status(202).json({ queued: true });
  });

  router.get('/list', async (req, res) => {
    await reader(req);
    const query = parseInput(listQuery, req.query, 'query');
    res.json(await stores.scans.list(query));
  });

  router.get('/rollups', async (req, res) => {
    await reader(req);
    const { by } = parseInput(rollupQuery, req.query, 'query');
    res.json({ by, items: await stores.scans.rollups(by) });
  });

  router.get('/entities/:kind/:namespace/:name/score', async (req, res) => {
    await reader(req);
    const ref = refOf(req.params);
    const latest = await stores.scans.latest(ref);
    if (!latest) throw new NotFoundError(`${ref} has not been scanned yet.`);
    const score: FitnessEntityScore = {
      entityRef: ref,
      score: latest.score,
      level: latest.level,
    };
    res.json(score);
  });

  router.get('/progress', async (req, res) => {
    await reader(req);
    res.json(await stores.queue.progress());
  });

  router.post('/waivers', async (req, res) => {
    const credentials = await authorize(req, fitnessWaiverManagePermission);
    const body = parseInput(waiverBody, req.body, 'waiver');
    const ref = await visibleEntity(req, body.entityRef);
    const waiver = await stores.waivers.addWaiver({
      ...body,
      entityRef: ref,
      expiresAt: new Date(body.expiresAt).toISOString(),
      state: 'approved',
      source: 'portal',
      createdBy: credentials.principal.userEntityRef,
    });
    await scanner.rescore(ref);
    res.status(201).json(waiver);
  });

  async function existingWaiver(params: unknown) {
    const { id } = parseInput(waiverId, params, 'waiver id');
    const waiver = await stores.waivers.waiver(id);
    if (!waiver || waiver.revoked) {
      throw new NotFoundError(`No waiver ${id}, or it was revoked.`);
    }
    return waiver;
  }

  router.post('/waivers/:id/approve', async (req, res) => {
    await authorize(req, fitnessWaiverManagePermission);
    const waiver = await existingWaiver(req.params);
    await stores.waivers.approveWaiver(waiver.id);
    await scanner.rescore(waiver.entityRef);
    res.json({ ...waiver, revoked: undefined, state: 'approved' });
  });

  router.delete('/waivers/:id', async (req, res) => {
    const credentials = await authorize(req, fitnessWaiverManagePermission);
    const waiver = await existingWaiver(req.params);
    await stores.waivers.revokeWaiver(
      waiver.id,
      credentials.principal.userEntityRef,
    );
    await scanner.rescore(waiver.entityRef);
    res.status(204).end();
  });

  return router;
}
