import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  FitnessFunction,
  FunctionSet,
  loadFunctionSet,
  scanTree,
  ScanWorkerPool,
  scoreResults,
  withoutWaivers,
} from '@internal/fitness-engine';
import {
  ARCHITECTURE_ANNOTATION,
  isArchitectureStyle,
  type FitnessResult,
} from '@internal/plugin-fitness-common';
import {
  ANNOTATION_SOURCE_SUBPATH,
  SourceTreeService,
} from '@internal/plugin-source-tree-node';
import type { SourceTree, SourceTreeLimits } from '@internal/source-tree';
import { createHash } from 'node:crypto';
import {
  EntityInfo,
  LatestScan,
  QueuedScan,
  RunOutcome,
  ScanRecord,
} from '../database/FitnessStore';
import type { FitnessStores } from '../database/openFitnessStores';
import { catalogFacts, entityPlacement } from './catalogFacts';
import { notifyLevelDrop } from './notifyLevelDrop';
import { repositoryWaivers } from './repositoryWaivers';

export interface FitnessScannerOptions {
  catalog: CatalogService;
  auth: AuthService;
  sourceTree: SourceTreeService;
  stores: FitnessStores;
  logger: LoggerService;
  /** The functions every scan runs (in worker threads, which load them by module path). */
  functionSet: FunctionSet;
  /** Entities scanned at once, each in a worker thread of its own. */
  concurrency: number;
  /** The `spec.type`s of the components that are scanned, e.g. `service`. */
  componentTypes: string[];
  /** The most one entity's scan may take; then its worker is stopped. */
  scanTimeoutMs: number;
  historyRetentionMs: number;
  /** Bounds on each tree (files, bytes per file, total bytes). */
  limits?: Partial<SourceTreeLimits>;
  /** Where the owners hear that a level dropped; none, no notifications. */
  notifications?: NotificationService;
}

/**
 * How long after its results changed an entity is checked again by the
 * frequent new-entity task: a service just created gets its SLOs and other
 * catalog facts some seconds after its first scan, and a changed fact
 * changes the scan key, so the results catch up within a run of that task.
 */
const SETTLING_MS = 5 * 60_000;

const sha256 = (text: string) =>
  createHash('sha256').update(text).digest('hex');

/**
 * Scans components: source tree → engine → store. A run queues every
 * component and works through the queue, where rescans asked for by people
 * wait too; a tree whose content (and catalog facts) did not change since
 * its last scan is not scanned again unless a person asked.
 */
export class FitnessScanner {
  /** The functions of the set, as this thread loaded them (titles, levels, weights). */
  readonly functions: readonly FitnessFunction[];
  private readonly functionsKey: string;
  private readonly workers: ScanWorkerPool;

  constructor(private readonly options: FitnessScannerOptions) {
    this.functions = loadFunctionSet(options.functionSet);
    this.functionsKey = this.functions
      .map(fn => `${fn.id}:${fn.level}:${fn.weight}`)
      .join(',');
    this.workers = new ScanWorkerPool({ size: options.concurrency });
  }

  /** Stops the scan workers. */
  async close(): Promise<void> {
    await this.workers.close();
  }

  /** One run over the whole catalog (the scheduled task). */
  async runAll(): Promise<void> {
    const { stores, logger } = this.options;
    const started = new Date();
    const runId = await stores.queue.startRun(started);
    const refs = await this.componentRefs();
    await stores.queue.enqueueScheduled(refs);
    await this.drainQueue(runId);
    await stores.scans.forgetAllBut(refs);
    await this.rescoreWaived();
    await stores.scans.pruneHistory(
      new Date(Date.now() - this.options.historyRetentionMs),
    );
    await stores.queue.finishRun(runId, new Date());
    logger.info(
      `Fitness run done: ${refs.length} components in ${
        (Date.now() - started.getTime()) / 1000
      } s`,
    );
  }

  /**
   * Between runs: forgets the components gone from the catalog, scans those
   * never scanned (new in the catalog), and checks again those whose results
   * changed in the last minutes.
   */
  async scanNew(): Promise<void> {
    const { stores } = this.options;
    const refs = await this.componentRefs();
    const current = new Set(refs);
    const known = new Set(await stores.scans.scannedEntityRefs());
    if ([...known].some(ref => !current.has(ref))) {
      await stores.scans.forgetAllBut(refs);
    }
    const recent = new Set(
      await stores.scans.scannedSince(new Date(Date.now() - SETTLING_MS)),
    );
    const due = refs.filter(r => !known.has(r) || recent.has(r));
    if (due.length === 0) return;
    await stores.queue.enqueueScheduled(due);
    await this.drainQueue();
  }

  /** Works through the queue until it is empty, `concurrency` entities at a time. */
  async drainQueue(runId?: number): Promise<void> {
    const { stores, concurrency } = this.options;
    for (;;) {
      const batch = await stores.queue.claimQueued(concurrency);
      if (batch.length === 0) return;
      await Promise.all(
        batch.map(async queued => {
          const outcome = await this.scanQueued(queued);
          await stores.queue.finishQueued(queued);
          if (runId !== undefined) await stores.queue.countRun(runId, outcome);
        }),
      );
    }
  }

  /** Re-scores an entity's latest results with its waivers as they are now. */
  async rescore(entityRef: string): Promise<void> {
    const { stores } = this.options;
    const latest = await stores.scans.latest(entityRef);
    if (!latest) return;
    const waivers = await stores.waivers.waivers(entityRef);
    const score = scoreResults(latest.results, waivers, new Date());
    await stores.scans.updateScore(entityRef, score);
    if (score.overall !== latest.score || score.level !== latest.level) {
      await this.refreshInCatalog(entityRef);
      await notifyLevelDrop(this.options, latest, latest.level, score.level);
    }
  }

  /** Has the catalog process the entity again, so that its fitness label and annotation follow. */
  private async refreshInCatalog(entityRef: string): Promise<void> {
    const { catalog, auth, logger } = this.options;
    try {
      await catalog.refreshEntity(entityRef, {
        credentials: await auth.getOwnServiceCredentials(),
      });
    } catch (error) {
      logger.debug(
        `Could not ask the catalog to refresh ${entityRef}: ${
          (error as Error).message
        }`,
      );
    }
  }

  private async rescoreWaived(): Promise<void> {
    for (const entityRef of await this.options.stores.waivers.entitiesWithWaivers()) {
      await this.rescore(entityRef);
    }
  }

  private async componentRefs(): Promise<string[]> {
    const { catalog, auth } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const refs: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: 500 }
          : {
              filter: {
                kind: 'Component',
                'spec.type': this.options.componentTypes,
              },
              fields: ['kind', 'metadata.name', 'metadata.namespace'],
              limit: 500,
            },
        { credentials },
      );
      refs.push(...page.items.map(e => stringifyEntityRef(e)));
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return refs;
  }

  private async scanQueued(queued: QueuedScan): Promise<RunOutcome> {
    const { catalog, auth, logger } = this.options;
    const entity = await catalog.getEntityByRef(queued.entityRef, {
      credentials: await auth.getOwnServiceCredentials(),
    });
    if (!entity) return 'unchanged';
    try {
      return await this.scanEntity(entity, queued.force);
    } catch (error) {
      logger.warn(
        `Fitness scan of ${queued.entityRef} failed: ${
          (error as Error).message
        }`,
      );
      await this.recordFailure(entity, error as Error);
      return 'failed';
    }
  }

  private async entityInfo(entity: Entity): Promise<EntityInfo> {
    return {
      entityRef: stringifyEntityRef(entity),
      title: entity.metadata.title ?? entity.metadata.name,
      ...(await entityPlacement(entity, this.options)),
    };
  }

  // A monorepo service's CI runs from the repository's root workflows.
  private async repositoryWorkflows(entity: Entity) {
    if (!entity.metadata.annotations?.[ANNOTATION_SOURCE_SUBPATH]) {
      return undefined;
    }
    return this.options.sourceTree
      .forEntity(entity, {
        folder: '.github/workflows',
        fromRepositoryRoot: true,
        limits: this.options.limits,
      })
      .catch(() => undefined);
  }

  /** Scans one entity; returns whether it was scanned or its tree was unchanged. */
  async scanEntity(entity: Entity, force: boolean): Promise<RunOutcome> {
    const { stores, sourceTree } = this.options;
    const info = await this.entityInfo(entity);
    const tree = await sourceTree.forEntity(entity, {
      limits: this.options.limits,
    });
    const facts = await catalogFacts(entity, tree, info, this.options);
    const workflows = await this.repositoryWorkflows(entity);
    const scanKey = sha256(
      JSON.stringify([
        tree.contentHash,
        workflows?.contentHash,
        facts,
        this.functionsKey,
      ]),
    );
    const latest = await stores.scans.latest(info.entityRef);
    // The key holds the tree's content, so its fitness.yaml waivers too.
    if (!force && latest?.scanKey === scanKey) {
      await stores.scans.markChecked(info, new Date());
      return 'unchanged';
    }
    const waiversChanged = await this.syncWaivers(info.entityRef, tree);
    const declared = entity.metadata.annotations?.[ARCHITECTURE_ANNOTATION];
    const scan = await scanTree(tree, {
      functions: this.options.functionSet,
      style: isArchitectureStyle(declared) ? declared : undefined,
      catalog: facts,
      repositoryWorkflows: workflows,
      timeoutMs: this.options.scanTimeoutMs,
      pool: this.workers,
    });
    const warnings = [...scan.warnings, ...waiversChanged.warnings];
    if (
      latest?.scanKey === scanKey &&
      JSON.stringify(latest.results.map(withoutWaivers)) ===
        JSON.stringify(scan.results)
    ) {
      await stores.scans.markChecked(info, new Date());
      await this.rescore(info.entityRef);
      return 'unchanged';
    }
    await this.record(info, latest, {
      scanKey,
      contentHash: tree.contentHash,
      results: scan.results,
      warnings,
      drift: facts.template?.drift.drift,
    });
    return 'scanned';
  }

  private async syncWaivers(entityRef: string, tree: SourceTree) {
    const { proposals, warning } = await repositoryWaivers(tree);
    const changed = warning
      ? false
      : await this.options.stores.waivers.syncRepositoryWaivers(
          entityRef,
          proposals,
        );
    return { changed, warnings: warning ? [warning] : [] };
  }

  /** Stores a scan; `previous` is the entity's latest before it, if any. */
  private async record(
    entity: EntityInfo,
    previous: LatestScan | undefined,
    scan: Pick<
      ScanRecord,
      'scanKey' | 'contentHash' | 'results' | 'warnings' | 'drift'
    >,
  ) {
    const { stores } = this.options;
    const { results } = scan;
    const waivers = await stores.waivers.waivers(entity.entityRef);
    const now = new Date();
    const score = scoreResults(results, waivers, now);
    await stores.scans.recordScan({ ...scan, entity, scannedAt: now }, score);
    if (score.overall !== previous?.score || score.level !== previous?.level) {
      await this.refreshInCatalog(entity.entityRef);
      await notifyLevelDrop(this.options, entity, previous?.level, score.level);
    }
  }

  /** A tree that cannot be read: every function becomes an error for the entity. */
  private async recordFailure(entity: Entity, error: Error) {
    const results: FitnessResult[] = this.functions.map(fn => ({
      functionId: fn.id,
      category: fn.category,
      level: fn.level,
      weight: fn.weight,
      status: 'error',
      summary: `Not scanned: ${error.message}`,
      evidence: [],
      docsPath: fn.docsPath,
    }));
    const scanKey = sha256(`error:${error.message}`);
    const info = await this.entityInfo(entity);
    const latest = await this.options.stores.scans.latest(info.entityRef);
    if (latest?.scanKey === scanKey) {
      await this.options.stores.scans.markChecked(info, new Date());
      return;
    }
    await this.record(info, latest, {
      scanKey,
      contentHash: scanKey,
      results,
      warnings: [error.message],
    });
  }
}
